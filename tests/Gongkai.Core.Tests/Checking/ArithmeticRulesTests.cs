using Gongkai.Diagnostics;
using Gongkai.Reports;
using static Gongkai.Core.Tests.Checking.CheckingSamples;

namespace Gongkai.Core.Tests.Checking;

public sealed class ArithmeticRulesTests
{
    [Theory]
    [InlineData(ReportFormat.Revised2021, "received", 1, 2, 0, 0, 0, 0, 3, false)]
    [InlineData(ReportFormat.Revised2021, "received", 1, 2, 0, 0, 0, 0, 4, true)]
    [InlineData(ReportFormat.Revised2021, "other.no_fee", 0, 0, 0, 0, 0, 1, 0, true)]
    [InlineData(ReportFormat.Revised2021, "carried_out", 5, 0, 0, 0, 0, 0, 5, false)]
    [InlineData(ReportFormat.Trial2019, "other", 3, 0, 1, 0, 0, 0, 4, false)]
    [InlineData(ReportFormat.Trial2019, "withheld.state_secret", 0, 0, 0, 0, 2, 0, 1, true)]
    [InlineData(ReportFormat.Trial2019, "total", 7, 1, 1, 1, 1, 1, 12, false)]
    public void RowTotalIsTheSumOfTheSixApplicantColumns(
        ReportFormat format, string row, int natural, int business, int research, int nonprofit, int legal, int otherOrg, int total, bool fires)
    {
        var report = Report(format, Row(row, natural, business, research, nonprofit, legal, otherOrg, total));

        var findings = report.Findings(DiagnosticCodes.RowTotal);

        Assert.Equal(fires ? 1 : 0, findings.Length);
        if (fires)
        {
            Assert.Equal(Severity.Error, findings[0].Severity);
            Assert.Equal(7, findings[0].CellKeys.Length);
            Assert.Equal($"s3.{row}.total", findings[0].CellKeys[0]);
            Assert.Contains($"s3.{row}.natural", findings[0].CellKeys);
        }
    }

    [Fact]
    public void ARowWithABlankCellIsNotAddedUp()
    {
        var report = Report(ReportFormat.Revised2021, Row("received", 1, 2, null, 0, 0, 0, 99));

        Assert.Empty(report.Findings(DiagnosticCodes.RowTotal));
    }

    [Theory]
    [InlineData(ReportFormat.Revised2021, "natural", 0, false)]
    [InlineData(ReportFormat.Revised2021, "natural", 1, true)]
    [InlineData(ReportFormat.Revised2021, "total", 1, true)]
    [InlineData(ReportFormat.Trial2019, "legal", 0, false)]
    [InlineData(ReportFormat.Trial2019, "other_org", -1, true)]
    public void OutcomeTotalIsTheSumOfEveryOutcomeRow(ReportFormat format, string column, int offset, bool fires)
    {
        var report = Consistent(format, seed: 7);
        var key = $"s3.total.{column}";
        report = report.With(key, report[key] + offset);

        var findings = report.Findings(DiagnosticCodes.OutcomeTotal);

        Assert.Equal(fires ? 1 : 0, findings.Length);
        if (fires)
        {
            Assert.Equal(key, findings[0].CellKeys[0]);
            Assert.Equal(format == ReportFormat.Trial2019 ? 20 : 22, findings[0].CellKeys.Length);
        }
    }

    [Fact]
    public void The2021OtherSubRowsCountTowardTheOutcomeTotal()
    {
        var zeros = Consistent(ReportFormat.Revised2021, seed: 1);
        var report = zeros.With("s3.other.misc.natural", zeros["s3.other.misc.natural"] + 2);

        var finding = Assert.Single(report.Findings(DiagnosticCodes.OutcomeTotal));
        Assert.Contains("s3.other.misc.natural", finding.CellKeys);
        Assert.DoesNotContain("s3.other.natural", finding.CellKeys);
    }

    [Theory]
    [InlineData(3, 1, 2, 2, false)]
    [InlineData(3, 1, 2, 1, true)]
    [InlineData(0, 0, 0, 0, false)]
    [InlineData(0, 2, 0, 0, true)]
    public void ReceivedPlusCarriedInEqualsTotalPlusCarriedOut(int received, int carriedIn, int total, int carriedOut, bool fires)
    {
        var report = Report(
            ReportFormat.Revised2021,
            ("s3.received.business", received), ("s3.carried_in.business", carriedIn),
            ("s3.total.business", total), ("s3.carried_out.business", carriedOut));

        var findings = report.Findings(DiagnosticCodes.Balance);

        Assert.Equal(fires ? 1 : 0, findings.Length);
        if (fires)
        {
            Assert.Equal(["s3.received.business", "s3.carried_in.business", "s3.total.business", "s3.carried_out.business"], findings[0].CellKeys.ToArray());
            Assert.Contains("商业企业", findings[0].Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("review", 1, 1, 0, 1, 3, false)]
    [InlineData("review", 1, 1, 0, 1, 4, true)]
    [InlineData("suit_direct", 0, 0, 0, 0, 0, false)]
    [InlineData("suit_after_review", 2, 0, 1, 0, 2, true)]
    public void Table4TotalIsUpheldCorrectedOtherAndPending(string group, int upheld, int corrected, int other, int pending, int total, bool fires)
    {
        var report = Report(
            ReportFormat.Trial2019,
            ($"s4.{group}.upheld", upheld), ($"s4.{group}.corrected", corrected), ($"s4.{group}.other", other),
            ($"s4.{group}.pending", pending), ($"s4.{group}.total", total));

        var findings = report.Findings(DiagnosticCodes.Table4Total);

        Assert.Equal(fires ? 1 : 0, findings.Length);
        if (fires)
        {
            Assert.Equal(5, findings[0].CellKeys.Length);
            Assert.Equal(Severity.Error, findings[0].Severity);
        }
    }

    [Fact]
    public void AFindingPointsAtTheFirstConcernedCellWhosePositionIsKnown()
    {
        var report = Report(ReportFormat.Revised2021, Row("received", 1, 0, 0, 0, 0, 0, 2))
            .WithCell("s3.received.natural", new Cell(1, new SourceLocation("a.txt", 41, 3)))
            .WithCell("s3.received.business", new Cell(0, new SourceLocation(null, 41, 9)))
            with { Source = "report.txt" };

        var finding = Assert.Single(report.Findings(DiagnosticCodes.RowTotal));

        Assert.Equal(new SourceLocation("a.txt", 41, 3), finding.Location);
    }

    [Fact]
    public void AFindingTakesTheReportFileWhenTheCellHasAPositionButNoFile()
    {
        var report = Report(ReportFormat.Revised2021, Row("received", 1, 0, 0, 0, 0, 0, 0))
            .WithCell("s3.received.total", new Cell(0, new SourceLocation(null, 40, 60)))
            with { Source = "report.txt" };

        var finding = Assert.Single(report.Findings(DiagnosticCodes.RowTotal));

        Assert.Equal(new SourceLocation("report.txt", 40, 60), finding.Location);
    }

    [Fact]
    public void AFindingPointsAtTheReportFileWhenNoCellPositionIsKnown()
    {
        var report = Report(ReportFormat.Revised2021, Row("received", 1, 0, 0, 0, 0, 0, 0)) with { Source = "report.txt" };

        var finding = Assert.Single(report.Findings(DiagnosticCodes.RowTotal));

        Assert.Equal(SourceLocation.InFile("report.txt"), finding.Location);
    }
}
