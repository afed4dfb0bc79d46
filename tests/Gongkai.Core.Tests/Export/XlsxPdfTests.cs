using Gongkai.Core.Tests.Reading.Pdf;
using Gongkai.Diagnostics;
using Gongkai.Reading;

namespace Gongkai.Core.Tests.Export;

/// <summary>
/// The workbook opens in LibreOffice Calc and prints Chinese: converted to PDF (apt-get install -y
/// --no-install-recommends libreoffice-calc-nogui poppler-utils fonts-noto-cjk), its text holds the headers,
/// agencies and numbers. A missing tool fails the test with the package to install.
/// </summary>
public sealed class XlsxPdfTests
{
    [Fact]
    public void LibreOfficePrintsTheChineseHeadersAgenciesAndNumbers()
    {
        // Debian's libreoffice-writer-nogui cannot open spreadsheets; Calc's library comes with libreoffice-calc-nogui.
        Assert.True(File.Exists("/usr/lib/libreoffice/program/libsclo.so"),
            "LibreOffice Calc is not installed; install it with: apt-get install -y --no-install-recommends libreoffice-calc-nogui");
        var rows = ExportSamples.Generated(3).ToList();
        var dir = Directory.CreateTempSubdirectory("gk-xlsx-pdf-");
        try
        {
            var xlsx = Path.Combine(dir.FullName, "reports.xlsx");
            File.WriteAllBytes(xlsx, XlsxExportTests.Export(rows));
            var pdf = Assert.Single(PdfTools.DocxToPdf([xlsx], dir.FullName));
            PdfTools.Require("pdftotext", "poppler-utils");
            var run = ExternalTool.Run("pdftotext", ["-enc", "UTF-8", pdf, "-"], SourceLocation.InFile(pdf), TimeSpan.FromMinutes(1), "poppler-utils");
            Assert.True(run.Ok, run.Problem?.ToString());
            var text = run.StdOut;

            foreach (var header in new[] { "报告编号", "机构", "所属地区", "年度", "错误数", "自然人", "商业企业", "予以公开", "行政复议", "代码", "级别", "说明" })
            {
                Assert.Contains(header, text, StringComparison.Ordinal);
            }

            Assert.Contains(rows[0].Agency, text.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains(rows[0].Report["s3.received.total"]!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
            Assert.Contains("2024-02-28", text, StringComparison.Ordinal);
            Assert.Contains("s3.received.natural", text, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
