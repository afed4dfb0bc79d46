using Gongkai.Diagnostics;
using Gongkai.Reading;
using Gongkai.Reports;
using Gongkai.Writing;

namespace Gongkai.Core.Tests.Reading.Office;

/// <summary>Word 97–2003 files (.doc, and .wps, which WPS saves in the same format) read through LibreOffice's DOCX.</summary>
public sealed class LegacyWordTests
{
    [Fact]
    public void DocFilesConvertedByLibreOfficeReadBackWithEveryCellAndSection()
    {
        var originals = OfficeRoundTrip.Formats.SelectMany(f => Enumerable.Range(0, 2).Select(i => (Format: f, I: i, Report: OfficeRoundTrip.Report(f, i)))).ToList();
        var docs = Soffice.Convert([.. originals.Select(o => DocxWriter.ToBytes(o.Report))], "doc");
        var failures = new List<(int, string)>();
        var names = new[] { "x.doc", "x.wps", "x.docx", "x.txt" };
        for (var k = 0; k < originals.Count; k++)
        {
            var outcome = ReportPipeline.Default.Read(docs[k], names[k % names.Length]);
            Assert.Contains(outcome.Diagnostics, d => d.Code == DiagnosticCodes.ConvertedByTool.Code);
            if (OfficeRoundTrip.Compare(originals[k].Report, outcome) is { } why)
            {
                failures.Add((OfficeRoundTrip.Seed(originals[k].Format, originals[k].I), why));
            }
        }

        OfficeRoundTrip.AssertNone(failures, originals.Count, "written as DOCX and saved as .doc by LibreOffice");
    }

    [Fact]
    public void WithoutLibreOfficeADocGivesToolMissingNamingThePackage()
    {
        var doc = CompoundFileBuilder.Build(("WordDocument", new byte[4096]), ("1Table", new byte[10]));
        var reader = new OfficeReader(new OfficeConverter(["gk-no-such-soffice"]));

        var grid = reader.Read(doc, "x.doc", ReadOptions.Default);

        var d = Assert.Single(grid.Diagnostics);
        Assert.Equal(DiagnosticCodes.ToolMissing.Code, d.Code);
        Assert.Contains("LibreOffice", d.MessageEn, StringComparison.Ordinal);
        Assert.Contains("libreoffice-writer-nogui", d.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void ADocThatLibreOfficeCannotLoadGivesToolFailed()
    {
        var junk = new byte[6000];
        new Random(9).NextBytes(junk);
        var doc = CompoundFileBuilder.Build(("WordDocument", junk));

        var outcome = ReportPipeline.Default.Read(doc, "x.doc");

        Assert.Null(outcome.Report);
        Assert.Equal(DiagnosticCodes.ToolFailed.Code, Assert.Single(outcome.Diagnostics).Code);
    }

    [Fact]
    public void ARealDocWithItsEncryptedFlagSetIsReportedAsEncryptedWithoutConverting()
    {
        var doc = Soffice.Convert([DocxWriter.ToBytes(OfficeRoundTrip.Report(ReportFormat.Revised2021, 0))], "doc")[0];

        // [MS-DOC] 2.5.2: the WordDocument stream starts on a sector with FibBase (wIdent 0xA5EC); fEncrypted is bit 8 of the flags at offset 10.
        var fib = Enumerable.Range(1, (doc.Length / 512) - 1).Select(s => s * 512).First(o => doc[o] == 0xEC && doc[o + 1] == 0xA5);
        doc[fib + 11] |= 0x01;
        var reader = new OfficeReader(new OfficeConverter(["gk-no-such-soffice"]));

        Assert.Equal([DiagnosticCodes.Encrypted.Code], reader.Read(doc, "x.doc", ReadOptions.Default).Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void OpenDocumentTextReadsBackThroughLibreOffice()
    {
        var original = OfficeRoundTrip.Report(ReportFormat.Trial2019, 3);
        var odt = Soffice.Convert([DocxWriter.ToBytes(original)], "odt")[0];

        var outcome = ReportPipeline.Default.Read(odt, "x.odt");

        Assert.Null(OfficeRoundTrip.Compare(original, outcome));
        Assert.Contains(outcome.Diagnostics, d => d.Code == DiagnosticCodes.ConvertedByTool.Code);
    }
}
