using System.Text.RegularExpressions;

namespace Gongkai.Recognition;

/// <summary>
/// The year a report covers: from the title (<c>2024年政府信息公开工作年度报告</c>), else from the statistical
/// period (<c>统计期限为2024年1月1日至12月31日</c>), else the year the text names most often.
/// </summary>
internal static partial class YearFinder
{
    [GeneratedRegex(@"((?:19|20)\d{2})年度?")]
    private static partial Regex YearInTitle();

    [GeneratedRegex(@"((?:19|20)\d{2})年1月1日")]
    private static partial Regex PeriodStart();

    [GeneratedRegex(@"((?:19|20)\d{2})年")]
    private static partial Regex AnyYear();

    [GeneratedRegex(@"[〇零一二三四五六七八九]{4}(?=年)")]
    private static partial Regex ChineseYear();

    /// <summary>二〇二四年 → 2024年.</summary>
    private static string Digits(string s) => s.Contains('年') ? ChineseYear().Replace(s, m => string.Concat(m.Value.Select(ch => (char)('0' + "〇一二三四五六七八九".IndexOf(ch == '零' ? '〇' : ch))))) : s;

    public static int? Find(string? titleNorm, IEnumerable<string> textNorm)
    {
        titleNorm = titleNorm is null ? null : Digits(titleNorm);
        textNorm = textNorm.Select(Digits);
        if (titleNorm is not null && YearInTitle().Match(titleNorm) is { Success: true } m)
        {
            return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        var lines = textNorm.ToList();
        foreach (var line in lines)
        {
            if (PeriodStart().Match(line) is { Success: true } p)
            {
                return int.Parse(p.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var best = lines.SelectMany(l => AnyYear().Matches(l)).GroupBy(x => x.Groups[1].Value)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
        return best is null ? null : int.Parse(best.Key, System.Globalization.CultureInfo.InvariantCulture);
    }
}
