using Gongkai.Charts;
using Gongkai.Core.Tests.Support;
using Gongkai.Reading;
using Gongkai.Reports;
using Gongkai.Samples;
using static Gongkai.Core.Tests.Charts.ChartSamples;

namespace Gongkai.Core.Tests.Charts;

/// <summary>The domain charts take the right cells of both templates (cells.tsv) and draw them.</summary>
public sealed class ReportChartsTests
{
    /// <summary>The sum of the cells whose keys match, written out independently of the chart code.</summary>
    private static decimal SumOf(AnnualReport report, Func<string, bool> key) =>
        report.Cells.Where(c => key(c.Key)).Sum(c => c.Value.Value ?? 0);

    private static bool ReasonTotal(string key, string group) =>
        key.StartsWith($"s3.{group}.", StringComparison.Ordinal) && key.EndsWith(".total", StringComparison.Ordinal) && key.Split('.').Length == 4;

    [Theory]
    [InlineData(ReportFormat.Revised2021, 1)]
    [InlineData(ReportFormat.Revised2021, 2)]
    [InlineData(ReportFormat.Trial2019, 3)]
    [InlineData(ReportFormat.Trial2019, 4)]
    public void OutcomeMixTakesTheSixOutcomeGroupsOfEitherTemplate(ReportFormat format, int seed)
    {
        var report = ReportGenerator.Create(new Random(seed), format);
        var chart = ReportCharts.OutcomeMix(report);
        Assert.Equal(["予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理"], chart.Categories);
        var other = format == ReportFormat.Trial2019 ? report["s3.other.total"]!.Value : SumOf(report, k => ReasonTotal(k, "other"));
        decimal[] expected =
        [
            report["s3.disclosed.total"]!.Value,
            report["s3.partial.total"]!.Value,
            SumOf(report, k => ReasonTotal(k, "withheld")),
            SumOf(report, k => ReasonTotal(k, "unable")),
            SumOf(report, k => ReasonTotal(k, "declined")),
            other,
        ];
        Assert.Equal(expected, chart.Series[0].Values.Select(v => v!.Value));
        Assert.Equal(report["s3.total.total"], expected.Sum()); // the six groups are （七）总计

        var root = Parse(ChartSvg.Write(chart));
        Assert.Equal(expected.Where(v => v > 0), Marks(root, "slice").Select(Value));
        Assert.Contains(report.Agency!, Texts(root)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void TheOtherOutcomeOf2021AddsItsThreeReasons()
    {
        Assert.Equal(["s3.other.total"], OutcomeShares.Keys(ReportFormat.Trial2019, "other"));
        Assert.Equal(["s3.other.no_correction.total", "s3.other.no_fee.total", "s3.other.misc.total"],
            OutcomeShares.Keys(ReportFormat.Revised2021, "other"));
        Assert.Equal(8, OutcomeShares.Keys(ReportFormat.Revised2021, "withheld").Count);
    }

    [Fact]
    public void OutcomeMixOfTheSeedReportsWhichReceivedNoApplicationsSaysThereIsNoData()
    {
        // The seeds are small towns' reports: every outcome is 0 or blank, as it is for most towns.
        foreach (var path in TestPaths.SeedTexts)
        {
            var report = Assert.IsType<AnnualReport>(ReportPipeline.Default.Read(File.ReadAllBytes(path), Path.GetFileName(path)).Report);
            var chart = ReportCharts.OutcomeMix(report);
            var root = Parse(ChartSvg.Write(chart));
            Assert.Equal(chart.Series[0].Values.Where(v => v > 0).Select(v => v!.Value), Marks(root, "slice").Select(Value));
            Assert.Equal(chart.Series[0].Values.All(v => v is null or 0), Texts(root).Contains("无数据"));
        }
    }

    [Fact]
    public void OutcomeMixOfABlankReportSaysThereIsNoData()
    {
        var chart = ReportCharts.OutcomeMix(AnnualReport.Empty(ReportFormat.Revised2021));
        Assert.All(chart.Series[0].Values, v => Assert.Null(v));
        Assert.Contains("无数据", Texts(Parse(ChartSvg.Write(chart))));
    }

    [Fact]
    public void TrendSortsTheYearsAddsUpReportsOfTheSameYearAndSumsBothLawsuits()
    {
        var a = ReportGenerator.Create(new Random(11), ReportFormat.Revised2021, 2022);
        var b = ReportGenerator.Create(new Random(12), ReportFormat.Revised2021, 2022);
        var c = ReportGenerator.Create(new Random(13), ReportFormat.Trial2019, 2020);
        var chart = ReportCharts.Trend([(2022, a), (2020, c), (2022, b)], "巨鹿县");
        Assert.Equal(["2020年", "2022年"], chart.Categories);
        Assert.Equal(["新收申请", "予以公开", "行政复议", "行政诉讼"], chart.Series.Select(s => s.Name));
        Assert.Equal([c["s3.received.total"], a["s3.received.total"] + b["s3.received.total"]], chart.Series[0].Values);
        Assert.Equal([c["s3.disclosed.total"], a["s3.disclosed.total"] + b["s3.disclosed.total"]], chart.Series[1].Values);
        Assert.Equal([c["s4.review.total"], a["s4.review.total"] + b["s4.review.total"]], chart.Series[2].Values);
        Assert.Equal(c["s4.suit_direct.total"] + c["s4.suit_after_review.total"], chart.Series[3].Values[0]);
        Assert.StartsWith("巨鹿县", chart.Title, StringComparison.Ordinal);
        Assert.Contains("2020—2022年", chart.Subtitle, StringComparison.Ordinal);
        Assert.Equal(8, Marks(Parse(ChartSvg.Write(chart)), "point").Count);
    }

    [Fact]
    public void TrendLeavesAGapForAYearWithBlankCells()
    {
        var blank = AnnualReport.Empty(ReportFormat.Revised2021);
        var full = ReportGenerator.Create(new Random(5), ReportFormat.Revised2021, 2023);
        var chart = ReportCharts.Trend([(2022, blank), (2023, full)]);
        Assert.Null(chart.Series[0].Values[0]);
        Assert.Equal(full["s3.received.total"], chart.Series[0].Values[1]);
    }

    [Fact]
    public void TrendOfNothingSaysThereIsNoData() =>
        Assert.Contains("无数据", Texts(Parse(ChartSvg.Write(ReportCharts.Trend([])))));

    [Fact]
    public void QualityCountsAgenciesPerCategoryInTheGivenOrder()
    {
        var chart = ReportCharts.Quality([("模板过时", 37), ("勾稽错误", 112), ("缺少章节", 18), ("逾期或未公开", 9)], "邢台市", 268);
        var root = Parse(ChartSvg.Write(chart));
        var bars = Marks(root, "bar");
        Assert.Equal(["模板过时", "勾稽错误", "缺少章节", "逾期或未公开"], bars.Select(b => (string?)b.Attribute("data-category")));
        Assert.Equal([37m, 112m, 18m, 9m], bars.Select(Value));
        Assert.Contains(Texts(root), t => t.Contains("268 个机构", StringComparison.Ordinal));
        Assert.Contains("单位：个机构", Texts(root));
    }
}
