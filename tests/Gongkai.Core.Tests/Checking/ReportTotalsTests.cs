using Gongkai.Checking;
using Gongkai.Reports;
using Gongkai.Samples;

namespace Gongkai.Core.Tests.Checking;

/// <summary>Totals computed from their parts are the values the checker expects, and only totals are touched.</summary>
public sealed class ReportTotalsTests
{
    [Theory]
    [InlineData(ReportFormat.Trial2019)]
    [InlineData(ReportFormat.Revised2021)]
    public void TotalsComputedFromPartsGiveTheSameReportAsAConsistentOne(ReportFormat format)
    {
        var rng = new Random(77 + (int)format);
        var totals = ReportTotals.Keys(format);
        for (var i = 0; i < 100; i++)
        {
            var report = ReportGenerator.Create(rng, format);
            var blanked = report.WithValues(totals.Select(k => new KeyValuePair<string, decimal?>(k, null)));

            var computed = ReportTotals.Compute(blanked);

            Assert.All(report.Cells, kv => Assert.Equal(kv.Value.Value, computed[kv.Key]));
            Assert.DoesNotContain(Checker.Check(computed), d => d.IsArithmetic() && !d.CellKeys.Any(k => k.StartsWith("s3.carried_out", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void TheComputedCellsAreTheTotalColumnTheTotalRowAndTheTable4Totals()
    {
        var keys = ReportTotals.Keys(ReportFormat.Revised2021);

        Assert.Contains("s3.received.total", keys);
        Assert.Contains("s3.total.natural", keys);
        Assert.Contains("s3.total.total", keys);
        Assert.Contains("s4.review.total", keys);
        Assert.DoesNotContain("s3.received.natural", keys);
        Assert.DoesNotContain("s3.carried_out.natural", keys);
    }

    [Fact]
    public void ABlankPartLeavesTheTotalBlankUnlessBlanksCountAsZero()
    {
        var report = AnnualReport.Empty(ReportFormat.Revised2021).WithValues([new("s3.received.natural", 3m)]);

        Assert.Equal(3m, ReportTotals.Compute(report)["s3.received.total"]);
        Assert.Null(ReportTotals.Compute(report, blankAsZero: false)["s3.received.total"]);
        Assert.Equal(0m, ReportTotals.Compute(report)["s4.review.total"]);
    }
}
