using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gongkai.Diagnostics;
using Gongkai.Reading;

namespace Gongkai.Core.Tests.Reading.Pdf;

/// <summary>PDFs that cannot be read give one clear error, never an exception: password, damage, too many pages, no text.</summary>
public sealed class PdfProblemTests
{
    private static byte[] AWordPdf => PdfCorpus.Instance.Of("word").First().Pdf;

    [Fact]
    public void APasswordProtectedPdfIsGK0114()
    {
        var encrypted = PdfTools.Qpdf(AWordPdf, "--encrypt", "user-secret", "owner-secret", "256", "--", "{in}", "{out}");

        var outcome = ReportPipeline.Default.Read(encrypted, "locked.pdf");

        Assert.True(outcome.Unreadable);
        Assert.Equal(DiagnosticCodes.Encrypted.Code, Assert.Single(outcome.Diagnostics).Code);
    }

    [Fact]
    public void ATruncatedPdfIsGK0115WithPopplersFirstError()
    {
        var pdf = AWordPdf;

        var outcome = ReportPipeline.Default.Read(pdf[..(pdf.Length / 2)], "cut.pdf");

        Assert.True(outcome.Unreadable);
        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal(DiagnosticCodes.Corrupt.Code, d.Code);
        Assert.Contains("poppler:", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AHundredPagePdfOverSixtyPagesIsGK0113Quickly()
    {
        var args = new List<string> { "--empty", "--pages" };
        args.AddRange(Enumerable.Repeat("{in}", 40));
        args.AddRange(["--", "{out}"]);
        var big = PdfTools.Qpdf(AWordPdf, [.. args]);
        var pipeline = new ReportPipeline(ReportPipeline.Default.Readers, new ReadOptions(MaxPages: 60));

        var clock = Stopwatch.StartNew();
        var outcome = pipeline.Read(big, "big.pdf");

        Assert.True(PdfTools.PageCount(big) >= 100, $"the test PDF has {PdfTools.PageCount(big)} pages");
        Assert.Equal(DiagnosticCodes.LimitExceeded.Code, Assert.Single(outcome.Diagnostics).Code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void APdfWithoutTextIsGK0801AndHasNoTextLayer()
    {
        var scan = DrawingOnlyPdf();

        var grid = new PdfTextReader().Read(scan, "scan.pdf", ReadOptions.Default);
        var outcome = ReportPipeline.Default.Read(scan, "scan.pdf");

        Assert.Empty(grid.Rows);
        Assert.Equal(DiagnosticCodes.PdfNoTextLayer.Code, Assert.Single(grid.Diagnostics).Code);
        Assert.False(PdfTextReader.HasTextLayer(grid));
        Assert.False(PdfTextReader.HasTextLayer(scan));
        Assert.True(PdfTextReader.HasTextLayer(AWordPdf));
        // The default pipeline hands such a PDF to the scan reader: a drawing holds no report, so nothing is read.
        Assert.True(outcome.Unreadable, string.Join("; ", outcome.Diagnostics));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == DiagnosticCodes.PdfNoTextLayer.Code);
        Assert.Contains(outcome.Diagnostics, d => d.Code == DiagnosticCodes.NotAReport.Code);
    }

    [Fact]
    public void APdfWithoutTextGoesToTheScanReaderWhenOneIsGiven()
    {
        IReadOnlyCollection<int>? asked = [-1];
        var reader = new PdfTextReader((bytes, source, options, pages) =>
        {
            asked = pages;
            return new TextGrid(source, [GridRow.Prose("扫描", SourceLocation.InFile(source))], []);
        });

        var grid = reader.Read(DrawingOnlyPdf(), "scan.pdf", ReadOptions.Default);

        Assert.Null(asked);
        Assert.Equal("扫描", Assert.Single(grid.Rows).Text);
    }

    [Theory]
    [InlineData("%PDF-1.7\n", true)]
    [InlineData("\r\n\r\n%PDF-1.4", true)]
    [InlineData("PK\u0003\u0004", false)]
    [InlineData("<html>%PDF", true)]
    public void APdfIsKnownByItsSignatureWithinTheFirstKilobyte(string head, bool pdf) =>
        Assert.Equal(pdf, new PdfTextReader().CanRead(Encoding.ASCII.GetBytes(head)));

    [Fact]
    public void ASignatureAfterTheFirstKilobyteIsNotAPdf() =>
        Assert.False(new PdfTextReader().CanRead(Encoding.ASCII.GetBytes(new string(' ', 1100) + "%PDF-1.7")));

    /// <summary>A one-page PDF that draws a rectangle and prints no text: what a scanner's PDF looks like to pdftotext.</summary>
    internal static byte[] DrawingOnlyPdf()
    {
        const string Content = "0.5 g 72 600 300 120 re f\n";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            $"<< /Length {Content.Length} >>\nstream\n{Content}endstream",
        ];
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = sb.Length;
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => sb.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n"));
        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
