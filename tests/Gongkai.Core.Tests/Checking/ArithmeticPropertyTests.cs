using Gongkai.Checking;
using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Samples;

namespace Gongkai.Core.Tests.Checking;

/// <summary>The 勾稽 rules hold on every consistent report and catch every single-cell change of tables 三 and 四.</summary>
public sealed class ArithmeticPropertyTests
{
    [Theory]
    [InlineData(ReportFormat.Trial2019)]
    [InlineData(ReportFormat.Revised2021)]
    public void ConsistentRandomReportsHaveNoArithmeticFindings(ReportFormat format)
    {
        var rng = new Random(20240131 + (int)format);
        for (var i = 0; i < 300; i++)
        {
            var report = ReportGenerator.Create(rng, format);

            var findings = Checker.Check(report);

            Assert.DoesNotContain(findings, d => d.IsArithmetic());

            // Complete and consistent: the only possible finding is the template being out of date.
            var allowed = format == ReportFormat.Trial2019 && report.Year >= 2021 ? DiagnosticCodes.OutdatedTemplate.Code : null;
            Assert.All(findings, d => Assert.Equal(allowed, d.Code));
        }
    }

    [Theory]
    [InlineData(ReportFormat.Trial2019, 11)]
    [InlineData(ReportFormat.Trial2019, 12)]
    [InlineData(ReportFormat.Trial2019, 13)]
    [InlineData(ReportFormat.Revised2021, 21)]
    [InlineData(ReportFormat.Revised2021, 22)]
    [InlineData(ReportFormat.Revised2021, 23)]
    public void EverySingleCellChangeInTables3And4IsCaughtByAnArithmeticErrorNamingThatCell(ReportFormat format, int seed)
    {
        var report = ReportGenerator.Create(new Random(seed), format, busy: seed % 2 == 1);
        var keys = TemplateCatalog.Default.For(format).Where(d => d.Table is 3 or 4).Select(d => d.Key).ToArray();
        Assert.Equal(format == ReportFormat.Trial2019 ? 176 : 190, keys.Length);

        var missed = new List<string>();
        foreach (var key in keys)
        {
            foreach (var delta in new[] { 1m, -1m })
            {
                var changed = report.With(key, report[key] + delta);

                var caught = Checker.Check(changed)
                    .Any(d => d.IsArithmetic() && d.Severity == Severity.Error && d.CellKeys.Contains(key));

                if (!caught)
                {
                    missed.Add($"{key}{delta:+0;-0}");
                }
            }
        }

        Assert.Empty(missed);
    }
}
