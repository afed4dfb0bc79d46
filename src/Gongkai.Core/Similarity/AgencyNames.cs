using System.Text.RegularExpressions;

namespace Gongkai.Similarity;

/// <summary>
/// The forms of its own name an agency's narrative uses: the full name and the place names in it, without their
/// unit (重庆市渝北区大盛镇人民政府 → 重庆, 渝北, 大盛), so that 大盛镇, 我镇大盛 and 渝北区 all count as "the
/// agency itself" and a narrative copied from another town with the name swapped reads as the copy it is.
/// </summary>
internal static partial class AgencyNames
{
    /// <summary>Normalized patterns, longest first; none for a null or blank agency.</summary>
    public static IReadOnlyList<string> Patterns(string? agency)
    {
        if (string.IsNullOrWhiteSpace(agency))
        {
            return [];
        }

        var full = TextNormalizer.Plain(agency);
        var patterns = new List<string> { full };
        foreach (Match m in PlaceRegex().Matches(full))
        {
            var stem = m.Groups["stem"].Value;
            // One character (沙市 → 沙) would also match inside ordinary words.
            if (stem.Length >= 2)
            {
                patterns.Add(stem);
            }
        }

        return [.. patterns.Where(p => p.Length >= 2).Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length)];
    }

    // 州 is not a unit here: it ends place names themselves (杭州市, 广州市); 自治州 is.
    [GeneratedRegex("(?<stem>.+?)(?:自治区|自治州|自治县|地区|街道|省|市|县|区|旗|盟|镇|乡)")]
    private static partial Regex PlaceRegex();
}
