using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>
/// Reads plain text in the layouts real reports take once they are text (shared/spec/layouts-in-the-wild.md):
/// one cell per line (Word tables copied as text), tab grids, pipe rows, runs separated by spaces
/// (layout-preserving PDF text, OCR output), and prose lines.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    public string Name => "text";

    /// <summary>Anything not recognized as another format is tried as text; the decoder refuses binary data.</summary>
    public bool CanRead(ReadOnlySpan<byte> head) => true;

    public TextGrid Read(byte[] bytes, string? source, ReadOptions options)
    {
        var (text, _, problem) = TextDecoder.Decode(bytes, source);
        if (text is null)
        {
            return new TextGrid(source, [], [problem!]);
        }

        var grid = ReadText(text, source, options.MaxLines);
        return problem is null ? grid : grid with { Diagnostics = grid.Diagnostics.Insert(0, problem) };
    }

    public static TextGrid ReadText(string text, string? source, int maxLines = int.MaxValue) =>
        new(source, LineGrid.Build(text.TrimStart('\uFEFF'), source, maxLines), []);
}

/// <summary>Splits decoded text into grid rows, one layout decision per line.</summary>
internal static class LineGrid
{
    public static ImmutableArray<GridRow> Build(string text, string? source, int maxLines)
    {
        var rows = ImmutableArray.CreateBuilder<GridRow>();
        List<(string Text, SourceLocation At)>? block = null;
        var lineNo = 0;

        void Flush()
        {
            if (block is { Count: > 0 })
            {
                var cells = new GridCell[block.Count];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = new GridCell(block[i].Text, block[i].At);
                }

                rows.Add(new GridRow(ImmutableCollectionsMarshal.AsImmutableArray(cells), RowShape.Cells));
            }

            block = null;
        }

        foreach (var raw in EnumerateLines(text))
        {
            if (++lineNo > maxLines)
            {
                break;
            }

            var line = raw.Replace('\f', ' ');
            if (!line.Contains('\t') && IsBlank(line))
            {
                Flush();
                continue;
            }

            if (line[0] == '\t' && line.IndexOf('\t', 1) < 0)
            {
                // One cell per line: Word table cells copied as text start with a tab; a blank line ends the row.
                block ??= new(16);
                block.Add((line[1..], new SourceLocation(source, lineNo, 2)));
                continue;
            }

            if (block is { Count: > 0 } && !line.Contains('\t') && IsContinuation(line))
            {
                // A cell's text wrapped onto the next line: 本年新 / 制作数量.
                block[^1] = (block[^1].Text + line, block[^1].At);
                continue;
            }

            Flush();
            rows.Add(SplitLine(line, source, lineNo));
        }

