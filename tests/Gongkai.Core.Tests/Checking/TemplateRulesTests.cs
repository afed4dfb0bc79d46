using Gongkai.Checking;
using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Core.Tests.Checking;

public sealed class TemplateRulesTests
{
    public static TheoryData<ReportFormat, int?, DiagnosticDescriptor?> Cases => new()
    {
        { ReportFormat.Trial2019, 2019, null },
        { ReportFormat.Trial2019, 2020, null },
        { ReportFormat.Trial2019, 2021, DiagnosticCodes.OutdatedTemplate },
        { ReportFormat.Trial2019, 2024, DiagnosticCodes.OutdatedTemplate },
        { ReportFormat.Revised2021, 2020, DiagnosticCodes.TemplateBeforeItsTime },
        { ReportFormat.Revised2021, 2019, DiagnosticCodes.TemplateBeforeItsTime },
        { ReportFormat.Revised2021, 2021, null },
        { ReportFormat.Revised2021, 2025, null },
        { ReportFormat.Revised2021, null, null },
        { ReportFormat.Unknown, 2024, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheTemplateMustBeTheOneInForceForTheYear(ReportFormat format, int? year, DiagnosticDescriptor? expected)
    {
        var report = AnnualReport.Empty(format) with { Year = year };

        var findings = Checker.Check(report)
            .Where(d => d.Code == DiagnosticCodes.OutdatedTemplate.Code || d.Code == DiagnosticCodes.TemplateBeforeItsTime.Code)
            .ToArray();

        Assert.Equal(expected is null ? [] : [expected.Code], findings.Select(d => d.Code));
        if (expected is not null)
        {
            Assert.Equal(expected.Severity, findings[0].Severity);
            Assert.Contains(year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), findings[0].Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnOutdatedTemplateIsAnError() => Assert.Equal(Severity.Error, DiagnosticCodes.OutdatedTemplate.Severity);

    [Theory]
    [InlineData("000_c9419c5d055fd0e3", true)]
    [InlineData("001_87e6bf328cd96236", false)]
    [InlineData("002_eb7ecea5fab37f79", true)]
    [InlineData("003_f58c1eee52b87a48", false)]
    [InlineData("004_31cc482f1e5f2a44", true)]
    public void ThreeSeedReportsUseThe2019TablesForLaterYears(string seed, bool outdated)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Golden", "seeds", seed + ".truth.json");
        var report = Gongkai.Writing.CanonicalJson.Read(File.ReadAllText(path), path);

        var findings = Checker.Check(report);

        Assert.Equal(outdated, findings.Any(d => d.Code == DiagnosticCodes.OutdatedTemplate.Code));
        Assert.DoesNotContain(findings, d => d.IsArithmetic());
    }
}
