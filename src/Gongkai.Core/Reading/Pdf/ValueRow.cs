namespace Gongkai.Reading;

/// <summary>The values printed level with each other: one data row of a table.</summary>
internal sealed class ValueRow(PdfWord first)
{
    public List<PdfWord> Words { get; } = [first];

    public double Y0 { get; private set; } = first.Y0;

    public double Y1 { get; private set; } = first.Y1;

    public double Cy => (Y0 + Y1) / 2;

    /// <summary>Groups value words into rows by vertical overlap, top to bottom.</summary>
    public static List<ValueRow> Group(IEnumerable<PdfWord> values)
    {
        var rows = new List<ValueRow>();
        foreach (var w in values.OrderBy(w => w.Cy))
        {
            if (rows.Count > 0 && w.VerticalOverlap(rows[^1].Y0, rows[^1].Y1) >= 0.5)
            {
                var r = rows[^1];
                r.Words.Add(w);
                r.Y0 = Math.Min(r.Y0, w.Y0);
                r.Y1 = Math.Max(r.Y1, w.Y1);
            }
            else
            {
                rows.Add(new ValueRow(w));
            }
        }

        return rows;
    }
}
