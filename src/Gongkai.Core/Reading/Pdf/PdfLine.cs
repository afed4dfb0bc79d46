namespace Gongkai.Reading;

/// <summary>Words of one page that share a baseline band, left to right.</summary>
internal sealed class PdfLine
{
    public PdfLine(int page, List<PdfWord> words)
    {
        Page = page;
        Words = words;
        Words.Sort((a, b) => a.X0.CompareTo(b.X0));
        X0 = words.Min(w => w.X0);
        X1 = words.Max(w => w.X1);
        Y0 = words.Min(w => w.Y0);
        Y1 = words.Max(w => w.Y1);
        Em = PdfText.Em(words);
    }

    public int Page { get; }

    public List<PdfWord> Words { get; }

    public double X0 { get; }

    public double X1 { get; }

    public double Y0 { get; }

    public double Y1 { get; }

    public double Cx => (X0 + X1) / 2;

    public double Cy => (Y0 + Y1) / 2;

    /// <summary>The font size read from the widths of its Chinese characters (NaN when it has none).</summary>
    public double Em { get; }

    public string Text => PdfText.Join(Words);

    /// <summary>
    /// Groups a page's words into lines: a word joins the line whose band it overlaps by half the lower height.
    /// </summary>
    public static List<PdfLine> Group(int page, IReadOnlyList<PdfWord> words)
    {
        var bands = new List<(double Y0, double Y1, List<PdfWord> Words)>();
        foreach (var w in words.OrderBy(w => w.Cy).ThenBy(w => w.X0))
        {
            var joined = false;
            for (var i = bands.Count - 1; i >= 0 && i >= bands.Count - 3; i--)
            {
                var b = bands[i];
                if (w.VerticalOverlap(b.Y0, b.Y1) >= 0.5)
                {
                    b.Words.Add(w);
                    bands[i] = (Math.Min(b.Y0, w.Y0), Math.Max(b.Y1, w.Y1), b.Words);
                    joined = true;
                    break;
                }
            }

            if (!joined)
            {
                bands.Add((w.Y0, w.Y1, [w]));
            }
        }

        return [.. bands.Select(b => new PdfLine(page, b.Words))];
    }
}
