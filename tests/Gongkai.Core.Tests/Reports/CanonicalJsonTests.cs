using Gongkai.Reports;
using Gongkai.Samples;
using Gongkai.Writing;

namespace Gongkai.Core.Tests.Reports;

public sealed class CanonicalJsonTests
{
    [Theory]
    [InlineData(ReportFormat.Revised2021)]
    [InlineData(ReportFormat.Trial2019)]
    public void WriteThenReadGivesTheSameReport(ReportFormat format)
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var report = ReportGenerator.Create(new Random(seed), format);
            var back = CanonicalJson.Read(CanonicalJson.Write(report));
            Assert.True(report.SameContentAs(back), $"seed {seed}");
            Assert.Equal(CanonicalJson.Write(report), CanonicalJson.Write(back));
        }
    }

    [Fact]
    public void JsonHasExactlyTheTemplateKeysInCatalogOrder()
    {
        var report = ReportGenerator.Create(new Random(1), ReportFormat.Revised2021);
        using var doc = System.Text.Json.JsonDocument.Parse(CanonicalJson.Write(report));
        var keys = doc.RootElement.GetProperty("cells").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(TemplateCatalog.Default.For(ReportFormat.Revised2021).Select(c => c.Key), keys);
        Assert.Equal("annual-report/1", doc.RootElement.GetProperty("schema").GetString());
        Assert.Equal("2021", doc.RootElement.GetProperty("format").GetString());
    }

    [Fact]
    public void ChineseIsWrittenAsUtf8NotEscaped()
    {
        var report = AnnualReport.Empty(ReportFormat.Trial2019) with { Agency = "巨鹿镇" };
        Assert.Contains("\"agency\": \"巨鹿镇\"", CanonicalJson.Write(report), StringComparison.Ordinal);
    }

    [Fact]
    public void AmountsAreWrittenWithoutTrailingZeros()
    {
        var report = AnnualReport.Empty(ReportFormat.Revised2021).WithValues([new("s2.fees.amount", 12.50m), new("s2.rules.issued", 3.0m)]);
        var json = CanonicalJson.Write(report);
        Assert.Contains("\"s2.fees.amount\": 12.5,", json, StringComparison.Ordinal);
        Assert.Contains("\"s2.rules.issued\": 3,", json, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFormatHasEmptyCells()
    {
        var json = CanonicalJson.Write(AnnualReport.Empty(ReportFormat.Unknown));
        Assert.Contains("\"format\": \"unknown\"", json, StringComparison.Ordinal);
        Assert.Contains("\"cells\": {}", json, StringComparison.Ordinal);
    }
}
