using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Reading;

/// <summary>Text rules for PDF words: joining them, sizes, and the numbering that starts a table label.</summary>
internal static partial class PdfText
{
    /// <summary>Joins words: Chinese text without spaces, Latin words and numbers with one.</summary>
    public static string Join(IReadOnlyList<PdfWord> words)
    {
        var sb = new StringBuilder();
        PdfWord? previous = null;
        foreach (var w in words)
        {
            if (previous is { } p && NeedsSpace(p.Text[^1], w.Text[0]))
            {
                sb.Append(' ');
            }

            sb.Append(w.Text);
            previous = w;
        }

        return sb.ToString();
    }

    /// <summary>Concatenates pieces of one cell printed on several lines, with the same spacing rule.</summary>
    public static string Concat(IEnumerable<string> parts)
    {
        var sb = new StringBuilder();
        foreach (var part in parts.Where(p => p.Length > 0))
        {
            if (sb.Length > 0 && NeedsSpace(sb[^1], part[0]))
            {
                sb.Append(' ');
            }

            sb.Append(part);
        }

        return sb.ToString();
    }

    private static bool NeedsSpace(char before, char after) => !IsWide(before) && !IsWide(after);

    /// <summary>Chinese characters, full-width forms and CJK punctuation: text that is set without spaces.</summary>
    public static bool IsWide(char ch) =>
        ch is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFFEF')
            or '“' or '”' or '‘' or '’' or '—' or '…' or '·';

    /// <summary>
    /// The font size of some words, read from the widths of their mostly full-width words (a half-width character
    /// counted as half); NaN when there are none.
    /// </summary>
    public static double Em(IEnumerable<PdfWord> words)
    {
        double width = 0, chars = 0;
        foreach (var w in words)
        {
            var wide = w.Text.Count(IsWide);
            var narrow = w.Text.Length - wide;
            if (wide > 0 && wide >= narrow)
            {
                width += w.Width;
                chars += wide + (0.5 * narrow);
            }
        }

        return chars == 0 ? double.NaN : width / chars;
    }

    /// <summary>True when a label starts with a numbering of its own: 一、 （一） 1. ① 第二十条 …</summary>
    public static bool StartsWithNumbering(string text) => Numbering().IsMatch(text);

    /// <summary>True for a value cell: a number or a mark for "nothing", alone.</summary>
    public static bool IsValue(string text) => NumberText.IsNumberLike(text);

    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+|\d{1,2}\s*[.．、)）](?!\d)|[①-⑳]|第[一二三四五六七八九十百零〇\d]+[条项部章节])")]
    private static partial Regex Numbering();
}
