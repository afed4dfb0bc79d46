using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Reports;

namespace Gongkai.Recognition;

/// <summary>
/// The date a report was signed and published, when the document prints it: a line at the very end holding only a date
/// (often after the agency's name), e.g. <c>巨鹿县巨鹿镇人民政府　2025年1月20日</c> or <c>二〇二五年一月二十日</c>.
/// Only a date after the year covered (up to two years after) is taken; anything else — the statistical period
/// "2024年1月1日至12月31日", dates inside sentences — is not a publication date.
/// </summary>
public static partial class PublicationDate
{
    /// <summary>How many non-empty lines at the end of the last section are looked at.</summary>
    public const int TailLines = 6;

    public static DateOnly? Find(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Year is not { } year || report.Sections.Count == 0)
        {
            return null;
        }

        var last = report.Sections.OrderBy(s => s.Key).Last().Value;
        var lines = last.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).TakeLast(TailLines).Reverse();
        foreach (var line in lines)
        {
            if (Parse(line) is { } date && date.Year > year && date.Year <= year + 2)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The date a line ends with, when the line is a signature line: the date alone, or after a short name.</summary>
    public static DateOnly? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var m = DateLine().Match(line.Normalize(System.Text.NormalizationForm.FormKC));
        if (!m.Success || m.Groups["before"].Value.Length > 40)
        {
            return null;
        }

        var y = Number(m.Groups["y"].Value, digitsOnly: true);
        var mo = Number(m.Groups["m"].Value, digitsOnly: false);
        var d = Number(m.Groups["d"].Value, digitsOnly: false);
        return y is >= 2000 and <= 2100 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y.Value, mo.Value)
            ? new DateOnly(y.Value, mo.Value, d!.Value)
            : null;
    }

    /// <summary>Arabic digits, or Chinese numerals: digit by digit for a year (二〇二五), with 十 for month and day (二十).</summary>
    private static int? Number(string text, bool digitsOnly)
    {
        text = text.Replace(" ", "", StringComparison.Ordinal);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        const string digits = "〇一二三四五六七八九";
        var value = 0;
        if (digitsOnly || !text.Contains('十', StringComparison.Ordinal))
        {
            foreach (var c in text)
            {
                var i = c is '零' or '○' or 'O' or 'o' ? 0 : digits.IndexOf(c, StringComparison.Ordinal);
                if (i < 0)
                {
                    return null;
                }

                value = (value * 10) + i;
            }

            return value;
        }

        var parts = text.Split('十');
        var tens = parts[0].Length == 0 ? 1 : digits.IndexOf(parts[0][0], StringComparison.Ordinal);
        var ones = parts[1].Length == 0 ? 0 : digits.IndexOf(parts[1][0], StringComparison.Ordinal);
        return parts[0].Length > 1 || parts[1].Length > 1 || tens < 0 || ones < 0 ? null : (tens * 10) + ones;
    }

    [GeneratedRegex(@"^(?<before>[^\d〇零○一二三四五六七八九十年月日。，,；;：:]*?)\s*(?<y>[\d〇零○一二三四五六七八九 ]{4,7})\s*年\s*(?<m>[\d一二三四五六七八九十]{1,3})\s*月\s*(?<d>[\d一二三四五六七八九十]{1,3})\s*日\s*$")]
    private static partial Regex DateLine();
}
