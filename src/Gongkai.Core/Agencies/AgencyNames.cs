using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Agencies;

/// <summary>
/// Issuing-agency names: normalization, parsing into administrative units plus a department, and the canonical
/// full name of an agency placed in the gazetteer.
/// </summary>
/// <remarks>
/// <para>The canonical name is the form an agency signs its documents with, made unique in the country: the unit's
/// official name preceded by the units above it only as far as needed (巨鹿县教育局, 邢台市人民政府, 河北省人民政府),
/// with two fixed habits — a township is always written under its county (巨鹿县巨鹿镇人民政府), and a district of a
/// 直辖市 under the city (重庆市渝北区大盛镇人民政府). A county whose name repeats in the country gets its city
/// (福州市鼓楼区). A street's government is its 街道办事处, a 地区 or 盟 has a 行政公署.</para>
/// <para>Parsing reads units from the left, longest official name first, each one below the previous one
/// (河北省邢台市巨鹿县 …); a province or city may be written short (河北巨鹿县) when a unit below it follows.</para>
/// </remarks>
public static partial class AgencyNames
{
    private const string Units = "省市县区旗州盟镇乡";

    [GeneratedRegex(@"^(?:关于)?(.{2,}?)(?:关于)?(?:(?:19|20)\d{2}年|(?:政府|政务)?信息公开(?:工作)?(?:年度)?报告|政务公开(?:工作)?(?:年度)?报告|年度报告)")]
    private static partial Regex TitleNoise();

    [GeneratedRegex(@"(?<=[省市县区旗州盟镇乡])政府(?=$|办公室|办公厅)")]
    private static partial Regex ShortGovernment();

    [GeneratedRegex(@"(?<=[省市县区旗])政府办$")]
    private static partial Regex GovernmentOffice();

    [GeneratedRegex(@"^(\p{IsCJKUnifiedIdeographs}{1,12}?(?:街道|苏木|镇|乡|县|区|旗|市))(人民政府.*|街道办事处|办事处|)$")]
    private static partial Regex UnitBeforeGovernment();

