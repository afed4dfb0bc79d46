using System.IO.Compression;
using System.Text;
using Gongkai.Reading;

namespace Gongkai.Core.Tests.Reading.Office;

/// <summary>Hand-made office packages for the reader tests: a DOCX from raw body XML, any ZIP, and the grid a reader makes of them.</summary>
internal static class OfficeSamples
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";

    private const string Rels =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";

    /// <summary>A DOCX whose body is <paramref name="bodyXml"/> (w: is the WordprocessingML prefix; mc, wps, v, wp, a also declared).</summary>
    public static byte[] DocxWithBody(string bodyXml) => DocxWithDocumentXml(
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"><w:body>{bodyXml}</w:body></w:document>""");

    /// <summary>A DOCX package around exactly this document.xml text.</summary>
    public static byte[] DocxWithDocumentXml(string documentXml) =>
        Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes)), ("_rels/.rels", Encoding.UTF8.GetBytes(Rels)), ("word/document.xml", Encoding.UTF8.GetBytes(documentXml)));

    public static byte[] Zip(params (string Name, byte[] Data)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(data);
            }
        }

        return memory.ToArray();
    }

    /// <summary>A paragraph of one run.</summary>
    public static string P(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    /// <summary>A table cell with optional properties XML (gridSpan, vMerge …) and paragraphs.</summary>
    public static string Tc(string text, string properties = "") => $"<w:tc><w:tcPr>{properties}</w:tcPr>{P(text)}</w:tc>";

    public static string Tr(params string[] cells) => $"<w:tr>{string.Concat(cells)}</w:tr>";

    public static string Tbl(params string[] rows) => $"<w:tbl><w:tblPr/><w:tblGrid/>{string.Concat(rows)}</w:tbl>";

    public static TextGrid Read(byte[] bytes, string name = "x.docx", ReadOptions? options = null) =>
        new OfficeReader().Read(bytes, name, options ?? ReadOptions.Default);

    /// <summary>The rows as text: cells joined with '|', one row per line.</summary>
    public static string[] Lines(TextGrid grid) => [.. grid.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text)))];
}
