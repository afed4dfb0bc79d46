namespace Gongkai.Reading;

/// <summary>
/// Turns the lines of one table (possibly over several pages) into grid rows whose cell index is the column:
/// label columns first, then one column per stripe of values. Header lines become header rows with each
/// column's stacked words joined in its own cell (words over several columns get a row of their own), so the
/// recognizer can match header and value positions. Values of a row share one printed line; its label cells
/// are rebuilt by <see cref="TableLabels"/>.
/// </summary>
internal static class PdfTable
{
    public static IEnumerable<GridRow> Rows(PdfLayoutContext c, int start, int end, string? source)
    {
        var lines = c.Lines.GetRange(start, end - start);
        var valueWords = Enumerable.Range(start, end - start).SelectMany(c.Values).ToList();
        var isValue = valueWords.ToHashSet();
        var em = PdfLayout.Median(lines.Select(l => l.Em).Where(double.IsFinite), c.Em);
        var columns = new TableColumns(valueWords, em);
        var rows = ValueRow.Group(valueWords);
        var blocks = HeaderBlock.Find(lines, isValue, columns);
        var sections = new TableSections(valueWords, blocks, em);
        var others = lines.SelectMany(l => l.Words).Where(w => !isValue.Contains(w)).ToList();
        var labelWords = others.Where(columns.InLabelArea).ToList();
        var bodyLabels = labelWords.Where(w => !blocks.Any(b => b.Contains(w.Cy))).ToList();
        var bounds = TableLabels.ColumnBounds(bodyLabels, em);
        var labelColumns = labelWords.Count == 0 ? 0 : bounds.Count + 1;
        var cells = TableLabels.Cells(bodyLabels, bounds, rows, [.. blocks.Select(b => (b.Y0, b.Y1))], em);
        cells = AttachTails(cells, rows, em);

        var emitted = new List<(double Y, int Seq, string[] Texts)>();
        string[] New(double y) => [.. Enumerable.Repeat("", labelColumns + sections.At(y).Count)];
        for (var r = 0; r < rows.Count; r++)
        {
            var texts = New(rows[r].Cy);
            var here = sections.At(rows[r].Cy);
            foreach (var w in rows[r].Words.OrderBy(w => w.X0))
            {
                Append(texts, labelColumns + here.ColumnOf(w.Cx), w.Text);
            }

            foreach (var w in others.Where(w => !columns.InLabelArea(w) && !blocks.Any(b => b.Contains(w.Cy)) && w.VerticalOverlap(rows[r].Y0, rows[r].Y1) >= 0.5))
            {
                Append(texts, labelColumns + here.ColumnOf(w.Cx), w.Text);
            }

            var owned = cells.Where(cell => cell.Owner == r).OrderBy(cell => cell.Y0).ToList();
            owned.ForEach(cell => Append(texts, cell.Column, cell.Text));
            emitted.Add((owned.Select(o => o.Y0).Append(rows[r].Y0).Min(), emitted.Count, texts));
        }

        foreach (var cell in cells.Where(cell => cell.Owner < 0))
        {
            var texts = New(cell.Y0);
            texts[cell.Column] = cell.Text;
            emitted.Add((cell.Y0, emitted.Count, texts));
        }

        foreach (var block in blocks)
        {
            var here = sections.At(block.Y0);
            foreach (var texts in block.Rows(here, labelColumns, labelColumns + here.Count, labelWords))
            {
                emitted.Add((block.Y0, emitted.Count, texts));
            }
        }

        return emitted.OrderBy(e => e.Y).ThenBy(e => e.Seq).Where(e => e.Texts.Any(t => t.Length > 0))
            .Select(e => Row(e.Texts, PdfLayout.Where(source, e.Y)));
    }

    /// <summary>
    /// A label piece with no numbering and no row of its own is the tail of the nearest label above it that
    /// stands over the same place: a wrapped label, a centred label merged over several columns, or one cut by
    /// a page break and carried on below the repeated header.
    /// </summary>
    private static List<LabelCell> AttachTails(List<LabelCell> cells, List<ValueRow> rows, double em)
    {
        var kept = new List<LabelCell>();
        foreach (var cell in cells.OrderBy(c => c.Y0).ThenBy(c => c.Column))
        {
            if (cell.Owner >= 0 || cell.Numbered)
            {
                kept.Add(cell);
                continue;
            }

            var above = kept.Where(k => k.Y0 < cell.Y0 && k.X0 < cell.X1 && k.X1 > cell.X0).MaxBy(k => k.Y0);
            if (above is not null)
            {
                above.Absorb(cell);
                if (above.Owner < 0)
                {
                    above.Owner = TableLabels.OwnerOf(above, rows, em);
                }

                continue;
            }

            cell.Owner = rows.FindLastIndex(r => r.Cy < cell.Y0);
            kept.Add(cell);
        }

        return kept;
    }

    private static void Append(string[] texts, int index, string text)
    {
        var i = Math.Clamp(index, 0, texts.Length - 1);
        texts[i] = texts[i].Length == 0 ? text : PdfText.Concat([texts[i], text]);
    }

    private static GridRow Row(string[] texts, Diagnostics.SourceLocation at) =>
        new([.. texts.Select(t => new GridCell(t, at))], RowShape.Grid);
}
