using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Writing.Export;

/// <summary>
/// The small parts of the workbook package (ECMA-376 Part 2, OPC): content types, relationships, the workbook
/// with its sheet names and defined names, and the styles. The sheets themselves are streamed by <see cref="XlsxSheet"/>.
/// </summary>
internal static class XlsxParts
{
    /// <summary>Cell format indices of <see cref="Styles"/>.</summary>
    public const uint HeaderStyle = 1, KeyStyle = 2;

    /// <summary>宋体 with the GB2312 character set: the font Chinese offices have; LibreOffice substitutes a CJK font.</summary>
    public const string Font = "宋体";

    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public sealed record SheetEntry(string Name, string FilterRange, string PrintTitles);

    public static void WriteWorkbook(ZipArchive zip, IReadOnlyList<SheetEntry> sheets)
    {
        var sheetList = new Sheets();
        var names = new DefinedNames();
        for (var i = 0; i < sheets.Count; i++)
        {
            sheetList.Append(new Sheet { Name = sheets[i].Name, SheetId = (uint)(i + 1), Id = $"rId{i + 1}" });
            var quoted = "'" + sheets[i].Name.Replace("'", "''", StringComparison.Ordinal) + "'!";
            names.Append(new DefinedName(quoted + Absolute(sheets[i].FilterRange)) { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true });
            names.Append(new DefinedName(string.Join(",", sheets[i].PrintTitles.Split(',').Select(t => quoted + t))) { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
        }

        var workbook = new Workbook(new BookViews(new WorkbookView()), sheetList, names);
        workbook.AddNamespaceDeclaration("r", OfficeRelNs);
        WriteElement(zip, "xl/workbook.xml", workbook);

        WriteXml(zip, "xl/_rels/workbook.xml.rels", x =>
        {
            x.WriteStartElement("Relationships", PackageRelNs);
            for (var i = 0; i < sheets.Count; i++)
            {
                Relationship(x, $"rId{i + 1}", OfficeRelNs + "/worksheet", $"worksheets/sheet{i + 1}.xml");
            }

            Relationship(x, $"rId{sheets.Count + 1}", OfficeRelNs + "/styles", "styles.xml");
            x.WriteEndElement();
        });
        WriteXml(zip, "_rels/.rels", x =>
        {
            x.WriteStartElement("Relationships", PackageRelNs);
            Relationship(x, "rId1", OfficeRelNs + "/officeDocument", "xl/workbook.xml");
            x.WriteEndElement();
        });
        WriteXml(zip, "[Content_Types].xml", x =>
        {
            const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
            x.WriteStartElement("Types", ns);
            Default(x, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(x, "xml", "application/xml");
            Override(x, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            Override(x, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            for (var i = 0; i < sheets.Count; i++)
            {
                Override(x, $"/xl/worksheets/sheet{i + 1}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
            }

            x.WriteEndElement();
        });
        WriteElement(zip, "xl/styles.xml", Styles());
    }

    /// <summary>0 plain; 1 header label (bold, wrapped, centred, shaded, bordered); 2 header key (small grey, shaded, bordered).</summary>
    public static Stylesheet Styles() => new(
        new Fonts(
            FontOf(11, bold: false, color: null),
            FontOf(11, bold: true, color: null),
            FontOf(9, bold: false, color: "FF595959"))
        { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }) { PatternType = PatternValues.Solid }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF2F2F2" }) { PatternType = PatternValues.Solid }))
        { Count = 4 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Edge(new LeftBorder()), Edge(new RightBorder()), Edge(new TopBorder()), Edge(new BottomBorder()), new DiagonalBorder()))
        { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
            {
                NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true,
            },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Left, Vertical = VerticalAlignmentValues.Center })
            {
                NumberFormatId = 0, FontId = 2, FillId = 3, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true,
            })
        { Count = 3 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    /// <summary>Writes one DOM element (workbook, styles) as a whole part.</summary>
    public static void WriteElement(ZipArchive zip, string path, OpenXmlElement element)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(stream, new System.Text.UTF8Encoding(false));
        writer.WriteStartDocument();
        writer.WriteElement(element);
        writer.Close();
    }

    private static Font FontOf(double size, bool bold, string? color)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size });
        if (color is not null)
        {
            font.Append(new Color { Rgb = color });
        }

        font.Append(new FontName { Val = Font });
        font.Append(new FontFamilyNumbering { Val = 3 });
        font.Append(new FontCharSet { Val = 134 }); // GB2312
        return font;
    }

    private static T Edge<T>(T border) where T : BorderPropertiesType
    {
        border.Style = BorderStyleValues.Thin;
        border.Append(new Color { Rgb = "FFBFBFBF" });
        return border;
    }

    /// <summary><c>A2:IH1001</c> → <c>$A$2:$IH$1001</c>.</summary>
    private static string Absolute(string range) =>
        string.Join(":", range.Split(':').Select(r =>
        {
            var digits = r.AsSpan().IndexOfAnyInRange('0', '9');
            return "$" + r[..digits] + "$" + r[digits..];
        }));

    private static void WriteXml(ZipArchive zip, string path, Action<XmlWriter> write)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        using var x = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        x.WriteStartDocument(standalone: true);
        write(x);
        x.WriteEndDocument();
    }

    private static void Relationship(XmlWriter x, string id, string type, string target)
    {
        x.WriteStartElement("Relationship", PackageRelNs);
        x.WriteAttributeString("Id", id);
        x.WriteAttributeString("Type", type);
        x.WriteAttributeString("Target", target);
        x.WriteEndElement();
    }

    private static void Default(XmlWriter x, string extension, string contentType)
    {
        x.WriteStartElement("Default", "http://schemas.openxmlformats.org/package/2006/content-types");
        x.WriteAttributeString("Extension", extension);
        x.WriteAttributeString("ContentType", contentType);
        x.WriteEndElement();
    }

    private static void Override(XmlWriter x, string part, string contentType)
    {
        x.WriteStartElement("Override", "http://schemas.openxmlformats.org/package/2006/content-types");
        x.WriteAttributeString("PartName", part);
        x.WriteAttributeString("ContentType", contentType);
        x.WriteEndElement();
    }
}
