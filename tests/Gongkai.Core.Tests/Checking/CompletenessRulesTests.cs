using Gongkai.Diagnostics;
using Gongkai.Reports;
using static Gongkai.Core.Tests.Checking.CheckingSamples;

namespace Gongkai.Core.Tests.Checking;

public sealed class CompletenessRulesTests
{
    [Fact]
    public void EachOfTheSixSectionsMissingIsReportedOnce()
    {
        var findings = AnnualReport.Empty(ReportFormat.Revised2021).Findings(DiagnosticCodes.SectionMissing);

        Assert.Equal(6, findings.Length);
        Assert.All(findings, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Contains(findings, d => d.Message.Contains(SectionKind.Other.Title(), StringComparison.Ordinal));
    }

    [Fact]
    public void ADocumentWhereNothingWasRecognizedIsNotToldItLacksSixSections()
    {
        Assert.Empty(AnnualReport.Empty(ReportFormat.Unknown).Findings(DiagnosticCodes.SectionMissing));
    }

    [Fact]
    public void AnUnrecognizedTemplateWithSomeSectionsStillLacksTheOthers()
    {
        var report = AnnualReport.Empty(ReportFormat.Unknown).WithSection(SectionKind.Overview, SectionKind.Overview.Heading());

        Assert.Equal(5, report.Findings(DiagnosticCodes.SectionMissing).Length);
    }

    [Theory]
    [InlineData(SectionKind.Overview)]
    [InlineData(SectionKind.Problems)]
    [InlineData(SectionKind.Other)]
    public void ASectionAbsentFromTheReportIsMissing(SectionKind kind)
    {
        var report = Consistent(ReportFormat.Revised2021, seed: 3).WithSection(kind, null);

        var finding = Assert.Single(report.Findings(DiagnosticCodes.SectionMissing));
        Assert.Contains(kind.Title(), finding.Message, StringComparison.Ordinal);
        Assert.Empty(finding.CellKeys);
    }

    [Theory]
    [InlineData(SectionKind.Proactive, "s2.")]
    [InlineData(SectionKind.Applications, "s3.")]
    [InlineData(SectionKind.Appeals, "s4.")]
    public void ARecognizedTableWithoutItsHeadingReportsTheHeadingMissing(SectionKind kind, string prefix)
    {
        var report = Consistent(ReportFormat.Revised2021, seed: 3).WithSection(kind, null);

        var finding = Assert.Single(report.Findings(DiagnosticCodes.SectionMissing));
        Assert.Contains("标题", finding.Message, StringComparison.Ordinal);
        Assert.Contains("heading", finding.MessageEn, StringComparison.Ordinal);
        Assert.StartsWith(prefix, Assert.Single(finding.CellKeys), StringComparison.Ordinal);
    }

    [Fact]
    public void BlankCellsAreListedOncePerTable()
    {
        var report = Consistent(ReportFormat.Trial2019, seed: 4)
            .With("s2.fees.change", null).With("s3.partial.legal", null).With("s3.total.total", null);

        var findings = report.Findings(DiagnosticCodes.CellsMissing);

        Assert.Equal(2, findings.Length);
        Assert.Equal(["s2.fees.change"], findings[0].CellKeys.ToArray());
        Assert.Equal(["s3.partial.legal", "s3.total.total"], findings[1].CellKeys.ToArray());
        Assert.All(findings, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void AnEmptyTemplateHasThreeTablesOfBlankCells()
    {
        var findings = AnnualReport.Empty(ReportFormat.Revised2021).Findings(DiagnosticCodes.CellsMissing);

        Assert.Equal([10, 175, 15], findings.Select(d => d.CellKeys.Length));
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("／", true)]
    [InlineData("—", true)]
    [InlineData("——", true)]
    [InlineData("-", true)]
    [InlineData(" 无 ", true)]
    [InlineData("暂无", true)]
    [InlineData("12.5万元", false)]
    [InlineData("约3件", false)]
    public void ACellPrintedAsAPlaceholderIsReported(string printed, bool fires)
    {
        var report = Consistent(ReportFormat.Revised2021, seed: 2)
            .WithCell("s2.fees.amount", new Cell(null, default, printed));

        var findings = report.Findings(DiagnosticCodes.CellPlaceholder);

        Assert.Equal(fires ? 1 : 0, findings.Length);
        if (fires)
        {
            Assert.Equal(["s2.fees.amount"], findings[0].CellKeys.ToArray());
            Assert.Contains(printed.Trim(), findings[0].Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(ReportFormat.Revised2021, "s3.received.natural", true)]
    [InlineData(ReportFormat.Revised2021, "s4.review.pending", true)]
    [InlineData(ReportFormat.Revised2021, "s2.rules.in_force", true)]
    [InlineData(ReportFormat.Trial2019, "s2.licensing.previous", true)]
    [InlineData(ReportFormat.Trial2019, "s2.licensing.change", false)]
    [InlineData(ReportFormat.Trial2019, "s2.fees.change", false)]
    public void ANegativeCountIsAnErrorExceptTheYearlyChangeOf2019(ReportFormat format, string key, bool fires)
    {
        var report = Report(format, (key, -3));

        var findings = report.Findings(DiagnosticCodes.NegativeCount);

        Assert.Equal(fires ? 1 : 0, findings.Length);
        if (fires)
        {
            Assert.Equal([key], findings[0].CellKeys.ToArray());
            Assert.Equal(Severity.Error, findings[0].Severity);
        }
    }

    [Fact]
    public void ANegativeFeeAmountIsNotACountAndIsNotReportedAsOne()
    {
        Assert.Empty(Report(ReportFormat.Revised2021, ("s2.fees.amount", -1.5m)).Findings(DiagnosticCodes.NegativeCount));
    }
}
