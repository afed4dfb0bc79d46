using System.Text;

namespace Gongkai.Writing.Export;

/// <summary>
/// Text as SpreadsheetML stores it (ECMA-376 Part 1, §22.9.2.19 ST_Xstring): a character XML cannot carry is
/// written <c>_xHHHH_</c> (so is CR, which XML parsers fold into LF), and an underscore that would start such an
/// escape is itself escaped (<c>_x005F_</c>).
/// Excel's cell limit of 32,767 characters is kept by cutting longer text with an ellipsis.
/// </summary>
internal static class XlsxText
{
    public const int MaxLength = 32_767;

    public static string Escape(string text)
    {
        if (text.Length > MaxLength)
        {
            text = text[..(MaxLength - 1)] + "…";
        }

        var i = 0;
        while (i < text.Length && !NeedsEscape(text, i))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            if (NeedsEscape(text, i))
            {
                sb.Append("_x").Append(((int)text[i]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    /// <summary>True when leading or trailing white space must be kept with <c>xml:space="preserve"</c>.</summary>
    public static bool NeedsPreserve(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));

    private static bool NeedsEscape(string text, int i)
    {
        var ch = text[i];
        if (ch == '_')
        {
            return LooksLikeEscape(text, i);
        }

        if (char.IsHighSurrogate(ch))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(ch))
        {
            return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        }

        // XML 1.0 §2.2 Char: tab, LF, CR and U+0020 upwards, except U+FFFE and U+FFFF. A CR is escaped too, as
        // Excel does: XML parsers turn CR LF into LF (§2.11), so a literal CR would not come back.
        return (ch < ' ' && ch is not ('\t' or '\n')) || ch is '\uFFFE' or '\uFFFF';
    }

    /// <summary><c>_x</c> followed by four hex digits and <c>_</c>, which a reader would decode.</summary>
    private static bool LooksLikeEscape(string text, int i) =>
        i + 6 < text.Length && text[i + 1] == 'x' && char.IsAsciiHexDigit(text[i + 2]) && char.IsAsciiHexDigit(text[i + 3])
        && char.IsAsciiHexDigit(text[i + 4]) && char.IsAsciiHexDigit(text[i + 5]) && text[i + 6] == '_';
}
