using System.Buffers.Binary;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Diagnostics;
using Gongkai.Reading;
using Gongkai.Reports;
using Gongkai.Samples;
using Gongkai.Writing;
using static Gongkai.Core.Tests.Reading.Office.OfficeSamples;

namespace Gongkai.Core.Tests.Reading.Office;

/// <summary>Hostile and broken office files: each gives exactly one documented error, quickly, and never an exception.</summary>
public sealed class BadOfficeFileTests
{
    private const string BillionLaughs =
        """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>"""
        + """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>""";

    private static byte[] Docx() => DocxWriter.ToBytes(ReportGenerator.Create(new Random(7), ReportFormat.Revised2021));

    private static Diagnostic Single(byte[] bytes, DiagnosticDescriptor expected, ReadOptions? options = null, string name = "bad.docx")
    {
        var pipeline = options is null ? ReportPipeline.Default : new ReportPipeline(ReportPipeline.Default.Readers, options);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var outcome = pipeline.Read(bytes, name);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), $"took {started.Elapsed}");
        Assert.Null(outcome.Report);
        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.True((expected.Code, Severity.Error) == (diagnostic.Code, diagnostic.Severity), diagnostic.ToString());
        return diagnostic;
    }

    [Fact]
    public void AZipThatWouldInflateBeyondTheLimitIsRefusedBeforeInflating() =>
        Single(Zip(("word/document.xml", new byte[2 << 20])), DiagnosticCodes.LimitExceeded, new ReadOptions(MaxDecompressedBytes: 1 << 20));

    [Fact]
    public void AZipEntryWithAnAbsurdCompressionRatioIsABomb()
    {
        var d = Single(Zip(("[Content_Types].xml", new byte[20 << 20])), DiagnosticCodes.LimitExceeded);
        Assert.Contains("compression ratio", d.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void AZipWhoseDeclaredSizesLieIsCorruptAndInflatesNoFurtherThanDeclared()
    {
        var xml = "<?xml version=\"1.0\"?><a>" + string.Concat(Enumerable.Range(0, 200_000).Select(i => $"<b>{i}</b>")) + "</a>";
        var bytes = Zip(("word/document.xml", Encoding.UTF8.GetBytes(xml)));
        Patch(bytes, (uint)Encoding.UTF8.GetByteCount(xml), 100);

        var d = Single(bytes, DiagnosticCodes.Corrupt, new ReadOptions(MaxDecompressedBytes: 1 << 20));
        Assert.Contains("word/document.xml", d.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void ABudgetStreamEndsOnceItsBudgetIsSpent()
    {
        using var stream = new BudgetStream(new MemoryStream(new byte[10_000]), 4096);
        var read = 0;
        var buffer = new byte[1000];
        for (var n = stream.Read(buffer); n > 0; n = stream.Read(buffer))
        {
            read += n;
        }

        Assert.True(stream.Exceeded);
        Assert.True(read <= 4096, $"{read} bytes passed");
    }

    [Fact]
    public void BillionLaughsInDocumentXmlIsCorruptNotExpanded()
    {
        var d = Single(DocxWithDocumentXml(BillionLaughs), DiagnosticCodes.Corrupt);
        Assert.Contains("DTD", d.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOpenXmlSdkItselfRefusesADtd()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(DocxWithDocumentXml(BillionLaughs)), false);
        Assert.Throws<XmlException>(() => document.MainDocumentPart!.Document);
    }

    [Fact]
    public void BillionLaughsInAWorksheetIsCorrupt()
    {
        var xlsx = XlsxSamples.Package([XlsxSamples.Plain("S", [["a"]])]);
        Single(Replace(xlsx, "xl/worksheets/sheet1.xml", BillionLaughs), DiagnosticCodes.Corrupt, name: "bad.xlsx");
    }

    [Fact]
    public void XmlNestedThousandsDeepIsRefused()
    {
        var deep = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 2000)) + P("x") + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 2000));
        Single(DocxWithBody(deep), DiagnosticCodes.LimitExceeded);
    }

    [Fact]
    public void ATruncatedDocxIsCorrupt()
    {
        var docx = Docx();
        Single(docx[..(docx.Length / 2)], DiagnosticCodes.Corrupt);
    }

    [Fact]
    public void RandomBytesAfterAZipHeaderAreCorrupt()
    {
        var bytes = new byte[5000];
        new Random(3).NextBytes(bytes);
        "PK\u0003\u0004"u8.CopyTo(bytes);
        Single(bytes, DiagnosticCodes.Corrupt);
    }

    [Fact]
    public void AZipWithoutWordOrExcelPartsIsAnUnknownFormat() =>
        Single(Zip(("readme.txt", "hello"u8.ToArray())), DiagnosticCodes.UnknownFormat);

    [Fact]
    public void AnEncryptedOoxmlPackageIsReportedAsEncrypted() =>
        Single(CompoundFileBuilder.Build(("EncryptionInfo", new byte[200]), ("EncryptedPackage", new byte[5000])), DiagnosticCodes.Encrypted);

    [Fact]
    public void AWordDocumentWithTheEncryptedFlagIsReportedAsEncrypted()
    {
        var fib = new byte[4096];
        BinaryPrimitives.WriteUInt16LittleEndian(fib, 0xA5EC);
        BinaryPrimitives.WriteUInt16LittleEndian(fib.AsSpan(10), 0x0100);
        Single(CompoundFileBuilder.Build(("WordDocument", fib), ("1Table", new byte[100])), DiagnosticCodes.Encrypted, name: "bad.doc");
    }

    [Fact]
    public void AnOle2HeaderOverGarbageIsCorrupt() =>
        Single([.. CompoundFileBuilder.CompoundSignature(), .. new byte[100]], DiagnosticCodes.Corrupt, name: "bad.doc");

    [Fact]
    public void AWorkbookStreamOfGarbageIsCorrupt()
    {
        var garbage = new byte[6000];
        new Random(5).NextBytes(garbage);
        Single(CompoundFileBuilder.Build(("Workbook", garbage)), DiagnosticCodes.Corrupt, name: "bad.xls");
    }

    [Fact]
    public void APasswordProtectedXlsIsReportedAsEncrypted() =>
        Single(XlsSamples.Write("S", [["规章", 1.0]], encrypted: true), DiagnosticCodes.Encrypted, name: "bad.xls");

    /// <summary>Rewrites the declared uncompressed size in the local header and the central directory.</summary>
    private static void Patch(byte[] zip, uint actual, uint declared)
    {
        var patched = 0;
        for (var i = 0; i + 4 <= zip.Length; i++)
        {
            var at = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i)) switch
            {
                0x04034B50 => i + 22,
                0x02014B50 => i + 24,
                _ => -1,
            };
            if (at > 0 && BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at)) == actual)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at), declared);
                patched++;
            }
        }

        Assert.Equal(2, patched);
    }

    private static byte[] Replace(byte[] zip, string name, string text)
    {
        using var input = new System.IO.Compression.ZipArchive(new MemoryStream(zip), System.IO.Compression.ZipArchiveMode.Read);
        return Zip([.. input.Entries.Select(e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return (e.FullName, e.FullName == name ? Encoding.UTF8.GetBytes(text) : m.ToArray());
        })]);
    }
}
