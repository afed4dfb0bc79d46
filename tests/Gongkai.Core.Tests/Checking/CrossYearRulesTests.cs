using Gongkai.Checking;
using Gongkai.Diagnostics;
using Gongkai.Reports;
using static Gongkai.Core.Tests.Checking.CheckingSamples;

namespace Gongkai.Core.Tests.Checking;

public sealed class CrossYearRulesTests
{
    [Fact]
    public void WithoutAPreviousReportNothingIsComparedAcrossYears()
    {
        var report = Consistent(ReportFormat.Revised2021, seed: 1, year: 2024);

        Assert.DoesNotContain(Checker.Check(report), d => d.Code == DiagnosticCodes.CarryOverMismatch.Code || d.Code == DiagnosticCodes.PreviousNotPrevious.Code);
    }

    [Fact]
    public void CarriedInMatchingLastYearsCarriedOutIsFine()
    {
        var previous = Report(ReportFormat.Revised2021, Row("carried_out", 2, 0, 0, 0, 0, 1, 3)) with { Year = 2023 };
        var report = Report(ReportFormat.Revised2021, Row("carried_in", 2, 0, 0, 0, 0, 1, 3)) with { Year = 2024 };

        Assert.Empty(report.Findings(DiagnosticCodes.CarryOverMismatch, previous));
        Assert.Empty(report.Findings(DiagnosticCodes.PreviousNotPrevious, previous));
    }

    [Fact]
    public void EachColumnWhoseCarriedInDiffersFromLastYearsCarriedOutIsReported()
    {
        var previous = Report(ReportFormat.Trial2019, Row("carried_out", 2, 0, 0, 0, 0, 1, 3)) with { Year = 2020 };
        var report = Report(ReportFormat.Revised2021, Row("carried_in", 1, 0, 0, 0, 0, 1, 2)) with { Year = 2021 };

        var findings = report.Findings(DiagnosticCodes.CarryOverMismatch, previous);

        Assert.Equal([["s3.carried_in.natural"], ["s3.carried_in.total"]], findings.Select(d => d.CellKeys.ToArray()));
        Assert.All(findings, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void BlankCellsOnEitherSideAreNotCompared()
    {
        var previous = Report(ReportFormat.Revised2021, ("s3.carried_out.natural", 5)) with { Year = 2023 };
        var report = Report(ReportFormat.Revised2021, ("s3.carried_in.natural", 1), ("s3.carried_in.business", 1)) with { Year = 2024 };

        var finding = Assert.Single(report.Findings(DiagnosticCodes.CarryOverMismatch, previous));
        Assert.Equal(["s3.carried_in.natural"], finding.CellKeys.ToArray());
    }

    [Theory]
    [InlineData(2023, 2024, false)]
    [InlineData(2022, 2024, true)]
    [InlineData(2024, 2024, true)]
    [InlineData(2025, 2024, true)]
    public void APreviousReportOfAnotherYearIsReportedAndStillCompared(int previousYear, int year, bool fires)
    {
        var previous = Report(ReportFormat.Revised2021, ("s3.carried_out.legal", 4)) with { Year = previousYear, Agency = "某某镇人民政府" };
        var report = Report(ReportFormat.Revised2021, ("s3.carried_in.legal", 0)) with { Year = year };

        var findings = Checker.Check(report, previous);

        Assert.Equal(fires ? 1 : 0, findings.Count(d => d.Code == DiagnosticCodes.PreviousNotPrevious.Code));
        Assert.Single(findings, d => d.Code == DiagnosticCodes.CarryOverMismatch.Code);
    }
}
