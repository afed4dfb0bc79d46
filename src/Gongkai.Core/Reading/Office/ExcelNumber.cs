using System.Globalization;
using System.Text;

namespace Gongkai.Reading;

/// <summary>
/// A spreadsheet number as its cell shows it, for the number formats report tables use (ECMA-376 Part 1
/// §18.8.31): General, fixed decimals (<c>0.00</c>), thousands separators (<c>#,##0</c>) and percent. Literal
/// text, colours, padding and the negative section are not printed; any other format reads as General.
/// </summary>
internal static class ExcelNumber
{
    /// <summary>The text of <paramref name="value"/> under <paramref name="format"/> (invariant culture).</summary>
    public static string Format(double value, string? format)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var pattern = NumericPart(format);
        if (pattern is null)
        {
            return General(value);
        }

        var (decimals, thousands, percent) = pattern.Value;
        var shown = percent ? value * 100 : value;
        var text = shown.ToString((thousands ? "N" : "F") + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return percent ? text + "%" : text;
    }

    /// <summary>
    /// General: up to 15 significant digits (what a double holds exactly), no exponent for report-sized numbers,
    /// no trailing zeros, so 12 prints "12" and 0.1 + 0.2 prints "0.3".
    /// </summary>
    public static string General(double value)
    {
        if (Math.Abs(value) >= 1e15 || (value != 0 && Math.Abs(value) < 1e-9))
        {
            return value.ToString("G15", CultureInfo.InvariantCulture);
        }

        var rounded = decimal.Parse(value.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        var text = rounded.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.') ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    /// <summary>Decimals, thousands separator and percent of a simple numeric format; null for General and anything else.</summary>
    private static (int Decimals, bool Thousands, bool Percent)? NumericPart(string? format)
    {
        if (string.IsNullOrWhiteSpace(format) || format.Equals("General", StringComparison.OrdinalIgnoreCase) || format == "@")
        {
            return null;
        }

        var section = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < format.Length; i++)
        {
            var ch = format[i];
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (ch == ';')
            {
                break;
            }
            else if (ch is '\\' or '_' or '*')
            {
                i++; // an escaped character, or the character whose width pads (_) or fills (*)
            }
            else if (ch == '[')
            {
                var end = format.IndexOf(']', i);
                i = end < 0 ? format.Length : end;
            }
            else
            {
                section.Append(ch);
            }
        }

        var s = section.ToString().Trim();
        if (s.Length == 0 || s.Any(c => !(c is '0' or '#' or ',' or '.' or '%' or '?' or ' ')) || !s.Any(c => c is '0' or '#' or '?'))
        {
            return null;
        }

        var point = s.IndexOf('.');
        var decimals = point < 0 ? 0 : s[(point + 1)..].Count(c => c is '0' or '#' or '?');
        var integer = point < 0 ? s : s[..point];
        return (Math.Min(decimals, 15), integer.TrimEnd(',').Contains(','), s.Contains('%'));
    }
}
