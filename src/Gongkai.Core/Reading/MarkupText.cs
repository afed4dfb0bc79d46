using System.Text;

namespace Gongkai.Reading;

/// <summary>Text clean-up shared by the readers that take cell text from markup (HTML, DOCX, XLSX).</summary>
internal static class MarkupText
{
    /// <summary>Runs of white space (line breaks, tabs, no-break and full-width spaces) become one space; trimmed.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u00A0')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }
}
