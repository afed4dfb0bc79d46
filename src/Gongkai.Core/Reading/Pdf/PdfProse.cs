using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>
/// Joins prose lines into paragraphs: a line that runs to the right edge of the text column continues on the
/// next line when that one starts at the left edge (no first-line indent, no numbering of its own), in the same
/// font size; a wide centred line (a title) continues on a centred line below it.
/// </summary>
internal static class PdfProse
{
    public static IEnumerable<GridRow> Paragraphs(List<PdfLine> lines, PdfLayoutContext c, string? source)
    {
        var text = "";
        PdfLine? previous = null;
        SourceLocation at = default;
        foreach (var line in lines)
        {
            if (previous is not null && Continues(previous, line, c))
            {
                text = PdfText.Concat([text, line.Text]);
            }
            else
            {
                if (text.Length > 0)
                {
                    yield return GridRow.Prose(text, at);
                }

                text = line.Text;
                at = new SourceLocation(source, 0, 0, line.Page);
            }

            previous = line;
        }

        if (text.Length > 0)
        {
            yield return GridRow.Prose(text, at);
        }
    }

    private static bool Continues(PdfLine a, PdfLine b, PdfLayoutContext c)
    {
        var em = c.EmOf(a);
        if (Math.Abs(c.EmOf(b) - em) > 0.15 * em || PdfText.StartsWithNumbering(b.Text))
        {
            return false;
        }

        var samePage = a.Page == b.Page;
        if (samePage && (b.Cy - a.Cy > 2.4 * em || b.Y0 < a.Y0))
        {
            return false;
        }

        if (!samePage && b.Page != a.Page + 1)
        {
            return false;
        }

        var (left, right) = c.Edges(a.Page);
        var (nextLeft, _) = c.Edges(b.Page);
        var full = a.X1 >= right - (1.8 * em);
        if (full && b.X0 <= nextLeft + (0.6 * em))
        {
            return true;
        }

        // A wrapped title: both lines centred on the same axis, the first nearly as wide as the column.
        var centred = Math.Abs(a.Cx - b.Cx) <= em && Math.Abs(a.Cx - ((left + right) / 2)) <= 2 * em;
        return samePage && centred && a.X1 - a.X0 >= right - left - (3 * em) && b.X1 - b.X0 < a.X1 - a.X0 && a.Text[^1] != '。';
    }
}
