using System.Text.Json;
using Gongkai.Core.Tests.Support;
using Gongkai.Reading;
using Gongkai.Reports;

namespace Gongkai.Core.Tests.Golden;

/// <summary>Every seed reads exactly as its hand-checked truth file says (cells, format, year, agency).</summary>
public sealed class SeedTruthTests
{
    public static TheoryData<string> Seeds() => [.. TestPaths.SeedTexts.Select(Path.GetFileNameWithoutExtension).OfType<string>()];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SeedMatchesItsTruthFile(string name)
    {
        var report = Read(name);
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Seeds, name + ".truth.json")));
        var root = truth.RootElement;
        var lenient = root.TryGetProperty("lenient", out var l) ? l.EnumerateArray().Select(e => e.GetString()).ToHashSet() : [];

        Assert.Equal(root.GetProperty("format").GetString(), report.Format.ToJson());
        Assert.Equal(root.GetProperty("year").GetInt32(), report.Year);
        var agency = root.GetProperty("agency").GetString()!;
        Assert.True(report.Agency is not null && (report.Agency.Contains(agency, StringComparison.Ordinal) || agency.Contains(report.Agency, StringComparison.Ordinal)), $"agency {report.Agency} vs {agency}");

        var cells = root.GetProperty("cells");
        Assert.Equal(cells.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal), report.Cells.Keys.Order(StringComparer.Ordinal));
        foreach (var p in cells.EnumerateObject().Where(p => !lenient.Contains(p.Name)))
        {
            decimal? expected = p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.GetDecimal();
            Assert.True(expected == report[p.Name], $"{name} {p.Name}: expected {expected}, got {report[p.Name]}");
        }
    }

    [Fact]
    public void FullestAgencyNameIsTakenFromTheText() =>
        Assert.Equal("重庆市渝北区大盛镇人民政府", Read("001_87e6bf328cd96236").Agency);

    [Fact]
    public void AgencyInTheTitleIsKeptAsPrinted() =>
        Assert.Equal("巨鹿县官亭镇政府", Read("002_eb7ecea5fab37f79").Agency);

    [Fact]
    public void AgencyOnTheLineAboveAMarkdownTitleIsFound() =>
        Assert.Equal("洺州镇人民政府", Read("004_31cc482f1e5f2a44").Agency);

    internal static AnnualReport Read(string name)
    {
        var outcome = ReportPipeline.Default.Read(File.ReadAllBytes(Path.Combine(TestPaths.Seeds, name + ".txt")), name + ".txt");
        return Assert.IsType<AnnualReport>(outcome.Report);
    }
}
