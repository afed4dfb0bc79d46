using System.Buffers.Binary;
using Gongkai.Charts;
using Gongkai.Reports;
using Gongkai.Samples;

namespace Gongkai.Core.Tests.Charts;

/// <summary>
/// Charts as PNG through rsvg-convert (CI installs it: apt-get install -y --no-install-recommends librsvg2-bin
/// fonts-noto-cjk); a missing tool fails with that instruction.
/// </summary>
public sealed class ChartPngTests
{
    public static TheoryData<string> Charts() => ["trend", "mix", "quality"];

    private static Chart Of(string name) => name switch
    {
        "trend" => ReportCharts.Trend([.. Enumerable.Range(2020, 5).Select(y => (y, ReportGenerator.Create(new Random(y), y < 2021 ? ReportFormat.Trial2019 : ReportFormat.Revised2021, y)))], "巨鹿县"),
        "mix" => ReportCharts.OutcomeMix(ReportGenerator.Create(new Random(7), ReportFormat.Revised2021, 2024)),
        _ => ReportCharts.Quality([("模板过时", 37), ("勾稽错误", 112), ("缺少章节", 18)]),
    };

    /// <summary>Width and height from the IHDR chunk, after checking the PNG signature.</summary>
    private static (int Width, int Height) Size(byte[] png)
    {
        Assert.True(png.Length > 33, "too short for a PNG");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void EachDomainChartRendersAsAPngOfItsSize(string name)
    {
        var chart = Of(name);
        var png = ChartPng.Render(chart);
        Assert.Equal((chart.Width, chart.Height), Size(png));
        Assert.True(png.Length > 10_000, $"{png.Length} bytes: a chart with text and marks is more than a blank page");
    }

    [Fact]
    public void ScaleTwoDoublesThePixels() =>
        Assert.Equal((1600, 960), Size(ChartPng.Render(Of("quality"), scale: 2)));

    [Fact]
    public void AnyRequestedSizeIsHonoured() =>
        Assert.Equal((640, 360), Size(ChartPng.FromSvg(ChartSvg.Write(Of("mix") with { Width = 640, Height = 360 }), 640, 360)));

    [Fact]
    public void AnEmptyChartRendersToo() =>
        Assert.Equal((800, 480), Size(ChartPng.Render(ReportCharts.Trend([]))));

    [Fact]
    public void AMissingToolIsAClearErrorNamingThePackage()
    {
        var e = Assert.Throws<InvalidOperationException>(() => ChartPng.FromSvg(ChartSvg.Write(Of("quality")), 800, 480, "rsvg-convert-that-is-not-installed"));
        Assert.Contains("librsvg2-bin", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenSvgIsAClearError()
    {
        var e = Assert.Throws<InvalidOperationException>(() => ChartPng.FromSvg("<svg", 100, 100));
        Assert.Contains("rsvg-convert", e.Message, StringComparison.Ordinal);
    }
}
