using System.Globalization;
using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>
/// Reads PDFs that have a text layer (exported from Word, WPS, LibreOffice or a browser) with poppler's
/// <c>pdftotext -bbox-layout</c>, and rebuilds rows and columns from the word positions (<see cref="PdfLayout"/>).
/// </summary>
/// <remarks>
/// Needs Debian's <c>poppler-utils</c>; without it the read fails with GK0110. More pages than
/// <see cref="ReadOptions.MaxPages"/> is GK0113, a password is GK0114, a damaged file GK0115 with poppler's first
/// error line, a run over <see cref="ReadOptions.Timeout"/> GK0112. A PDF without any text (a scan) gives no rows
/// and GK0801, or is handed to the scan reader passed to the constructor; pages without text in an otherwise
/// readable PDF give GK0802 (or are handed over the same way).
/// </remarks>
/// <param name="scans">Reads the given 1-based pages of a PDF as scanned images, or null to report them only.</param>
public sealed class PdfTextReader(Func<byte[], string?, ReadOptions, IReadOnlyCollection<int>?, TextGrid>? scans = null) : IDocumentReader
{
    /// <summary>The Debian package that provides pdftotext.</summary>
    public const string DebianPackage = "poppler-utils";

    /// <summary>A page with fewer characters than this has no text layer worth reading.</summary>
    private const int MinCharsPerPage = 10;

    public string Name => "pdf";

    /// <summary>True when <c>%PDF</c> appears within the first kilobyte (some producers put junk before it).</summary>
    public bool CanRead(ReadOnlySpan<byte> head) => head[..Math.Min(head.Length, 1024)].IndexOf("%PDF"u8) >= 0;

    public TextGrid Read(byte[] bytes, string? source, ReadOptions options)
    {
        var (pages, problem) = Extract(bytes, source, options);
        if (problem is not null)
        {
            return new TextGrid(source, [], [problem]);
        }

        var where = SourceLocation.InFile(source);
        var blank = pages.Where(p => p.Words.Sum(w => w.Text.Length) < MinCharsPerPage).Select(p => p.Number).ToList();
        if (blank.Count == pages.Count)
        {
            return scans?.Invoke(bytes, source, options, null) ?? new TextGrid(source, [], [DiagnosticCodes.PdfNoTextLayer.Create(where)]);
        }

        var rows = PdfLayout.Build([.. pages.Where(p => !blank.Contains(p.Number))], source, options.MaxLines);
        if (blank.Count == 0)
        {
            return new TextGrid(source, rows, []);
        }

        if (scans?.Invoke(bytes, source, options, blank) is { } scanned)
        {
            var merged = rows.Concat(scanned.Rows).OrderBy(r => r.Location.Page).ToList();
            return new TextGrid(source, [.. merged], scanned.Diagnostics);
        }

        var list = string.Join(", ", blank.Select(p => p.ToString(CultureInfo.InvariantCulture)));
        return new TextGrid(source, rows, [DiagnosticCodes.PdfPagesWithoutText.Create(where, list)]);
    }

    /// <summary>True unless the grid says the PDF had no text layer at all (GK0801).</summary>
    public static bool HasTextLayer(TextGrid grid) => !grid.Diagnostics.Any(d => d.Code == DiagnosticCodes.PdfNoTextLayer.Code);

    /// <summary>True when some page of the PDF (within <see cref="ReadOptions.MaxPages"/>) has text to read; false for scans and unreadable files.</summary>
    public static bool HasTextLayer(byte[] bytes, ReadOptions? options = null)
    {
        var (pages, problem) = Extract(bytes, null, options ?? ReadOptions.Default);
        return problem is null && pages.Any(p => p.Words.Sum(w => w.Text.Length) >= MinCharsPerPage);
    }

    /// <summary>Runs pdftotext on a temporary copy and parses its word boxes, or says why it could not.</summary>
    private static (List<PdfPage> Pages, Diagnostic? Problem) Extract(byte[] bytes, string? source, ReadOptions options)
    {
        var where = SourceLocation.InFile(source);
        var dir = Directory.CreateTempSubdirectory("gongkai-pdf-");
        try
        {
            var path = Path.Combine(dir.FullName, "input.pdf");
            File.WriteAllBytes(path, bytes);
            var last = (options.MaxPages + 1).ToString(CultureInfo.InvariantCulture);
            var run = ExternalTool.Run("pdftotext", ["-bbox-layout", "-enc", "UTF-8", "-f", "1", "-l", last, path, "-"], where, options.Timeout, DebianPackage);
            if (!run.Ok)
            {
                return ([], Problem(run, where));
            }

            var pages = BboxXhtml.Parse(run.StdOut);
            if (pages.Count > options.MaxPages)
            {
                return ([], DiagnosticCodes.LimitExceeded.Create(where, "PDF 页数 (PDF pages)", options.MaxPages));
            }

            return pages.Count == 0 ? ([], DiagnosticCodes.Corrupt.Create(where, "PDF 没有页面 (no pages)")) : (pages, null);
        }
        catch (System.Xml.XmlException e)
        {
            return ([], DiagnosticCodes.ToolFailed.Create(where, "pdftotext", e.Message));
        }
        finally
        {
            try
            {
                dir.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A temporary directory left behind is not the reader's failure.
            }
        }
    }

    /// <summary>Poppler's exit codes: 1 cannot open (a password, or a damaged file), 3 permission denied.</summary>
    private static Diagnostic Problem(ExternalTool.Result run, SourceLocation where)
    {
        if (run.ExitCode < 0)
        {
            return run.Problem!;
        }

        var lines = run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (run.ExitCode == 3 || lines.Any(l => l.Contains("password", StringComparison.OrdinalIgnoreCase) || l.Contains("encrypt", StringComparison.OrdinalIgnoreCase)))
        {
            return DiagnosticCodes.Encrypted.Create(where);
        }

        return DiagnosticCodes.Corrupt.Create(where, "poppler: " + (lines.FirstOrDefault() ?? $"pdftotext exit code {run.ExitCode}"));
    }
}
