using System.Collections.Immutable;
using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>
/// Rebuilds rows and columns from word positions: lines of each page (page furniture dropped), then the whole
/// document as one stream so that tables continue across pages. Runs of lines holding table values, with the
/// header lines above them and label lines between them, become tables (<see cref="PdfTable"/>); every other
/// line is prose, and wrapped prose lines are joined into paragraphs (<see cref="PdfProse"/>).
/// </summary>
internal static class PdfLayout
{
    /// <summary>Pages are stacked this far apart, so nothing on one page ever overlaps anything on another.</summary>
    public const double PageStride = 100_000;

    public static ImmutableArray<GridRow> Build(List<PdfPage> pages, string? source, int maxRows)
    {
        var perPage = pages.Select(p => PdfLine.Group(p.Number, p.Words)).ToList();
        PageFurniture.Drop(pages, perPage);
        var lines = new List<PdfLine>();
        foreach (var page in perPage)
        {
            lines.AddRange(page.OrderBy(l => l.Y0).Select(Stacked));
        }

        var em = Median(lines.Select(l => l.Em).Where(double.IsFinite), fallback: 10.5);
        var context = new PdfLayoutContext(lines, pages, em);
        var rows = ImmutableArray.CreateBuilder<GridRow>();
        var prose = new List<PdfLine>();
        foreach (var (start, end, isTable) in Segments(context))
        {
            if (!isTable)
            {
                prose.AddRange(lines.Skip(start).Take(end - start));
                continue;
            }

            rows.AddRange(PdfProse.Paragraphs(prose, context, source));
            prose.Clear();
            rows.AddRange(PdfTable.Rows(context, start, end, source));
        }

        rows.AddRange(PdfProse.Paragraphs(prose, context, source));
        return rows.Count > maxRows ? rows.ToImmutable()[..maxRows] : rows.ToImmutable();
    }

    public static SourceLocation Where(string? source, double y) => new(source, 0, 0, (int)(y / PageStride) + 1);

    /// <summary>Splits the stream into alternating runs of prose and tables: (first line, end, table?).</summary>
    private static IEnumerable<(int Start, int End, bool Table)> Segments(PdfLayoutContext c)
    {
        var lines = c.Lines;
        var at = 0;
        var i = 0;
        while (i < lines.Count)
        {
            if (!c.HasValues(i))
            {
                i++;
                continue;
            }

            // The body: value lines, and the lines between them, up to a line of prose.
            var last = i;
            for (var j = i + 1; j < lines.Count && !c.IsProseLike(j); j++)
            {
                if (c.HasValues(j))
                {
                    last = j;
                }
            }

            var first = HeaderStart(c, i, at);
            var end = TailEnd(c, last);
            if (first > at)
            {
                yield return (at, first, false);
            }

            yield return (first, end, true);
            at = end;
            i = end;
        }

        if (at < lines.Count)
        {
            yield return (at, lines.Count, false);
        }
    }

    /// <summary>Header lines above the first value line: not prose, close together, at most a dozen.</summary>
    private static int HeaderStart(PdfLayoutContext c, int firstValues, int floor)
    {
        var first = firstValues;
        while (first - 1 >= floor && firstValues - first < 12 && !c.IsProseLike(first - 1) && !c.HasValues(first - 1)
            && c.Lines[first].Y0 - c.Lines[first - 1].Y1 < 3 * c.Em)
        {
            first--;
        }

        return first;
    }

    /// <summary>Label lines just below the last value line (a wrapped label's tail), at most three.</summary>
    private static int TailEnd(PdfLayoutContext c, int last)
    {
        var end = last + 1;
        while (end < c.Lines.Count && end - last <= 3 && !c.IsProseLike(end) && !c.HasValues(end)
            && c.Lines[end].Y0 - c.Lines[end - 1].Y1 < c.Em && c.Lines[end].X1 < c.ValueLeft(last))
        {
            end++;
        }

        return end;
    }

    private static PdfLine Stacked(PdfLine line)
    {
        var offset = (line.Page - 1) * PageStride;
        return new PdfLine(line.Page, [.. line.Words.Select(w => w with { Y0 = w.Y0 + offset, Y1 = w.Y1 + offset })]);
    }

    public static double Median(IEnumerable<double> values, double fallback)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? fallback : sorted[sorted.Count / 2];
    }
}
