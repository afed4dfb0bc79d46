using System.Collections.Immutable;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>
/// Reads a Word document (DOCX, also as saved by WPS) into a grid with DocumentFormat.OpenXml: the body's
/// paragraphs and text boxes as prose rows, its tables as grid rows (see <see cref="DocxGridBuilder"/>).
/// Headers, footers, footnotes and comments are not read.
/// </summary>
/// <remarks>
/// Call it on a package <see cref="OfficeZip.Inspect"/> accepted. Positions: <c>Line</c> is the ordinal of the
/// paragraph or table row in the document (1-based), <c>Column</c> the grid column of a cell; Word has no pages
/// until it lays the document out, so <c>Page</c> stays 0.
/// </remarks>
internal static class DocxReader
{
    /// <summary>The SDK refuses parts longer than this many characters (its own guard besides <see cref="OfficeZip"/>).</summary>
    private const long MaxCharactersInPart = 64L * 1024 * 1024;

    public static TextGrid Read(byte[] bytes, string? source, ReadOptions options)
    {
        var where = SourceLocation.InFile(source);
        using var stream = new MemoryStream(bytes, writable: false);
        var settings = new OpenSettings
        {
            AutoSave = false,
            MaxCharactersInPart = Math.Min(MaxCharactersInPart, options.MaxDecompressedBytes),
        };
        using var document = WordprocessingDocument.Open(stream, false, settings);
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return new TextGrid(source, [], [DiagnosticCodes.Corrupt.Create(where, "DOCX 没有正文 (no document body)")]);
        }

        var main = document.MainDocumentPart!;
        var builder = DocxGridBuilder.Build(body, source, options.MaxLines, id => AltChunk(main, id, source, options));
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (builder.Tracked)
        {
            diagnostics.Add(DiagnosticCodes.TrackedChanges.Create(where));
        }

        if (builder.Images > 0)
        {
            diagnostics.Add(DiagnosticCodes.ImagesNotRead.Create(where, builder.Images));
        }

        if (builder.Cut)
        {
            diagnostics.Add(DiagnosticCodes.OfficeRowsCut.Create(where, options.MaxLines));
        }

        return new TextGrid(source, builder.Rows, diagnostics.ToImmutable());
    }

    /// <summary>
    /// An HTML chunk a generator imported with <c>w:altChunk</c> (ECMA-376 Part 1 §17.17.2.1; web systems that
    /// "export to Word" do this), read by the HTML reader. Other chunk types (MHT, RTF) are not read.
    /// </summary>
    private static IEnumerable<GridRow> AltChunk(MainDocumentPart main, string id, string? source, ReadOptions options)
    {
        if (!main.TryGetPartById(id, out var part) || part is not AlternativeFormatImportPart chunk
            || !(chunk.ContentType.Contains("html", StringComparison.OrdinalIgnoreCase)))
        {
            return [];
        }

        using var stream = chunk.GetStream(FileMode.Open, FileAccess.Read);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return new HtmlReader().Read(memory.ToArray(), source, options).Rows;
    }
}
