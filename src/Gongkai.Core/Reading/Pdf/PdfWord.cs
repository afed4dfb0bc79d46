namespace Gongkai.Reading;

/// <summary>One word as pdftotext <c>-bbox-layout</c> places it: its text and its box in points, y growing downwards.</summary>
internal readonly record struct PdfWord(string Text, double X0, double Y0, double X1, double Y1)
{
    public double Width => X1 - X0;

    public double Height => Y1 - Y0;

    public double Cx => (X0 + X1) / 2;

    public double Cy => (Y0 + Y1) / 2;

    /// <summary>The vertical overlap with another box, as a share of the lower of the two heights (0 when apart).</summary>
    public double VerticalOverlap(double y0, double y1)
    {
        var overlap = Math.Min(Y1, y1) - Math.Max(Y0, y0);
        var least = Math.Min(Height, y1 - y0);
        return overlap <= 0 || least <= 0 ? 0 : overlap / least;
    }

    /// <summary>Words grouped into printed lines, top to bottom, each left to right: a word joins the line above
    /// when it overlaps that line vertically by at least half its height.</summary>
    public static List<List<PdfWord>> Bands(IEnumerable<PdfWord> words)
    {
        var bands = new List<List<PdfWord>>();
        foreach (var w in words.OrderBy(w => w.Cy))
        {
            if (bands.Count > 0 && w.VerticalOverlap(bands[^1].Min(b => b.Y0), bands[^1].Max(b => b.Y1)) >= 0.5)
            {
                bands[^1].Add(w);
            }
            else
            {
                bands.Add([w]);
            }
        }

        bands.ForEach(b => b.Sort((x, y) => x.X0.CompareTo(y.X0)));
        return bands;
    }
}

/// <summary>One page of words, numbered from 1.</summary>
internal sealed record PdfPage(int Number, double Width, double Height, IReadOnlyList<PdfWord> Words);
