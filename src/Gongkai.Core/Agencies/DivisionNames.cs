namespace Gongkai.Agencies;

/// <summary>The generic parts of division names: suffixes (县, 自治州, 街道 …) and the 55 ethnic names before 自治 (民族区域自治法).</summary>
internal static class DivisionNames
{
    /// <summary>Generic suffixes, longest first, so 自治县 is cut before 县.</summary>
    private static readonly string[] Suffixes =
        ["特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "街道", "苏木", "省", "市", "县", "区", "旗", "盟", "镇", "乡"];

    /// <summary>Suffixes after which an ethnic name may stand: 长阳土家族自治县, 东明朝鲜族乡, 广西壮族自治区.</summary>
    private static readonly string[] EthnicSuffixes = ["自治区", "自治州", "自治县", "自治旗", "苏木", "镇", "乡"];

    private static readonly string[] Ethnic =
    [
        .. new[]
        {
            "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣",
            "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌",
            "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂",
            "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "汉", "各",
        }.OrderByDescending(e => e.Length),
    ];

    /// <summary>巨鹿县 → 巨鹿, 长阳土家族自治县 → 长阳, 新疆维吾尔自治区 → 新疆; the name itself when the rest would be one character.</summary>
    public static string Short(string name)
    {
        foreach (var suffix in Suffixes)
        {
            if (!name.EndsWith(suffix, StringComparison.Ordinal) || name.Length <= suffix.Length)
            {
                continue;
            }

            var core = name[..^suffix.Length];
            // Only 自治X names, and township names ending in 族 (东明朝鲜族乡), can carry ethnic names: the rest skip the scan.
            if (EthnicSuffixes.Contains(suffix) && (core.EndsWith('族') || suffix.StartsWith("自治", StringComparison.Ordinal)))
            {
                core = WithoutEthnicNames(core, suffix.StartsWith("自治", StringComparison.Ordinal));
            }

            return core.Length >= 2 ? core : name;
        }

        return name;
    }

    /// <summary>The generic kind a name ends with, as a superior body is called in text (县委、区政府): 县, 区, 市, 旗, 州, 盟, 省, 镇, 乡, 街道, 苏木; else null.</summary>
    public static string? Kind(string name)
    {
        if (name.EndsWith("街道", StringComparison.Ordinal))
        {
            return "街道";
        }

        if (name.EndsWith("苏木", StringComparison.Ordinal))
        {
            return "苏木";
        }

        if (name.EndsWith("自治区", StringComparison.Ordinal))
        {
            return "自治区";
        }

        if (name.EndsWith("地区", StringComparison.Ordinal))
        {
            return "地区";
        }

        return name.Length > 0 && "县区市旗州盟省镇乡".Contains(name[^1]) ? name[^1].ToString() : null;
    }

    /// <summary>Cuts trailing ethnic names (保安族东乡族撒拉族), keeping at least two characters.</summary>
    private static string WithoutEthnicNames(string core, bool autonomous)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var e in Ethnic)
            {
                var cut = core.EndsWith('族') && core.AsSpan(0, core.Length - 1).EndsWith(e, StringComparison.Ordinal) ? e.Length + 1
                    : autonomous && e.Length >= 2 && core.EndsWith(e, StringComparison.Ordinal) ? e.Length
                    : 0;
                if (cut > 0 && core.Length - cut >= 2)
                {
                    core = core[..^cut];
                    changed = true;
                    break;
                }
            }
        }

        return core;
    }
}
