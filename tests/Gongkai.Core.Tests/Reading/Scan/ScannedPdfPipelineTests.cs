using System.Globalization;
using System.Text;
using Gongkai.Diagnostics;
using Gongkai.Reading;
using Gongkai.Reports;
using Gongkai.Samples;
using Gongkai.Writing;

namespace Gongkai.Core.Tests.Reading.Scan;

/// <summary>
/// A scanned PDF — page images and no text layer, as a scanner or a "print to PDF" of a photo makes — goes
/// through the default pipeline to OCR and comes back as a report: the PDF reader hands it to the scan reader.
/// </summary>
public sealed class ScannedPdfPipelineTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact]
    public void AnImageOnlyPdfIsReadByOcrThroughTheDefaultPipeline()
    {
        var report = ReportGenerator.Create(new Random(11), ReportFormat.Revised2021);
        var dir = Directory.CreateTempSubdirectory("gongkai-scanpdf-");
        try
        {
            // DOCX → PDF (LibreOffice) → page 2, where table 三 starts, as a 300 dpi JPEG → a PDF holding only that image.
            var docx = Path.Combine(dir.FullName, "report.docx");
            File.WriteAllBytes(docx, DocxWriter.ToBytes(report));
            var profile = new Uri(Path.Combine(dir.FullName, "profile")).AbsoluteUri;
            Run("soffice", ["-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir.FullName, docx], "libreoffice-writer-nogui");
            Run("pdftoppm", ["-f", "2", "-l", "2", "-r", "300", "-gray", "-jpeg", "-jpegopt", "quality=90", Path.Combine(dir.FullName, "report.pdf"), Path.Combine(dir.FullName, "page")], "poppler-utils");
            var jpeg = File.ReadAllBytes(Directory.GetFiles(dir.FullName, "page*.jpg").Single());
            var scan = ImagePdf(jpeg);

            var outcome = ReportPipeline.Default.Read(scan, "scan.pdf");

            var read = Assert.IsType<AnnualReport>(outcome.Report is null ? throw new Xunit.Sdk.XunitException(string.Join("\n", outcome.Diagnostics)) : outcome.Report);
            Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == DiagnosticCodes.PdfNoTextLayer.Code);
            var keys = TemplateCatalog.Default.For(report.Format).Where(d => d.Table == 3).Select(d => d.Key).ToList();
            var exact = keys.Count(k => read[k] == report[k]);
            Assert.True(exact >= keys.Count * 0.95, $"table 三 read {exact}/{keys.Count} exactly from the scanned PDF");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Width, height and colour components from the JPEG's start-of-frame marker.</summary>
    private static (int Width, int Height, int Components) JpegSize(byte[] jpeg)
    {
        for (var i = 2; i + 8 < jpeg.Length;)
        {
            var marker = jpeg[i + 1];
            var length = (jpeg[i + 2] << 8) | jpeg[i + 3];
            if (marker is >= 0xC0 and <= 0xC3)
            {
                return ((jpeg[i + 7] << 8) | jpeg[i + 8], (jpeg[i + 5] << 8) | jpeg[i + 6], jpeg[i + 9]);
            }

            i += 2 + length;
        }

        throw new InvalidOperationException("no JPEG frame header");
    }

    private static void Run(string tool, string[] args, string package)
    {
        var result = ExternalTool.Run(tool, args, SourceLocation.None, Limit, package);
        Assert.True(result.Ok, $"{tool}: {result.Problem?.Message ?? result.StdErr}");
    }

    /// <summary>A one-page PDF whose page is the given JPEG (DCTDecode) and nothing else.</summary>
    private static byte[] ImagePdf(byte[] jpeg)
    {
        var (width, height, components) = JpegSize(jpeg);
        var colours = components == 1 ? "/DeviceGray" : "/DeviceRGB";
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Text(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        void Object(string body)
        {
            offsets.Add(pdf.Position);
            Text($"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }

        var (w, h) = (595, 842);
        var content = string.Create(CultureInfo.InvariantCulture, $"q {w} 0 0 {h} 0 0 cm /Im0 Do Q");
        Text("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w} {h}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>"));
        offsets.Add(pdf.Position);
        Text(string.Create(CultureInfo.InvariantCulture, $"4 0 obj\n<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace {colours} /BitsPerComponent 8 /Filter /DCTDecode /Length {jpeg.Length} >>\nstream\n"));
        pdf.Write(jpeg);
        Text("\nendstream\nendobj\n");
        Object(string.Create(CultureInfo.InvariantCulture, $"<< /Length {content.Length} >>\nstream\n{content}\nendstream"));
        var xref = pdf.Position;
        Text(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n"));
        foreach (var o in offsets)
        {
            Text(string.Create(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n"));
        }

        Text(string.Create(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }
}
