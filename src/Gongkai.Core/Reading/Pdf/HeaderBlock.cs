namespace Gongkai.Reading;

/// <summary>
/// Lines of a table that hold words over the value columns but no values: the column header at the top, or a
/// header repeated after a page break (续表). Words over one column are stacked into that column's cell
/// (本年新 / 制作数量 → 本年新制作数量); words over several columns get rows of their own.
/// </summary>
internal sealed class HeaderBlock
{
    private readonly List<PdfWord> words = [];

    public IReadOnlyList<PdfWord> Words => words;

    public double Y0 { get; private set; } = double.MaxValue;

    public double Y1 { get; private set; } = double.MinValue;

    public bool Contains(double y) => y >= Y0 && y <= Y1;

    public static List<HeaderBlock> Find(List<PdfLine> lines, HashSet<PdfWord> isValue, TableColumns columns)
    {
        var blocks = new List<HeaderBlock>();
        HeaderBlock? current = null;
        foreach (var line in lines)
        {
            if (line.Words.Any(isValue.Contains))
            {
                current = null;
                continue;
            }

            var header = line.Words.Where(w => !columns.InLabelArea(w)).ToList();
            if (header.Count == 0)
            {
                continue;
            }

            if (current is null)
            {
                current = new HeaderBlock();
                blocks.Add(current);
            }

            current.words.AddRange(header);
            current.Y0 = Math.Min(current.Y0, line.Y0);
            current.Y1 = Math.Max(current.Y1, line.Y1);
        }

        return blocks;
    }

    /// <summary>The block's rows: one per line of spanning words, then the row of column headers with the label header first.</summary>
    public IEnumerable<string[]> Rows(TableColumns columns, int labelColumns, int width, List<PdfWord> labelWords)
    {
        var spanning = Spanning(columns);
        foreach (var band in PdfWord.Bands(spanning))
        {
            var texts = new string[width];
            Array.Fill(texts, "");
            foreach (var w in band)
            {
                var k = labelColumns + columns.ColumnOf(w.Cx);
                texts[k] = PdfText.Concat([texts[k], w.Text]);
            }

            yield return texts;
        }

        var leaf = new string[width];
        Array.Fill(leaf, "");
        foreach (var column in words.Except(spanning).GroupBy(w => columns.ColumnOf(w.Cx)))
        {
            leaf[labelColumns + column.Key] = PdfText.Concat(PdfWord.Bands(column).Select(b => PdfText.Join(b)));
        }

        var label = PdfText.Concat(PdfWord.Bands(labelWords.Where(w => Contains(w.Cy))).Select(b => PdfText.Join(b)));
        if (labelColumns > 0)
        {
            leaf[0] = label;
        }
        else if (label.Length > 0)
        {
            var alone = new string[width];
            Array.Fill(alone, "");
            alone[0] = label;
            yield return alone;
        }

        yield return leaf;
    }

    /// <summary>
    /// The words over several columns: those the column geometry says so of, and every word standing above one of
    /// them (a column's own header is its lowest stack; what stands over a group header is a group header too).
    /// </summary>
    private List<PdfWord> Spanning(TableColumns columns)
    {
        var spanning = new List<PdfWord>();
        foreach (var w in words.OrderByDescending(w => w.Cy))
        {
            if (columns.Spans(w) || spanning.Any(s => s.Y0 >= w.Cy && s.X0 < w.X1 && s.X1 > w.X0))
            {
                spanning.Add(w);
            }
        }

        return spanning;
    }
}
