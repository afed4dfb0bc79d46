namespace Gongkai.Reading;

/// <summary>
/// What the layout knows about every line of the stream: which words are table values, which lines are
/// plainly prose, and where each page's paragraphs start and end.
/// </summary>
internal sealed class PdfLayoutContext
{
    private readonly List<PdfWord>[] values;
    private readonly bool[] proseLike;
    private readonly Dictionary<int, (double Left, double Right)> pageEdges = [];
    private readonly List<(double X, double Em)> proseStarts;
    private readonly (double Left, double Right) documentEdges;

    public PdfLayoutContext(List<PdfLine> lines, List<PdfPage> pages, double em)
    {
        Lines = lines;
        Pages = pages;
        Em = em;
        values = [.. lines.Select(FindValues)];
        // Paragraphs start at the same places on every page (margin, first-line indent): learnt from the whole document.
        // A start counts when two lines of one size begin there.
        var prose = lines.Where((l, i) => values[i].Count == 0 && SingleRun(l) && (IsSentence(l) || IsWide(l, pages[l.Page - 1]))).ToList();
        proseStarts = [.. prose.GroupBy(l => (Math.Round(l.X0), Math.Round(EmOf(l)))).Where(g => g.Count() >= 2).Select(g => (g.First().X0, EmOf(g.First())))];
        documentEdges = prose.Count > 0 ? (prose.Min(l => l.X0), prose.Max(l => l.X1)) : lines.Count > 0 ? (lines.Min(l => l.X0), lines.Max(l => l.X1)) : (0, 0);
        foreach (var page in prose.GroupBy(l => l.Page))
        {
            pageEdges[page.Key] = (page.Min(l => l.X0), page.Max(l => l.X1));
        }

        proseLike = [.. lines.Select((l, i) => values[i].Count == 0 && ProseLike(l))];
    }

    public List<PdfLine> Lines { get; }

    public List<PdfPage> Pages { get; }

    /// <summary>The document's usual font size (median over lines), in points.</summary>
    public double Em { get; }

    public bool HasValues(int line) => values[line].Count > 0;

    public IReadOnlyList<PdfWord> Values(int line) => values[line];

    public bool IsProseLike(int line) => proseLike[line];

    /// <summary>Where the first value of a line starts.</summary>
    public double ValueLeft(int line) => values[line].Count == 0 ? double.MaxValue : values[line].Min(w => w.X0);

    /// <summary>The left and right edges of a page's text column, from its prose lines.</summary>
    public (double Left, double Right) Edges(int page) => pageEdges.TryGetValue(page, out var e) ? e : documentEdges;

    public double EmOf(PdfLine line) => double.IsFinite(line.Em) ? line.Em : Em;

    /// <summary>
    /// A number standing alone: no other text within half a character on either side (neighbouring numbers
    /// may be close: they are cells of one row). "298" in "信息 298 条" is prose, not a value.
    /// </summary>
    private List<PdfWord> FindValues(PdfLine line)
    {
        var em = EmOf(line);
        var found = new List<PdfWord>();
        var words = line.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (!PdfText.IsValue(words[i].Text))
            {
                continue;
            }

            var leftOk = i == 0 || PdfText.IsValue(words[i - 1].Text) || words[i].X0 - words[i - 1].X1 >= 0.6 * em;
            var rightOk = i == words.Count - 1 || PdfText.IsValue(words[i + 1].Text) || words[i + 1].X0 - words[i].X1 >= 0.6 * em;
            if (leftOk && rightOk && (words.Count > 1 || words[i].Text.Any(char.IsDigit)))
            {
                found.Add(words[i]);
            }
        }

        return found;
    }

    /// <summary>
    /// A line that cannot be part of a table: a sentence, or one run of text that starts where the page's
    /// paragraphs start or spans most of the text column.
    /// </summary>
    private bool ProseLike(PdfLine line)
    {
        if (IsSentence(line))
        {
            return true;
        }

        if (!SingleRun(line))
        {
            return false;
        }

        var em = EmOf(line);
        return IsWide(line, Pages[line.Page - 1]) || proseStarts.Any(s => Math.Abs(s.X - line.X0) <= 1.2 && Math.Abs(s.Em - em) <= 0.15 * s.Em);
    }

    private static bool IsSentence(PdfLine line)
    {
        var t = line.Text;
        return t.Length >= 6 && t[^1] is '。' or '；' or '！' or '？';
    }

    private static bool IsWide(PdfLine line, PdfPage page) => line.X1 - line.X0 >= page.Width * 0.6;

    /// <summary>No gap wider than one and a half characters between its words.</summary>
    private bool SingleRun(PdfLine line)
    {
        var em = EmOf(line);
        for (var i = 1; i < line.Words.Count; i++)
        {
            if (line.Words[i].X0 - line.Words[i - 1].X1 > 1.5 * em)
            {
                return false;
            }
        }

        return true;
    }
}
