namespace Gongkai.Reading;

/// <summary>
/// The parts of a table that have columns of their own: a header in the middle of a table starts a new part
/// (the sub-tables of section 二, each under its 第二十条第（X）项 caption, place their values differently). A
/// part whose stripes match the one before (a header repeated after a page break) keeps its columns.
/// </summary>
internal sealed class TableSections
{
    private readonly List<(double From, TableColumns Columns)> parts = [];

    public TableSections(List<PdfWord> values, List<HeaderBlock> blocks, double em)
    {
        var starts = blocks.Select(b => b.Y0).Where(y => values.Any(v => v.Cy < y)).Prepend(double.MinValue).ToList();
        var groups = new List<(double From, List<PdfWord> Values, List<PdfWord> Headers)>();
        for (var i = 0; i < starts.Count; i++)
        {
            var to = i + 1 < starts.Count ? starts[i + 1] : double.MaxValue;
            var mine = values.Where(v => v.Cy >= starts[i] && v.Cy < to).ToList();
            var headers = blocks.Where(b => b.Y0 >= starts[i] && b.Y0 < to).SelectMany(b => b.Words).ToList();
            var columns = new TableColumns(mine, em).WithHeaders(headers);
            if (groups.Count > 0 && (mine.Count == 0 || new TableColumns(groups[^1].Values, em).WithHeaders(groups[^1].Headers).SameAs(columns)))
            {
                groups[^1].Values.AddRange(mine);
                groups[^1].Headers.AddRange(headers);
            }
            else
            {
                groups.Add((starts[i], mine, headers));
            }
        }

        parts.AddRange(groups.Select(g => (g.From, new TableColumns(g.Values, em).WithHeaders(g.Headers))));
    }

    /// <summary>The columns in force at a height of the table.</summary>
    public TableColumns At(double y)
    {
        var found = parts[0].Columns;
        foreach (var (from, columns) in parts)
        {
            if (from <= y)
            {
                found = columns;
            }
        }

        return found;
    }
}
