using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using System.Text.Json;
using Gongkai.Cli.Tests.Support;
using Gongkai.Diagnostics;
using Gongkai.Reading;
using Gongkai.Reports;
using Gongkai.Writing;

namespace Gongkai.Cli.Tests;

/// <summary>
/// <c>gongkai parse</c> on one folder holding every format at once (issue 3 item 8): text, HTML, DOCX, XLSX, a PDF
/// printed by LibreOffice and a scan as PNG. Each gets its JSON with the same contract as text; a broken file among
/// them gets its one line and the rest are still written. LibreOffice, poppler and ImageMagick make the fixtures;
/// a missing one fails the test with the package to install.
/// </summary>
public sealed class MixedFormatsTests
{
    private const string Packages = "libreoffice-writer-nogui poppler-utils imagemagick tesseract-ocr tesseract-ocr-chi-sim fonts-noto-cjk";

    [Fact]
    public async Task AFolderOfEveryFormatGetsOneJsonEachAndTheBrokenFileItsOneLine()
    {
        using var dir = new TempDir();
        var report = Generated.Report(41) with { Year = 2024 };
        var docx = DocxWriter.ToBytes(report);
        dir.Write("in/a-text.txt", PlainTextWriter.Write(report, TextLayout.CellPerLine));
        dir.Write("in/b-page.html", HtmlWriter.Write(report));
        dir.Write("in/c-word.docx", docx);
        dir.Write("in/d-sheet.xlsx", Xlsx(PlainTextWriter.Write(report, TextLayout.TabGrid)));
        var pdf = Pdf(dir, docx);
        dir.Write("in/e-printed.pdf", pdf);
        dir.Write("in/f-scan.png", Png(dir, pdf));
        var broken = dir.Write("in/g-broken.docx", docx[..(docx.Length / 2)]);

        var run = await CliRun.Of("parse", dir["in"], "-o", dir["out"]);

        Assert.True(run.Exit == ExitCodes.Unreadable, run.ToString());
        string[] written = ["a-text.json", "b-page.json", "c-word.json", "d-sheet.json", "e-printed.json", "f-scan.json"];
        Assert.Equal(written, Directory.GetFiles(dir["out"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(2, run.StderrLines.Length);
        Assert.StartsWith($"{broken}: error {DiagnosticCodes.Corrupt.Code}: ", run.StderrLines[0]);
        Assert.StartsWith("gongkai: 解析 7 个文件，写出 6 个 JSON", run.StderrLines[1]);
        foreach (var name in written)
        {
            var json = File.ReadAllText(dir["out/" + name]);
            using (var doc = JsonDocument.Parse(json))
            {
                Assert.Equal("annual-report/1", doc.RootElement.GetProperty("schema").GetString());
                Assert.Equal(JsonValueKind.Array, doc.RootElement.GetProperty("diagnostics").ValueKind);
            }

            var read = CanonicalJson.Read(json, name);
            Assert.Equal(report.Format, read.Format);
            if (name != "f-scan.json")
            {
                var wrong = report.Cells.Keys.Where(k => read[k] != report[k]).ToList();
                Assert.True(wrong.Count == 0, $"{name}: {string.Join(", ", wrong.Take(10))}");
            }
        }
    }

    /// <summary>A workbook of one sheet: each tab-separated line a row, numbers as numeric cells, the rest inline strings.</summary>
    private static byte[] Xlsx(string tabGrid)
    {
        var sheet = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        foreach (var (line, r) in tabGrid.Split('\n').Select((l, r) => (l.TrimEnd('\r'), r + 1)))
        {
            sheet.Append(CultureInfo.InvariantCulture, $"<row r=\"{r}\">");
            foreach (var (text, c) in line.Split('\t').Select((t, c) => (t, c)).Where(p => p.t.Length > 0))
            {
                var at = $"{(char)('A' + c)}{r}";
                sheet.Append(decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
                    ? $"<c r=\"{at}\"><v>{text}</v></c>"
                    : $"<c r=\"{at}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(text)}</t></is></c>");
            }

            sheet.Append("</row>");
        }

        sheet.Append("</sheetData></worksheet>");
        (string, string)[] parts =
        [
            ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"""),
            ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""),
            ("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"""),
            ("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""),
            ("xl/worksheets/sheet1.xml", sheet.ToString()),
        ];
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(new UTF8Encoding(false).GetBytes(text));
            }
        }

        return memory.ToArray();
    }

    /// <summary>The DOCX printed to PDF by LibreOffice with a private profile.</summary>
    private static byte[] Pdf(TempDir dir, byte[] docx)
    {
        var input = dir.Write("tools/report.docx", docx);
        var profile = new Uri(dir["tools/profile"]).AbsoluteUri;
        Tool("soffice", ["-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir["tools"], input]);
        return File.ReadAllBytes(dir["tools/report.pdf"]);
    }

    /// <summary>The PDF's pages at 200 dpi in gray (pdftoppm), stacked into one tall PNG (ImageMagick), as a long scan.</summary>
    private static byte[] Png(TempDir dir, byte[] pdf)
    {
        var input = dir.Write("tools/scan.pdf", pdf);
        Tool("pdftoppm", ["-r", "200", "-gray", "-png", input, dir["tools/page"]]);
        var pages = Directory.GetFiles(dir["tools"], "page-*.png").Order(StringComparer.Ordinal);
        Tool("convert", [.. pages, "-append", dir["tools/scan.png"]]);
        return File.ReadAllBytes(dir["tools/scan.png"]);
    }

    private static void Tool(string tool, string[] args)
    {
        var result = ExternalTool.Run(tool, args, SourceLocation.None, TimeSpan.FromMinutes(3), Packages);
        Assert.True(result.Ok, $"{tool} failed: {result.Problem?.Message} {result.StdErr} (install: apt-get install -y --no-install-recommends {Packages})");
    }
}
