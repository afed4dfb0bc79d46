using System.Collections.Immutable;
using Gongkai.Diagnostics;
using Gongkai.Recognition;

namespace Gongkai.Reading;

/// <summary>
/// Reads a document of any supported format into an <see cref="Reports.AnnualReport"/>: picks a reader by
/// content, builds the grid, recognizes the report. Immutable and thread-safe once built.
/// </summary>
public sealed class ReportPipeline
{
    private readonly ImmutableArray<IDocumentReader> readers;

    public ReportPipeline(IEnumerable<IDocumentReader> readers, ReadOptions? options = null)
    {
        this.readers = [.. readers];
        Options = options ?? ReadOptions.Default;
    }

    /// <summary>
    /// Every reader, tried in this order by content: binary formats by their signatures first, then HTML (which
    /// is also text), then plain text, which takes whatever is left.
    /// </summary>
    public static ReportPipeline Default { get; } = new(
    [
        new OfficeReader(),
        new PdfTextReader(ScanReader.ReadPdf),
        new ImageReader(),
        new HtmlReader(),
        new PlainTextReader(),
    ]);

    public ReadOptions Options { get; }

    public IReadOnlyList<IDocumentReader> Readers => readers;

    public ParseOutcome ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return ParseOutcome.Fail(DiagnosticCodes.FileUnreadable.Create(SourceLocation.InFile(path), "文件不存在 (no such file)"));
            }

            if (info.Length > Options.MaxFileBytes)
            {
                return ParseOutcome.Fail(DiagnosticCodes.FileTooLarge.Create(SourceLocation.InFile(path), info.Length, Options.MaxFileBytes));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return ParseOutcome.Fail(DiagnosticCodes.FileUnreadable.Create(SourceLocation.InFile(path), e.Message));
        }

        return Read(bytes, path);
    }

    public ParseOutcome Read(byte[] bytes, string? source) => ReadWithGrid(bytes, source).Outcome;

    /// <summary>
    /// As <see cref="Read"/>, with the grid the reader built (null when no reader took the file): what the web
    /// checker shows as the source of a binary document, whose bytes are not text.
    /// </summary>
    public (ParseOutcome Outcome, TextGrid? Grid) ReadWithGrid(byte[] bytes, string? source)
    {
        var where = SourceLocation.InFile(source);
        if (bytes.Length > Options.MaxFileBytes)
        {
            return (ParseOutcome.Fail(DiagnosticCodes.FileTooLarge.Create(where, bytes.Length, Options.MaxFileBytes)), null);
        }

        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            return (ParseOutcome.Fail(DiagnosticCodes.FileEmpty.Create(where)), null);
        }

        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 4096));
        foreach (var reader in readers)
        {
            if (reader.CanRead(head))
            {
                var grid = reader.Read(bytes, source, Options);
                if (grid.Diagnostics.Any(d => d.Severity == Severity.Error && d.Code.StartsWith("GK01", StringComparison.Ordinal)))
                {
                    return (new ParseOutcome(null, grid.Diagnostics), grid);
                }

                return (Outcome(Recognizer.Recognize(grid)), grid);
            }
        }

        return (ParseOutcome.Fail(DiagnosticCodes.FileBinary.Create(where, Sniff.Describe(head))), null);
    }

    /// <summary>Reads text that is already decoded (tests, the web form).</summary>
    public static ParseOutcome ReadText(string text, string? source = null)
    {
        return Outcome(Recognizer.Recognize(PlainTextReader.ReadText(text, source)));
    }

    /// <summary>A document in which no part of a report was found counts as unreadable (GK0105).</summary>
    private static ParseOutcome Outcome(Reports.AnnualReport report) =>
        report.Diagnostics.Any(d => d.Code == DiagnosticCodes.NotAReport.Code)
            ? new ParseOutcome(null, report.Diagnostics)
            : new ParseOutcome(report, report.Diagnostics);
}
