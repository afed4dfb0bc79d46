using System.Diagnostics;
using System.Globalization;
using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>
/// Reads scanned pages (images, or PDF pages without a text layer) into a grid: each page is straightened, its ruled
/// tables are found from their lines, every cell is read on its own (numbers with tesseract's digits whitelist, labels
/// with chi_sim), the text around the tables with chi_sim, and doubtful numbers are flagged (GK0901–GK0903) using
/// OCR confidence and the tables' own sums. A cell keeps what was read, or is empty when illegible; nothing is fixed.
/// </summary>
/// <remarks>
/// Needs Debian's <c>tesseract-ocr tesseract-ocr-chi-sim imagemagick poppler-utils</c>; a missing tool is GK0110
/// naming them. Limits from <see cref="ReadOptions"/>: an image over <see cref="ReadOptions.MaxImagePixels"/> or more
/// pages than <see cref="ReadOptions.MaxPages"/> is GK0113 before anything is decoded; the whole read is bounded by
/// <see cref="ReadOptions.Timeout"/> (GK0112); a damaged image is GK0115.
/// </remarks>
public static class ScanReader
{
    /// <summary>Every Debian package the scan reader calls.</summary>
    public const string Packages = "tesseract-ocr tesseract-ocr-chi-sim imagemagick poppler-utils";

    /// <summary>Resolution PDF pages are rendered at.</summary>
    public const int PdfDpi = 300;

    /// <summary>Reads a PNG, JPEG or TIFF (every frame is a page).</summary>
    public static TextGrid ReadImage(byte[] bytes, string? source, ReadOptions options)
    {
        var clock = Stopwatch.StartNew();
        var where = SourceLocation.InFile(source);
        return WithTemp(source, dir =>
        {
            var path = Path.Combine(dir, "input");
            File.WriteAllBytes(path, bytes);
            var (frames, problem) = ImageMagick.Probe(path, where, Left(clock, options));
            if (problem is not null)
            {
                return Fail(source, problem);
            }

            if (frames.Count > Math.Min(options.MaxPages, options.MaxImages))
            {
                return Fail(source, DiagnosticCodes.LimitExceeded.Create(where, $"图像页数 {frames.Count} (image pages)", Math.Min(options.MaxPages, options.MaxImages)));
            }

            if (frames.FirstOrDefault(f => f.Pixels > options.MaxImagePixels) is { Width: > 0 } big)
            {
                return Fail(source, DiagnosticCodes.LimitExceeded.Create(where, $"图像像素 {big.Width}×{big.Height} (image pixels)", options.MaxImagePixels.ToString(CultureInfo.InvariantCulture)));
            }

            var images = new List<GrayImage>();
            for (var i = 0; i < frames.Count; i++)
            {
                var (image, failed) = ImageMagick.Decode(path, i, ScaleFor(frames[i].Width), dir, where, Left(clock, options));
                if (failed is not null)
                {
                    return Fail(source, failed);
                }

                images.Add(image!);
            }

            return Read(images, source, clock, options);
        });
    }

    /// <summary>
    /// Reads the pages of a PDF as scans: renders them with <c>pdftoppm -r 300 -gray</c> and reads them like images.
    /// For PDFs without a text layer (the PDF reader hands them over).
    /// </summary>
    /// <param name="bytes">The PDF file.</param>
    /// <param name="source">The file name, for diagnostics.</param>
    /// <param name="options">Limits: pages, pixels per page, time.</param>
    /// <param name="pages">The 1-based pages to read; all pages when null.</param>
    public static TextGrid ReadPdf(byte[] bytes, string? source, ReadOptions options, IReadOnlyCollection<int>? pages = null)
    {
        var clock = Stopwatch.StartNew();
        var where = SourceLocation.InFile(source);
        return WithTemp(source, dir =>
        {
            var path = Path.Combine(dir, "input.pdf");
            File.WriteAllBytes(path, bytes);
            var (sizes, problem) = Poppler.PageSizes(path, where, Left(clock, options));
            if (problem is not null)
            {
                return Fail(source, problem);
            }

            var wanted = (pages ?? Enumerable.Range(1, sizes.Count).ToArray()).Where(p => p >= 1 && p <= sizes.Count).Distinct().Order().ToList();
            if (wanted.Count > options.MaxPages)
            {
                return Fail(source, DiagnosticCodes.LimitExceeded.Create(where, $"PDF 页数 {wanted.Count} (PDF pages)", options.MaxPages));
            }

            foreach (var p in wanted)
            {
                var pixels = (long)(sizes[p - 1].Width / 72 * PdfDpi) * (long)(sizes[p - 1].Height / 72 * PdfDpi);
                if (pixels > options.MaxImagePixels)
                {
                    return Fail(source, DiagnosticCodes.LimitExceeded.Create(where, $"第 {p} 页渲染像素 {pixels} (page {p} pixels at {PdfDpi} dpi)", options.MaxImagePixels));
                }
            }

            var images = new List<GrayImage>();
            foreach (var p in wanted)
            {
                var (image, failed) = Poppler.Render(path, p, PdfDpi, dir, where, Left(clock, options));
                if (failed is not null)
                {
                    return Fail(source, failed);
                }

                images.Add(image!);
            }

            return Read(images, source, clock, options, wanted);
        });
    }

    private static TextGrid Read(List<GrayImage> images, string? source, Stopwatch clock, ReadOptions options, IReadOnlyList<int>? numbers = null)
    {
        var pages = new ScanPage[images.Count];
        Parallel.For(0, images.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => pages[i] = ScanPage.Analyze(numbers?[i] ?? i + 1, images[i]));
        if (clock.Elapsed > options.Timeout)
        {
            return Fail(source, DiagnosticCodes.TimeLimit.Create(SourceLocation.InFile(source), (int)options.Timeout.TotalSeconds));
        }

        var ocr = ScanOcr.Read(pages, source, clock, options.Timeout);
        if (ocr.Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return new TextGrid(source, [], ocr.Diagnostics);
        }

        var grid = new TextGrid(source, ocr.Rows, ocr.Diagnostics);
        return grid with { Diagnostics = [.. grid.Diagnostics, .. ScanChecks.Flag(grid, ocr.Numbers)] };
    }

    /// <summary>
    /// How much to enlarge or shrink a page so that an A4 page is about 2,480 pixels wide (300 dpi): table text is then
    /// 30–45 pixels high. Pages already 2,000–3,600 wide are left alone.
    /// </summary>
    internal static double ScaleFor(int width) => width is >= 2000 and <= 3600 ? 1 : Math.Clamp(2480.0 / width, 0.25, 3);

    private static TimeSpan Left(Stopwatch clock, ReadOptions options)
    {
        var left = options.Timeout - clock.Elapsed;
        return left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1);
    }

    private static TextGrid Fail(string? source, Diagnostic problem) => new(source, [], [problem]);

    private static TextGrid WithTemp(string? source, Func<string, TextGrid> read)
    {
        var dir = Directory.CreateTempSubdirectory("gongkai-scan-");
        try
        {
            return read(dir.FullName);
        }
        catch (IOException e)
        {
            return Fail(source, DiagnosticCodes.FileUnreadable.Create(SourceLocation.InFile(source), e.Message));
        }
        finally
        {
            try
            {
                dir.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Left for the system's temporary-file cleaning.
            }
        }
    }
}
