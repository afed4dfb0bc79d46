using System.Text.RegularExpressions;

namespace Gongkai.Recognition;

/// <summary>
/// The issuing agency, in the fullest form the document prints: the name in the title (or the line above it),
/// else the body the text calls itself (我镇, 我局 …); then extended to the longest printed form with its
/// administrative prefixes and 人民政府 (重庆市渝北区大盛镇人民政府).
/// </summary>
internal static partial class AgencyFinder
{
    private const string UnitSuffixes = "省市区县州盟旗";
    private static readonly string[] GovSuffixes = ["人民政府", "街道办事处", "办事处", "政府"];
    private static readonly (string Self, string Suffix)[] SelfReferences =
    [
        ("我镇", "镇"), ("本镇", "镇"), ("我乡", "乡"), ("本乡", "乡"), ("我街道", "街道"), ("本街道", "街道"),
        ("我局", "局"), ("本局", "局"), ("我委", "委"), ("我办", "办"), ("我县", "县"), ("我区", "区"), ("我市", "市"),
    ];

    [GeneratedRegex(@"^(?:关于)?(.*?)(?:关于)?(?:19|20)\d{2}年")]
    private static partial Regex BeforeYear();

    /// <param name="title">The normalized title line, if any.</param>
    /// <param name="lineAboveTitle">The normalized line above the title (Markdown pages put the agency there).</param>
    /// <param name="publisher">The 发布机构 of a web page's info box, if any.</param>
    /// <param name="text">The whole normalized text.</param>
    public static string? Find(string? title, string? lineAboveTitle, string? publisher, string text)
    {
        var fromTitle = title is null ? null : NameIn(title);
        if (fromTitle is null && lineAboveTitle is not null && lineAboveTitle.Length <= 30 && EndsLikeAgency(lineAboveTitle))
        {
            fromTitle = lineAboveTitle;
        }

        if (fromTitle is null && publisher is { Length: >= 2 and <= 40 } && EndsLikeAgency(publisher))
        {
            fromTitle = publisher;
        }

        var core = fromTitle is null ? CoreFromSelfReference(text) : Core(fromTitle);
        if (core is null)
        {
            return fromTitle;
        }

        var fullest = Fullest(core, text);

        // A longer form must extend the title's own name (大盛镇 → 重庆市渝北区大盛镇), not be another agency's that shares
        // its last unit (忻城县教育局 is not 防城港市教育局, found in an overview copied from it).
        if (fromTitle is not null && fullest is not null && !Stem(fullest).EndsWith(Stem(fromTitle), StringComparison.Ordinal))
        {
            fullest = null;
        }

        return fromTitle is null || (fullest is not null && fullest.Length > fromTitle.Length) ? fullest ?? core : fromTitle;
    }

    private static string? NameIn(string title)
    {
        var m = BeforeYear().Match(title);
        var name = m.Success ? m.Groups[1].Value.Trim('，', ',', ':', '：') : null;
        return name is { Length: >= 2 } && EndsLikeAgency(name) ? name : null;
    }

    private static bool EndsLikeAgency(string s) =>
        s.Length >= 2 && (GovSuffixes.Any(g => s.EndsWith(g, StringComparison.Ordinal)) || "镇乡局委办厅署院站所队会处室心街".Contains(s[^1]));

    /// <summary>A name without its 人民政府/办事处/政府 ending.</summary>
    private static string Stem(string name)
    {
        foreach (var g in GovSuffixes)
        {
            if (name.EndsWith(g, StringComparison.Ordinal))
            {
                return name[..^g.Length];
            }
        }

        return name;
    }

    /// <summary>The last administrative unit of a name: 巨鹿县官亭镇政府 → 官亭镇.</summary>
    private static string Core(string name)
    {
        var s = name;
        foreach (var g in GovSuffixes)
        {
            if (s.EndsWith(g, StringComparison.Ordinal) && s.Length > g.Length + 1)
            {
                s = s[..^g.Length];
                break;
            }
        }

        for (var i = s.Length - 2; i >= 2; i--)
        {
            if (UnitSuffixes.Contains(s[i - 1]) && i <= s.Length - 3)
            {
                return s[i..];
            }
        }

        return s;
    }

    /// <summary>The name the text uses for the body that calls itself 我镇/我局 …: the most frequent 2–3 character name with that suffix.</summary>
    private static string? CoreFromSelfReference(string text)
    {
        var self = SelfReferences.Where(r => text.Contains(r.Self, StringComparison.Ordinal))
            .OrderByDescending(r => CountOf(text, r.Self)).FirstOrDefault();
        if (self.Self is null)
        {
            return null;
        }

        var counts = new Dictionary<string, int>();
        for (var at = text.IndexOf(self.Suffix, StringComparison.Ordinal); at >= 0; at = text.IndexOf(self.Suffix, at + 1, StringComparison.Ordinal))
        {
            for (var k = 2; k <= 3; k++)
            {
                if (at - k < 0)
                {
                    break;
                }

                var name = text.Substring(at - k, k);
                if (name.All(IsHan) && !"我本全各该此每两乡城村市县区小集".Contains(name[^1]) && !"我本全各该此每".Contains(name[0]))
                {
                    var key = name + self.Suffix;
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return counts.Count == 0 ? null : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Length).First().Key;
    }

    /// <summary>The longest printed form around the core: administrative prefixes before it, 人民政府 after it.</summary>
    private static string? Fullest(string core, string text)
    {
        string? best = null;
        for (var at = text.IndexOf(core, StringComparison.Ordinal); at >= 0; at = text.IndexOf(core, at + 1, StringComparison.Ordinal))
        {
            var start = at;
            while (PrefixUnit(text, start) is { } len)
            {
                start -= len;
            }

            var end = at + core.Length;
            foreach (var g in GovSuffixes)
            {
                if (string.CompareOrdinal(text, end, g, 0, g.Length) == 0)
                {
                    end += g.Length;
                    break;
                }
            }

            var candidate = text[start..end];
            if (best is null || candidate.Length > best.Length)
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>Length of an administrative unit (重庆市, 渝北区) ending just before <paramref name="pos"/>, or null.</summary>
    private static int? PrefixUnit(string text, int pos)
    {
        if (pos < 3 || !UnitSuffixes.Contains(text[pos - 1]))
        {
            return null;
        }

        for (var k = 2; k <= 5 && pos - 1 - k >= 0; k++)
        {
            var start = pos - 1 - k;
            var name = text.AsSpan(start, k);
            var ok = true;
            foreach (var ch in name)
            {
                ok &= IsHan(ch) && !UnitSuffixes.Contains(ch);
            }

            if (!ok)
            {
                return null;
            }

            if (start == 0 || !IsHan(text[start - 1]) || UnitSuffixes.Contains(text[start - 1]))
            {
                return k + 1;
            }
        }

        return null;
    }

    private static bool IsHan(char ch) => ch >= '\u4E00' && ch <= '\u9FFF';

    private static int CountOf(string text, string s)
    {
        var n = 0;
        for (var at = text.IndexOf(s, StringComparison.Ordinal); at >= 0; at = text.IndexOf(s, at + s.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
