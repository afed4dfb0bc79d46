namespace Gongkai.Reading;

/// <summary>
/// The value columns of one table: vertical stripes of numbers (right-aligned or centred, so the boxes of one
/// column overlap from row to row), the boundaries halfway between stripes, and the label area to their left.
/// </summary>
internal sealed class TableColumns
{
    private readonly List<(double X0, double X1)> stripes;
    private readonly double[] bounds;
    private readonly double em;

    public TableColumns(IEnumerable<PdfWord> values, double em)
        : this(Stripes(values), em)
    {
    }

    private TableColumns(List<(double X0, double X1)> stripes, double em)
    {
        this.em = em;
        this.stripes = stripes;
        bounds = [.. stripes.Zip(stripes.Skip(1), (a, b) => (a.X1 + b.X0) / 2)];
        LabelRight = stripes.Count == 0 ? double.MaxValue
            : stripes[0].X0 - Math.Max(0.5 * em, bounds.Length > 0 ? bounds[0] - stripes[0].X1 : 0);
    }

    public int Count => stripes.Count;

    /// <summary>
    /// Adds the columns that hold no value at all (blank, or cut off) but have a header: a stack of header words
    /// standing clear of every stripe, in a gap at least half again as wide as itself, right of the first stripe.
    /// </summary>
    public TableColumns WithHeaders(IEnumerable<PdfWord> headerWords)
    {
        var clear = headerWords.Where(w => !stripes.Any(s => w.X0 < s.X1 && w.X1 > s.X0));
        var added = new List<(double X0, double X1)>();
        foreach (var (a, b) in Stripes(clear))
        {
            var left = stripes.Where(s => s.X1 <= a).Select(s => s.X1).DefaultIfEmpty(double.NaN).Max();
            var right = stripes.Where(s => s.X0 >= b).Select(s => s.X0).DefaultIfEmpty(double.PositiveInfinity).Min();
            if (!double.IsNaN(left) && a - left >= 0.25 * em && (double.IsPositiveInfinity(right) || right - left >= 1.5 * (b - a)))
            {
                added.Add((a, b));
            }
        }

        return added.Count == 0 ? this : new TableColumns([.. stripes.Concat(added).OrderBy(s => s.X0)], em);
    }

    /// <summary>
    /// True when another set of stripes is the same columns (a table continued after a repeated header): as many
    /// stripes, each within three quarters of a character of this one's.
    /// </summary>
    public bool SameAs(TableColumns other) =>
        other.Count == Count && stripes.Zip(other.stripes).All(p => Math.Abs(((p.First.X0 + p.First.X1) / 2) - ((p.Second.X0 + p.Second.X1) / 2)) <= 0.75 * em);

    /// <summary>Boxes merged where they overlap, left to right: the stripes of a column's values.</summary>
    private static List<(double X0, double X1)> Stripes(IEnumerable<PdfWord> words)
    {
        var stripes = new List<(double X0, double X1)>();
        foreach (var w in words.OrderBy(w => w.X0))
        {
            if (stripes.Count > 0 && w.X0 < stripes[^1].X1 - 0.5)
            {
                stripes[^1] = (stripes[^1].X0, Math.Max(stripes[^1].X1, w.X1));
            }
            else
            {
                stripes.Add((w.X0, w.X1));
            }
        }

        return stripes;
    }

    /// <summary>Words centred left of this are labels, right of it values or column headers.</summary>
    public double LabelRight { get; }

    public bool InLabelArea(PdfWord w) => w.Cx < LabelRight;

    /// <summary>The value column a position falls in.</summary>
    public int ColumnOf(double x)
    {
        var k = 0;
        while (k < bounds.Length && x >= bounds[k])
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// A header word over several columns (申请人情况, 法人或其他组织): it stands over two stripes of values, or reaches
    /// well past a column boundary without standing centred over one stripe. A wide header of one column (法律服务
    /// in a narrow column) is centred over its stripe.
    /// </summary>
    public bool Spans(PdfWord w)
    {
        var over = stripes.Where(s => w.X0 < s.X1 && w.X1 > s.X0).ToList();
        if (over.Count >= 2)
        {
            return true;
        }

        var crosses = bounds.Any(b => Math.Min(w.X1 - b, b - w.X0) > 0.35 * em);
        return crosses && (over.Count == 0 || Math.Abs(w.Cx - ((over[0].X0 + over[0].X1) / 2)) > 0.5 * em);
    }
}
