using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Reports;

namespace Gongkai.Checking;

/// <summary>Helpers for reading the narrative sections: normalized text, clause bounds, and topic guards.</summary>
internal static partial class NarrativeText
{
    /// <summary>
    /// One character inside a clause that is not a digit: what may stand between the words of a phrase such
    /// as 收到…申请 without crossing into the next clause or swallowing a number.
    /// </summary>
    public const string Gap = @"[^。；;，,、：:！!？?\r\n\t\d]";

    /// <summary>Every section's text in section order, normalized by <see cref="Normalize"/>.</summary>
    public static IEnumerable<string> Texts(AnnualReport report) =>
        SectionKinds.All.Select(report.Section).OfType<string>().Select(Normalize);

    /// <summary>Full-width digits, ％ and ． to ASCII, odd spaces to ' ' (one character for one, so positions hold).</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                >= '０' and <= '９' => (char)('0' + (ch - '０')),
                '％' => '%',
                '．' => '.',
                '\u00A0' or '\u3000' or '\u2002' or '\u2003' => ' ',
                _ => ch,
            });
        }

        return sb.ToString();
    }

    /// <summary>
    /// True when the phrase is about 行政复议/行政诉讼 or 结转 rather than new applications: the matched text
    /// or the rest of its clause (up to ten characters) names them, as in 未收到政府信息公开申请引起的行政复议.
    /// </summary>
    public static bool AboutSomethingElse(string text, Match match, bool carryOverToo)
    {
        var end = match.Index + match.Length;
        var tail = TailRegex().Match(text, end, Math.Min(10, text.Length - end)).Value;
        var subject = match.Value + tail;
        return subject.Contains("复议", StringComparison.Ordinal) || subject.Contains("诉讼", StringComparison.Ordinal)
            || (carryOverToo && match.Value.Contains("结转", StringComparison.Ordinal));
    }

    /// <summary>The clause around a match, from the previous clause mark to the end of the match, trimmed.</summary>
    public static string Clause(string text, Match match)
    {
        var start = text.LastIndexOfAny(['。', '；', ';', '，', ',', '\n', '\r'], Math.Max(match.Index - 1, 0)) + 1;
        return text[start..(match.Index + match.Length)].Trim();
    }

    [GeneratedRegex(@"^[^。；;，,\r\n]*")]
    private static partial Regex TailRegex();
}
