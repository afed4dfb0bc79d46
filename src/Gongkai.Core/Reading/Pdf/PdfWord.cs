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
}

/// <summary>One page of words, numbered from 1.</summary>
internal sealed record PdfPage(int Number, double Width, double Height, IReadOnlyList<PdfWord> Words);
