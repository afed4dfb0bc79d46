using DocumentFormat.OpenXml.Packaging;
using Gongkai.Checking;
using Gongkai.Core.Tests.Support;
using Gongkai.Diagnostics;
using Gongkai.Reading;
using Gongkai.Reports;
using Gongkai.Samples;
using Gongkai.Writing;

namespace Gongkai.Core.Tests.Writing;

/// <summary>A report moved to the 2021 template keeps the shared cells, lists the dropped ones, and gets its totals.</summary>
public sealed class CurrentTemplateTests
{
    private static readonly TemplateCatalog Catalog = TemplateCatalog.Default;

    [Fact]
    public void A2019ReportKeepsEveryCellBothTemplatesPrintAndLeavesThe2021OnlyPartsBlank()
    {
        var report = ReportGenerator.Create(new Random(11), ReportFormat.Trial2019);
        var totals = ReportTotals.Keys(ReportFormat.Revised2021);

        var converted = CurrentTemplate.Convert(report);

        Assert.Equal(ReportFormat.Revised2021, converted.Format);
        Assert.Equal(Catalog.For(ReportFormat.Revised2021).Select(d => d.Key).Order(), converted.Cells.Keys.Order());
        var shared = Catalog.All.Where(d => d.Formats.Count == 2).Select(d => d.Key).Where(k => !totals.Contains(k)).ToList();
        Assert.NotEmpty(shared);
        Assert.All(shared, k => Assert.Equal(report[k], converted[k]));
        var only2021 = Catalog.All.Where(d => d.Formats.SequenceEqual([ReportFormat.Revised2021])).Select(d => d.Key).ToList();
        Assert.All(only2021.Where(k => !totals.Contains(k)), k => Assert.Null(converted[k]));
        Assert.Equal(report.Agency, converted.Agency);
        Assert.Equal(report.Year, converted.Year);
        Assert.Equal(report.Sections, converted.Sections);
    }

    [Fact]
    public void Every2019OnlyCellThatHeldANumberIsReportedAsInfoAndNoOther()
    {
        var report = ReportGenerator.Create(new Random(12), ReportFormat.Trial2019)
            .WithValues([new("s2.procurement.count", 7), new("s2.fees.change", null)]);
        var expected = report.Cells.Where(kv => kv.Value.Value is not null && Catalog[kv.Key].Formats.SequenceEqual([ReportFormat.Trial2019]))
            .Select(kv => kv.Key).Order().ToList();

        var converted = CurrentTemplate.Convert(report);

        Assert.Contains("s2.procurement.count", expected);
        Assert.DoesNotContain("s2.fees.change", expected);
        Assert.All(converted.Diagnostics, d =>
        {
            Assert.Equal(DiagnosticCodes.CellNotInCurrentTemplate.Code, d.Code);
            Assert.Equal(Severity.Info, d.Severity);
        });
        Assert.Equal(expected, converted.Diagnostics.SelectMany(d => d.CellKeys).Order().ToList());
        Assert.Contains(converted.Diagnostics, d => d.CellKeys.Contains("s2.procurement.count") && d.Message.Contains('7', StringComparison.Ordinal));
    }

    [Fact]
    public void AWrongTotalIsReplacedByTheSumOfItsPartsAndAnUnknowableTotalKeepsThePrintedValue()
    {
        var report = ReportGenerator.Create(new Random(13), ReportFormat.Revised2021);
        var received = report["s3.received.total"];
        var wrong = report.WithValues([new("s3.received.total", 999_999), new("s3.withheld.state_secret.natural", null)]);

        var converted = CurrentTemplate.Convert(wrong);

        Assert.Equal(received, converted["s3.received.total"]);
        Assert.Empty(converted.Diagnostics);
        Assert.Equal(report["s3.withheld.state_secret.total"], converted["s3.withheld.state_secret.total"]);
    }

    [Fact]
    public void ASeedInThe2019TemplateBecomesADocxInThe2021TemplateWithoutArithmeticErrors()
    {
        var seed = TestPaths.SeedTexts.Select(p => ReportPipeline.Default.ReadFile(p).Report).First(r => r?.Format == ReportFormat.Trial2019)!;

        var converted = CurrentTemplate.Convert(seed);
        var docx = CurrentTemplate.ToDocx(seed);

        Assert.DoesNotContain(Checker.Check(converted), d => d.Code == DiagnosticCodes.OutdatedTemplate.Code);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var text = document.MainDocumentPart!.Document.InnerText;
        Assert.Contains("申请人无正当理由逾期不补正", text);
        Assert.DoesNotContain("本年增/减", text);
    }
}
