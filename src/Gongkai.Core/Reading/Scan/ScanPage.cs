namespace Gongkai.Reading;

/// <summary>One cell of a found table, sorted by its ink: blank, a number or text, with the box around the ink.</summary>
internal sealed record CellInk(ScanTable Table, ScanCell Cell, InkKind Kind, PixelBox Ink);

/// <summary>
/// A page made ready for OCR: straightened, its tables found and their cells sorted by ink. No OCR has run yet; the
/// reader batches the cells of all pages into a few tesseract runs.
/// </summary>
internal sealed class ScanPage
{
    private ScanPage(int number, GrayImage image, double unit, double skew, List<ScanTable> tables, List<CellInk> cells)
    {
        Number = number;
        Image = image;
        Unit = unit;
        Skew = skew;
        Tables = tables;
        Cells = cells;
    }

    /// <summary>The page number (1-based) in the document.</summary>
    public int Number { get; }

    /// <summary>The straightened page.</summary>
    public GrayImage Image { get; }

    /// <summary>Pixels per 1/300 inch on an A4-wide page: lengths below are in these units.</summary>
    public double Unit { get; }

    /// <summary>The turn that was taken out, in degrees.</summary>
    public double Skew { get; }

    public List<ScanTable> Tables { get; }

    public List<CellInk> Cells { get; }

    /// <summary>Straightens the page, finds its tables and sorts their cells.</summary>
    public static ScanPage Analyze(int number, GrayImage image)
    {
        var unit = Math.Max(0.5, image.Width / 2480.0);
        var threshold = Math.Min(image.OtsuThreshold(), 200);
        var skew = Reading.Skew.Estimate(image, threshold);
        if (Math.Abs(skew) >= 0.04)
        {
            image = image.Rotate(-skew);
        }

        var ink = image.Ink(threshold);
        var (horizontal, vertical) = RuleFinder.Find(ink, image.Width, image.Height, unit);
        var tables = TableFinder.Find(horizontal, vertical, unit);
        var inset = Math.Max(3, (int)Math.Round(5 * unit)) + (horizontal.Concat(vertical).Select(r => r.Thickness).DefaultIfEmpty(2).Max() / 2);
        var cells = new List<CellInk>();
        foreach (var table in tables)
        {
            foreach (var cell in table.Cells)
            {
                var inner = cell.Box.Inset(inset, inset);
                var (kind, box) = InkShape.Classify(ink, image.Width, inner, unit);
                cells.Add(new CellInk(table, cell, kind, box));
            }
        }

        return new ScanPage(number, image, unit, skew, tables, cells);
    }

    /// <summary>
    /// The page with its tables painted out, for reading the headings and paragraphs around them, at half size when
    /// the page is A4 at 300 dpi: body text (三号, 16 pt) is then about 33 pixels high, which tesseract reads with
    /// clearly fewer errors than at 66 pixels. <see cref="ProseScale"/> maps its pixels back to the page.
    /// </summary>
    public GrayImage Prose()
    {
        var pad = (int)(6 * Unit);
        var image = Image.Without(Tables.Select(t => new PixelBox(t.Bounds.X - pad, t.Bounds.Y - pad, t.Bounds.Width + (2 * pad), t.Bounds.Height + (2 * pad))));
        return ProseScale == 2 ? image.Half() : image;
    }

    /// <summary>Page pixels per pixel of <see cref="Prose"/>.</summary>
    public int ProseScale => Unit >= 0.75 ? 2 : 1;
}
