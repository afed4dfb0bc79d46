using Gongkai.Diagnostics;

namespace Gongkai.Recognition;

/// <summary>
/// Splits a row of flattened web text, where a crawler joined the cells with no separator
/// (<c>规章000行政规范性文件1211行政许可58</c>), into (label, digit run) pairs. A digit directly followed by
/// “.” or “、” and a label is the next label's numbering (<c>…秘密00002.其他法律…</c>).
/// </summary>
internal static class Flattened
{
    /// <summary>A label (empty for a leading run of digits with no label) and its digits, spaces kept as boundaries.</summary>
    public readonly record struct Piece(string Label, string Digits, SourceLocation Location);

    /// <summary>Readings listed in a diagnostic: at most five, each as its numbers joined by “/”.</summary>
    public static string Describe(IEnumerable<long[]> readings) =>
        string.Join("；", readings.Take(5).Select(r => string.Join("/", r))) + (readings.Skip(5).Any() ? "……" : "");

    /// <summary>The pieces, or null when the text is not label-then-digits throughout.</summary>
    public static List<Piece>? Split(string text, SourceLocation at)
    {
        var pieces = new List<Piece>();
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            var labelStart = i;
            while (i < n && (!IsDigit(text[i]) || IsNumbering(text, i)))
            {
                i += IsNumbering(text, i) ? 2 : 1;
            }

            var label = text[labelStart..Math.Min(i, n)].Trim();
            var digitStart = i;
            while (i < n && (IsDigit(text[i]) || text[i] is ' ' or '\u3000' || IsDecimalPoint(text, i)) && !IsNumbering(text, i))
            {
                i++;
            }

            var digits = Normalize(text[digitStart..i]);
            if ((label.Length == 0 && labelStart > 0) || digits.Length == 0)
            {
                return null;
            }

            pieces.Add(new Piece(label, digits, at with { Column = at.Column + digitStart }));
        }

        return pieces.Count == 0 ? null : pieces;
    }

    /// <summary>True when the row's text looks flattened: digits glued to a label, or numbers printed with leading zeros.</summary>
    /// <param name="row">The row.</param>
    /// <param name="countsOnly">True in tables 三 and 四, whose cells are small counts: a number of eight or more digits there is several numbers run together.</param>
    public static bool Looks(RowView row, bool countsOnly)
    {
        foreach (var c in row.Cells)
        {
            var t = c.Raw.Trim();
            if (countsOnly && c.Kind == Reading.ValueKind.Number && t.Length >= 8 && t.All(char.IsAsciiDigit))
            {
                return true;
            }

            if (c.Kind == Reading.ValueKind.Number && t.Length > 1 && t[0] is '0' or '０' && char.IsAsciiDigit(t[1]))
            {
                return true;
            }

            if (c.Kind == Reading.ValueKind.Text && t.Length > 1 && IsDigit(t[^1]) && !IsDigit(t[^2]) && t[^2] is not (' ' or '.' or '、' or '-' or '/' or '年' or '第'))
            {
                return true;
            }

            if (c.Kind == Reading.ValueKind.Text && t.Length > 2 && HasGluedRun(t))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasGluedRun(string t)
    {
        for (var i = 1; i + 1 < t.Length; i++)
        {
            if (IsDigit(t[i]) && t[i - 1] > 0x2E80 && !IsNumbering(t, i) && t[i + 1] is var next && (IsDigit(next) || next > 0x2E80))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDecimalPoint(string t, int i) => t[i] is '.' or '．' && i > 0 && IsDigit(t[i - 1]) && i + 1 < t.Length && IsDigit(t[i + 1]);

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    private static bool IsNumbering(string t, int i) =>
        IsDigit(t[i]) && i + 2 < t.Length && t[i + 1] is '.' or '．' or '、' && !IsDigit(t[i + 2]) && t[i + 2] is not ' ';

    private static string Normalize(string digits)
    {
        var chars = digits.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c == '\u3000' ? ' ' : c == '．' ? '.' : c).ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