        Flush();
        return rows.ToImmutable();
    }

    private static IEnumerable<string> EnumerateLines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch is '\n' or '\r')
            {
                yield return text[start..i];
                if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private static bool IsBlank(string line)
    {
        foreach (var ch in line)
        {
            if (!(char.IsWhiteSpace(ch) || ch is '|' or '-' or ':' or '+'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A short fragment, not a section heading and not a sentence of prose.</summary>
    private static bool IsContinuation(string line)
    {
        var t = line.Trim();
        if (t.Length > 40 || t.StartsWith('#'))
        {
            return false;
        }

        return !(t.Length >= 3 && "一二三四五六".Contains(t[0]) && t[1] is '、' or '.' or '．');
    }

    private static GridRow SplitLine(string line, string? source, int lineNo)
    {
        var cells = ImmutableArray.CreateBuilder<GridCell>(16);
        if (line.Contains('\t'))
        {
            var col = 0;
            foreach (var part in line.Split('\t'))
            {
                cells.Add(new GridCell(part, new SourceLocation(source, lineNo, col + 1)));
                col += part.Length + 1;
            }

            return new GridRow(cells.ToImmutable());
        }

        var trimmed = line.TrimStart();
        if (trimmed.StartsWith('|') || trimmed.AsSpan().Count('|') >= 2)
        {
            var col = line.Length - trimmed.Length + 1;
            var parts = trimmed.Split('|');
            for (var i = trimmed.StartsWith('|') ? 1 : 0; i < parts.Length; i++)
            {
                if (i == parts.Length - 1 && parts[i].Trim().Length == 0)
                {
                    break;
                }

                cells.Add(new GridCell(parts[i].Trim(), new SourceLocation(source, lineNo, col + 1)));
                col += parts[i].Length + 1;
            }

            return new GridRow(cells.ToImmutable());
        }

        SplitOnSpaces(line, source, lineNo, cells);
        return new GridRow(cells.ToImmutable(), RowShape.Spaces);
    }

    /// <summary>
    /// Runs of two or more spaces separate cells (layout-preserving PDF text); a trailing run of numbers
    /// separated by single spaces is split off the label (OCR output: <c>一、本年新收… 0 0 0 0 0 0 0</c>).
    /// </summary>
    private static void SplitOnSpaces(string line, string? source, int lineNo, ImmutableArray<GridCell>.Builder cells)
    {
        var i = 0;
        var n = line.Length;
        var parts = new List<(int Start, string Text)>(16);
        while (i < n)
        {
            while (i < n && IsSpace(line[i]))
            {
                i++;
            }

            if (i >= n)
            {
                break;
            }

            var start = i;
            while (i < n && !(IsSpace(line[i]) && (i + 1 >= n || IsSpace(line[i + 1]) || line[i] == '\u3000')))
            {
                i++;
            }

            parts.Add((start, line[start..i].TrimEnd()));
        }

        // Display columns are counted once along the line: each cell's left edge continues from the last one.
        var widthAt = 0;
        var width = 0;
        double Left(int at)
        {
            width += Writing.TextWidth.Of(line.AsSpan(widthAt, at - widthAt));
            widthAt = at;
            return width;
        }

        foreach (var (start, text) in parts)
        {
            if (!text.Contains(' '))
            {
                cells.Add(new GridCell(text, new SourceLocation(source, lineNo, start + 1), Left(start)));
                continue;
            }

            // Split a trailing number run off this part: "数量 0 0 0" → "数量", "0", "0", "0".
            var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var firstNumber = tokens.Length;
            while (firstNumber > 0 && NumberText.IsNumberLike(tokens[firstNumber - 1]))
            {
                firstNumber--;
            }

            var numbers = tokens.Length - firstNumber;
            if (tokens.Length > 1 && (numbers >= 2 || (numbers == 1 && firstNumber > 0 && !EndsSentence(tokens[firstNumber - 1]))) && !LooksLikeProse(text))
            {
                var pos = start;
                if (firstNumber > 0)
                {
                    var label = string.Join(' ', tokens[..firstNumber]);
                    cells.Add(new GridCell(label, new SourceLocation(source, lineNo, pos + 1), Left(pos)));
                }

                var searchFrom = start;
                foreach (var tok in tokens[firstNumber..])
                {
                    var at = line.IndexOf(tok, searchFrom, StringComparison.Ordinal);
                    cells.Add(new GridCell(tok, new SourceLocation(source, lineNo, at + 1), Left(at)));
                    searchFrom = at + tok.Length;
                }
            }
            else
            {
                cells.Add(new GridCell(text, new SourceLocation(source, lineNo, start + 1), Left(start)));
            }
        }
    }

    private static bool IsSpace(char ch) => ch is ' ' or '\u3000' or '\u00A0';

    private static bool EndsSentence(string token) => token.EndsWith('。') || token.EndsWith('，') || token.EndsWith(',');

    /// <summary>Prose mentions numbers too ("共 51 条"), but as parts of sentences.</summary>
    private static bool LooksLikeProse(string text) =>
        text.Contains('。') || text.Contains('，') || text.Contains('年') && text.Contains('月') || text.Contains('%');
}
