using System.Buffers.Binary;
using ExcelDataReader.Exceptions;
using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>
/// Reads office documents into the same grid the text reader produces: Word (DOCX, also from WPS), legacy Word
/// and WPS (.doc, .wps, converted with LibreOffice), OpenDocument text (.odt, converted) and Excel (XLSX, XLS).
/// The format is told by content, never by file name: a ZIP package by its entries (<c>word/document.xml</c>,
/// <c>xl/workbook.xml</c>), an OLE2 compound file by its streams (<c>WordDocument</c>, <c>Workbook</c>/<c>Book</c>,
/// <c>EncryptedPackage</c>).
/// </summary>
/// <remarks>
/// Never throws for bad input. Encrypted or password-protected files give GK0114; corrupt or truncated files,
/// and XML with a DTD, give GK0115 with the reason; a ZIP that would inflate beyond
/// <see cref="ReadOptions.MaxDecompressedBytes"/> gives GK0113 before it is inflated; a missing LibreOffice gives
/// GK0110 naming the Debian package.
/// </remarks>
public sealed class OfficeReader : IDocumentReader
{
    private readonly OfficeConverter converter;

    public OfficeReader()
        : this(OfficeConverter.Default)
    {
    }

    internal OfficeReader(OfficeConverter converter) => this.converter = converter;

    public string Name => "office";

    /// <summary>True for a ZIP local file header (PK\x03\x04) or the OLE2 signature; <see cref="Read"/> tells the rest by content.</summary>
    public bool CanRead(ReadOnlySpan<byte> head) => head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith(CompoundFile.Signature);

    public TextGrid Read(byte[] bytes, string? source, ReadOptions options)
    {
        try
        {
            return bytes.AsSpan().StartsWith(CompoundFile.Signature) ? ReadCompound(bytes, source, options) : ReadZip(bytes, source, options);
        }
        catch (InvalidPasswordException)
        {
            return Fail(source, DiagnosticCodes.Encrypted.Create(SourceLocation.InFile(source)));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever a library throws on a malformed file: the file is unreadable, say why.
            return Fail(source, DiagnosticCodes.Corrupt.Create(SourceLocation.InFile(source), $"{e.GetType().Name}: {e.Message}"));
        }
    }

    private TextGrid ReadZip(byte[] bytes, string? source, ReadOptions options)
    {
        var problem = OfficeZip.Inspect(bytes, source, options, out var names);
        if (problem is not null)
        {
            return Fail(source, problem);
        }

        if (names.Contains("word/document.xml") || names.Any(n => n.StartsWith("word/", StringComparison.OrdinalIgnoreCase) && n.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
        {
            return DocxReader.Read(bytes, source, options);
        }

        if (names.Contains("xl/workbook.xml"))
        {
            return SpreadsheetReader.Read(bytes, source, options, binary: false);
        }

        if (names.Contains("content.xml") && OfficeZip.SmallEntryText(bytes, "mimetype") is { } mime
            && mime.StartsWith("application/vnd.oasis.opendocument.text", StringComparison.Ordinal))
        {
            return Convert(bytes, ".odt", "ODT", source, options);
        }

        return Fail(source, DiagnosticCodes.UnknownFormat.Create(SourceLocation.InFile(source), "ZIP 压缩包，不含 word/document.xml 或 xl/workbook.xml (a ZIP archive that is no Word or Excel file)"));
    }

    private TextGrid ReadCompound(byte[] bytes, string? source, ReadOptions options)
    {
        var where = SourceLocation.InFile(source);
        var file = CompoundFile.Open(bytes, out var error);
        if (file is null)
        {
            return Fail(source, DiagnosticCodes.Corrupt.Create(where, "OLE2: " + error));
        }

        // [MS-OFFCRYPTO] 2.3.4: an encrypted OOXML file is an OLE2 file holding EncryptionInfo and EncryptedPackage.
        if (file.Has("EncryptionInfo") || file.Has("EncryptedPackage"))
        {
            return Fail(source, DiagnosticCodes.Encrypted.Create(where));
        }

        if (file.Has("WordDocument"))
        {
            return WordEncrypted(file) ? Fail(source, DiagnosticCodes.Encrypted.Create(where)) : Convert(bytes, ".doc", "DOC/WPS", source, options);
        }

        if (file.Has("Workbook") || file.Has("Book"))
        {
            return SpreadsheetReader.Read(bytes, source, options, binary: true);
        }

        // Other compound files: LibreOffice knows word processors' formats that have no WordDocument stream (Works, older WPS).
        var grid = Convert(bytes, ".wps", "OLE2", source, options);
        return grid.Diagnostics.Any(d => d.Code == DiagnosticCodes.ToolFailed.Code)
            ? Fail(source, DiagnosticCodes.UnknownFormat.Create(where, $"OLE2 ({string.Join(", ", file.Names.Take(8))})"))
            : grid;
    }

    /// <summary>[MS-DOC] 2.5.2 FibBase: wIdent 0xA5EC (Word 97+) or 0xA5DC (Word 6/95), flag fEncrypted = 0x0100 at offset 10.</summary>
    private static bool WordEncrypted(CompoundFile file) =>
        file.ReadStart("WordDocument", 16) is { Length: >= 12 } fib
        && BinaryPrimitives.ReadUInt16LittleEndian(fib) is 0xA5EC or 0xA5DC
        && (BinaryPrimitives.ReadUInt16LittleEndian(fib.AsSpan(10)) & 0x0100) != 0;

    private TextGrid Convert(byte[] bytes, string extension, string kind, string? source, ReadOptions options)
    {
        var (docx, problem) = converter.ToDocx(bytes, extension, source, options);
        if (docx is null)
        {
            return Fail(source, problem!);
        }

        problem = OfficeZip.Inspect(docx, source, options, out _);
        if (problem is not null)
        {
            return Fail(source, problem);
        }

        var grid = DocxReader.Read(docx, source, options);
        return grid with { Diagnostics = grid.Diagnostics.Insert(0, DiagnosticCodes.ConvertedByTool.Create(SourceLocation.InFile(source), kind, "LibreOffice")) };
    }

    private static TextGrid Fail(string? source, Diagnostic diagnostic) => new(source, [], [diagnostic]);
}