    /// <summary>
    /// NFKC, no white space, no title around the name (…2024年政府信息公开工作年度报告), and the usual abbreviations
    /// written out: XX镇政府 → XX镇人民政府, XX县政府办 → XX县人民政府办公室, XX街道办 → XX街道办事处.
    /// </summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(ch))
            {
                sb.Append(ch);
            }
        }

        var s = sb.ToString().Trim('，', ',', '。', ':', '：', '、', '；', ';', '“', '”', '"');
        if (TitleNoise().Match(s) is { Success: true } m)
        {
            s = m.Groups[1].Value;
        }

        if (s.StartsWith("关于", StringComparison.Ordinal) && s.Length > 4)
        {
            s = s[2..];
        }

        s = GovernmentOffice().Replace(s, "政府办公室");
        s = ShortGovernment().Replace(s, "人民政府");
        if (s.EndsWith("街道办", StringComparison.Ordinal))
        {
            s += "事处";
        }

        return s;
    }

    /// <summary>Takes an agency name apart; never throws on odd names (the parts it cannot read are left in <see cref="AgencyName.Department"/>).</summary>
    public static AgencyName Parse(string name, Gazetteer? gazetteer = null)
    {
        var g = gazetteer ?? Gazetteer.Default;
        var s = Normalize(name);
        var parts = new List<NamePart>();
        var pos = 0;
        while (pos < s.Length && Next(g, s, pos, parts) is { } part)
        {
            parts.Add(part);
            pos += part.Text.Length;
        }

        var rest = s[pos..];
        if (UnitBeforeGovernment().Match(rest) is { Success: true } m && (parts.Count == 0 || parts[^1].Level < DivisionLevel.Township))
        {
            var text = m.Groups[1].Value;
            var level = LevelBySuffix(text, parts.Count == 0 ? null : parts[^1].Level);
            if (level is { } l && text.Length >= 2)
            {
                parts.Add(new NamePart(text, l, [.. g.Named(text).Where(d => d.Level == l)]));
                rest = m.Groups[2].Value;
            }
        }

        string? department = rest is "" or "人民政府" or "政府" or "办事处" or "街道办事处" or "行政公署" ? null : rest;
        var chain = Chain(g, parts);
        return new AgencyName(name, s, [.. parts], department, chain.Count == parts.Count && parts.Count > 0 ? chain[^1] : []);
    }

    /// <summary>The canonical full name of a government (<paramref name="department"/> null) or of one of its departments; see the remarks of <see cref="AgencyNames"/>.</summary>
    public static string Canonical(Division unit, string? department = null, Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var g = gazetteer ?? Gazetteer.Default;
        return Qualified(g, unit) + (department ?? GovernmentSuffix(unit));
    }

    /// <summary>
    /// The names an agency is known by, shortest first: the unit (巨鹿镇), the unit with its government or department
    /// (巨鹿镇人民政府), the canonical name (巨鹿县巨鹿镇人民政府) and the full path (河北省邢台市巨鹿县巨鹿镇人民政府).
    /// </summary>
    public static ImmutableArray<string> Aliases(Division unit, string? department = null, Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var g = gazetteer ?? Gazetteer.Default;
        var what = department ?? GovernmentSuffix(unit);
        var full = string.Concat(g.PathTo(unit).Select(d => d.Name)) + what;
        string[] names = department is null
            ? [unit.Name, unit.Name + what, Canonical(unit, department, g), full]
            : [unit.Name + what, Canonical(unit, department, g), full];
        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>What a division's government is called after its name: 人民政府; 办事处 for a 街道; 行政公署 for a 地区 or 盟; nothing for a 农场, 开发区 ….</summary>
    public static string GovernmentSuffix(Division unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return DivisionNames.Kind(unit.Name) switch
        {
            "街道" => "办事处",
            "地区" or "盟" => unit.Level == DivisionLevel.City ? "行政公署" : "人民政府",
            "镇" or "乡" or "苏木" or "县" or "区" or "市" or "旗" or "州" or "省" or "自治区" => "人民政府",
            _ => unit.Level == DivisionLevel.Township ? "" : "人民政府",
        };
    }

    /// <summary>
    /// For each part, the divisions it can be given the parts before it (each below one of the previous part's);
    /// stops at the first part that fits under none of them, so a shorter list means the name contradicts itself.
    /// </summary>
    internal static List<ImmutableArray<Division>> Chain(Gazetteer g, IReadOnlyList<NamePart> parts)
    {
        var chain = new List<ImmutableArray<Division>>(parts.Count);
        ImmutableArray<Division> above = [];
        foreach (var part in parts)
        {
            if (part.Candidates.IsEmpty)
            {
                break;
            }

            var fit = above.IsEmpty ? part.Candidates : [.. part.Candidates.Where(d => above.Any(a => g.Contains(a, d)))];
            if (fit.IsEmpty)
            {
                break;
            }

            // The units above narrow to those that still have a candidate under them.
            if (chain.Count > 0)
            {
                for (var i = 0; i < chain.Count; i++)
                {
                    chain[i] = [.. chain[i].Where(a => fit.Any(d => g.Contains(a, d)))];
                }
            }

            chain.Add(fit);
            above = fit;
        }

        return chain;
    }

    /// <summary>The unit's name preceded by the units above it as the canonical name needs them.</summary>
    internal static string Qualified(Gazetteer g, Division d)
    {
        var parent = g.Parent(d);
        return d.Level switch
        {
            DivisionLevel.Province => d.Name,
            DivisionLevel.Township => Qualified(g, parent!) + d.Name,
            _ when parent is null => d.Name,
            DivisionLevel.County when Gazetteer.IsMunicipality(parent) => parent.Name + d.Name,
            _ when g.Named(d.Name).Count(x => x.Level == d.Level) == 1 => d.Name,
            _ => Qualified(g, parent) + d.Name,
        };
    }

    /// <summary>The next unit at <paramref name="pos"/>: the longest official name below the previous unit, else a short province or city name followed by a unit below it.</summary>
    private static NamePart? Next(Gazetteer g, string s, int pos, List<NamePart> parts)
    {
        var previous = parts.Count == 0 ? null : parts[^1];
        var minLevel = previous is null ? DivisionLevel.Province : previous.Level + 1;
        if (minLevel > DivisionLevel.Township)
        {
            return null;
        }

        NamePart? contradicting = null;
        for (var len = Math.Min(g.MaxNameLength, s.Length - pos); len >= 2; len--)
        {
            var token = s.Substring(pos, len);
            if (!Units.Contains(token[^1]) && !token.EndsWith("街道", StringComparison.Ordinal) && !token.EndsWith("苏木", StringComparison.Ordinal) && !token.EndsWith("地区", StringComparison.Ordinal))
            {
                continue;
            }

            var named = g.Named(token).Where(d => d.Level >= minLevel).ToArray();
            if (named.Length == 0)
            {
                continue;
            }

            var fitting = previous is null || previous.Candidates.IsEmpty
                ? named
                : [.. named.Where(d => previous.Candidates.Any(p => g.Contains(p, d)))];
            if (fitting.Length > 0)
            {
                var level = fitting.Min(d => d.Level);
                return new NamePart(token, level, [.. named.Where(d => d.Level == level)]);
            }

            contradicting ??= new NamePart(token, named.Min(d => d.Level), [.. named.Where(d => d.Level == named.Min(x => x.Level))]);
        }

        if (contradicting is not null)
        {
            return contradicting;
        }

        // 河北巨鹿县, 邢台巨鹿县: a short province or city name, accepted only when a unit below it follows.
        for (var len = 3; len >= 2; len--)
        {
            if (pos + len >= s.Length)
            {
                continue;
            }

            var shortName = s.Substring(pos, len);
            var named = g.ShortNamed(shortName).Where(d => d.Level >= minLevel && d.Level <= DivisionLevel.City).ToArray();
            if (named.Length == 0)
            {
                continue;
            }

            var probe = new NamePart(shortName, named.Min(d => d.Level), [.. named.Where(d => d.Level == named.Min(x => x.Level))]);
            if (Next(g, s, pos + len, [probe]) is { } below && below.Candidates.Any(b => probe.Candidates.Any(p => g.Contains(p, b))))
            {
                return probe;
            }
        }

        return null;
    }

    private static DivisionLevel? LevelBySuffix(string unit, DivisionLevel? previous) => DivisionNames.Kind(unit) switch
    {
        "街道" or "苏木" or "镇" or "乡" => DivisionLevel.Township,
        "县" or "区" or "旗" => DivisionLevel.County,
        "市" => previous is DivisionLevel.City ? DivisionLevel.County : DivisionLevel.City,
        _ => null,
    };
}
