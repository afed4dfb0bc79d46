using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Diagnostics;

namespace Gongkai.Checking;

/// <summary>
/// GK0503: shares quoted against a stated whole that do not compute, as in seed 003: “公开信息共 51 条。其中
/// 公共服务类 30 条，占比 58.8%；…组织概况 1 条，占比 1.9%” (1/51 = 1.96%, so 1.9% is wrong).
/// </summary>
/// <remarks>
/// Within one line, each “N 条，占比 P%” is compared with the last “共 M 条” before it in the same unit.
/// A printed P fits when it equals N/M×100 rounded (half away from zero) or truncated to P's decimals. The shares
/// of one whole must follow one convention: rounding, unless truncation fits more of them. In seed 003 rounding
/// fits 58.8, 23.5 and 15.7 (15.686 truncates to 15.6), so 1.9 (1.96 rounds to 2.0) is reported; a lone
/// truncated share is accepted.
/// </remarks>
internal static partial class PercentageRule
{
    private const string Unit = "(?<u>条|件|个|项|篇|次|份)";

    public static IEnumerable<Diagnostic> Percentages(CheckContext c)
    {
        foreach (var text in c.Texts)
        {
            if (!text.Contains('%'))
            {
                continue;
            }

            foreach (var line in text.Split('\n'))
            {
                foreach (var s in WrongShares(line))
                {
                    yield return c.Finding(DiagnosticCodes.PercentageWrong, s.Clause, s.Part, s.Whole, s.Ratio, s.Printed);
                }
            }
        }
    }

    private static IEnumerable<Share> WrongShares(string line)
    {
        var marks = WholeRegex().Matches(line).Select(m => (Match: m, IsWhole: true))
            .Concat(ShareRegex().Matches(line).Select(m => (Match: m, IsWhole: false)))
            .OrderBy(x => x.Match.Index)
            .ThenBy(x => x.IsWhole ? 0 : 1);
        (long Count, string Unit)? whole = null;
        var group = new List<Share>();
        foreach (var (m, isWhole) in marks)
        {
            var n = long.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            if (isWhole)
            {
                foreach (var wrong in Judge(group))
                {
                    yield return wrong;
                }

                group.Clear();
                whole = (n, m.Groups["u"].Value);
            }
            else if (whole is { Count: > 0 } w && w.Unit == m.Groups["u"].Value)
            {
                group.Add(Share.Of(NarrativeText.Clause(line, m), n, w.Count, m.Groups["p"].Value));
            }
        }

        foreach (var wrong in Judge(group))
        {
            yield return wrong;
        }
    }

    /// <summary>
    /// The shares of one whole that fit neither rounding nor truncation, or that break the convention the rest
    /// of the list follows: rounding, unless truncation explains more of the shares.
    /// </summary>
    private static Share[] Judge(List<Share> group)
    {
        var truncating = group.Count(s => s.Truncated) > group.Count(s => s.Rounded);
        return [.. group.Where(s => truncating ? !s.Truncated : !s.Rounded)];
    }

    private sealed record Share(string Clause, long Part, long Whole, string Ratio, string Printed, bool Rounded, bool Truncated)
    {
        public static Share Of(string clause, long part, long whole, string printedText)
        {
            var printed = decimal.Parse(printedText, CultureInfo.InvariantCulture);
            var dot = printedText.IndexOf('.', StringComparison.Ordinal);
            var decimals = dot < 0 ? 0 : printedText.Length - dot - 1;
            var ratio = part * 100m / whole;
            return new(
                clause, part, whole,
                Math.Round(ratio, decimals + 1, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture),
                printedText,
                printed == Math.Round(ratio, decimals, MidpointRounding.AwayFromZero),
                printed == Math.Round(ratio, decimals, MidpointRounding.ToZero));
        }
    }

    // 共 51 条 / 共计51件 / 共有12个
    [GeneratedRegex(@"共(?:计|有)?\s*(?<n>\d{1,15})\s*" + Unit)]
    private static partial Regex WholeRegex();

    // 30 条，占比 58.8% / 8件，占15.7% / 1条（占比1.9%）
    [GeneratedRegex(@"(?<![\d.])(?<n>\d{1,15})\s*" + Unit + @"\s*[，,、（(]?\s*(?:占比|占总数的?|占全部的?|占总量的?|约占|占)\s*(?<p>\d{1,3}(?:\.\d{1,4})?)\s*%")]
    private static partial Regex ShareRegex();
}
