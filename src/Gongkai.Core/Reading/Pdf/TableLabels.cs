namespace Gongkai.Reading;

/// <summary>
/// Rebuilds the label cells of a table body from the words left of its values. Label columns start where
/// numbered labels start (一、 at the left, （一） further in, 1. further still). In each column, lines join into
/// one cell while they carry on its text: a numbered line, a wider gap, a header between or a line printed level
/// with another row's values starts a new cell. Each cell then labels the value row printed within it.
/// </summary>
internal static class TableLabels
{
    /// <summary>
    /// The boundaries between label columns: gutters, where fewer words stand than on either side (only labels
    /// merged over several columns cross them), at least a fifth of a character (2 pt) wide. Works for labels set
    /// left or centred, as the words of a column stay inside its cell.
    /// </summary>
    public static List<double> ColumnBounds(IReadOnlyList<PdfWord> words, double em)
    {
        if (words.Count == 0)
        {
            return [];
        }

        const double Step = 0.5;
        var lo = words.Min(w => w.X0);
        var n = (int)Math.Ceiling((words.Max(w => w.X1) - lo) / Step) + 1;
        var cover = new int[n];
        foreach (var w in words)
        {
            for (var i = (int)((w.X0 - lo) / Step); i < n && lo + (i * Step) < w.X1; i++)
            {
                cover[i]++;
            }
        }

        var left = new int[n];
        var right = new int[n];
        for (var i = 0; i < n; i++)
        {
            left[i] = Math.Max(cover[i], i > 0 ? left[i - 1] : 0);
            right[n - 1 - i] = Math.Max(cover[n - 1 - i], i > 0 ? right[n - i] : 0);
        }

        var bounds = new List<double>();
        var start = -1;
        for (var i = 0; i <= n; i++)
        {
            var low = i < n && cover[i] + Math.Max(2, 0.3 * Math.Min(left[i], right[i])) <= Math.Min(left[i], right[i]);
            if (low && start < 0)
            {
                start = i;
            }
            else if (!low && start >= 0)
            {
                if ((i - start) * Step >= Math.Max(2, 0.2 * em))
                {
                    bounds.Add(lo + ((start + i) * Step / 2));
                }

                start = -1;
            }
        }

        return bounds;
    }

    public static int ColumnOf(List<double> bounds, PdfWord w, double em) => bounds.Count(b => b <= w.X0 + (0.25 * em));

    public static List<LabelCell> Cells(List<PdfWord> words, List<double> bounds, List<ValueRow> rows, List<(double Y0, double Y1)> barriers, double em)
    {
        var cells = new List<LabelCell>();
        foreach (var column in words.GroupBy(w => ColumnOf(bounds, w, em)).OrderBy(g => g.Key))
        {
            LabelCell? current = null;
            var lines = Lines(column).ToList();

            // The line pitch inside a cell: the closest two lines of the column stand one pitch apart.
            var pitch = lines.Zip(lines.Skip(1), (a, b) => b.Cy - a.Cy).Where(d => d > 0.5 * em).DefaultIfEmpty(2 * em).Min();
            foreach (var line in lines)
            {
                var direct = DirectRow(line, rows);
                if (current is null || StartsCell(current, line, direct, rows, barriers, pitch))
                {
                    current = new LabelCell(column.Key, line, direct);
                    cells.Add(current);
                }
                else
                {
                    current.Add(line, direct);
                }
            }
        }

        foreach (var cell in cells)
        {
            cell.Owner = OwnerOf(cell, rows, em);
        }

        return cells;
    }

    /// <summary>The value row printed level with one of its lines, or else the first whose middle lies within its extent; −1 for none.</summary>
    public static int OwnerOf(LabelCell cell, List<ValueRow> rows, double em) =>
        cell.Direct >= 0 ? cell.Direct : rows.FindIndex(r => r.Cy >= cell.Y0 - (0.25 * em) && r.Cy <= cell.Y1 + (0.25 * em));

    private static bool StartsCell(LabelCell cell, LabelLine line, int direct, List<ValueRow> rows, List<(double Y0, double Y1)> barriers, double pitch)
    {
        if (PdfText.StartsWithNumbering(line.Text) || line.Cy - cell.LastCy > 1.8 * pitch || barriers.Any(b => b.Y0 >= cell.Y1 - 0.5 && b.Y1 <= line.Y0 + 0.5))
        {
            return true;
        }

        if (cell.Direct < 0)
        {
            return false;
        }

        if (direct >= 0)
        {
            return direct != cell.Direct;
        }

        // Between two rows: it carries on this cell unless it is nearer the next row (the head of that row's label).
        var next = rows.FindIndex(cell.Direct + 1, r => r.Cy > line.Cy);
        return next >= 0 && rows[next].Cy - line.Cy < line.Cy - rows[cell.Direct].Cy;
    }

    private static int DirectRow(LabelLine line, List<ValueRow> rows)
    {
        var best = -1;
        var bestOverlap = 0.5;
        for (var i = 0; i < rows.Count; i++)
        {
            var overlap = Overlap(line.Y0, line.Y1, rows[i].Y0, rows[i].Y1);
            if (overlap >= bestOverlap)
            {
                best = i;
                bestOverlap = overlap;
            }
        }

        return best;
    }

    private static double Overlap(double a0, double a1, double b0, double b1)
    {
        var overlap = Math.Min(a1, b1) - Math.Max(a0, b0);
        var least = Math.Min(a1 - a0, b1 - b0);
        return overlap <= 0 || least <= 0 ? 0 : overlap / least;
    }

    /// <summary>The words of one column grouped into printed lines, top to bottom.</summary>
    private static IEnumerable<LabelLine> Lines(IEnumerable<PdfWord> words)
    {
        return PdfWord.Bands(words).Select(b => new LabelLine(b.Min(w => w.X0), b.Max(w => w.X1), b.Min(w => w.Y0), b.Max(w => w.Y1), PdfText.Join(b)));
    }
}
