using Gongkai.Charts;
using static Gongkai.Core.Tests.Charts.ChartSamples;

namespace Gongkai.Core.Tests.Charts;

/// <summary>The SVG of every chart kind: well-formed, Chinese text, one mark per value, round axis ticks, 无数据 when empty.</summary>
public sealed class ChartSvgTests
{
    public static TheoryData<string> Kinds() => ["grouped", "stacked", "lines", "donut", "rows"];

    private static Chart Of(string kind) => kind switch
    {
        "grouped" => Grouped(),
        "stacked" => Stacked(),
        "lines" => Lines(),
        "donut" => Donut(),
        _ => Rows(),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryKindIsWellFormedSvgOnWhiteWithAChineseFont(string kind)
    {
        var chart = Of(kind);
        var root = Parse(ChartSvg.Write(chart));
        Assert.Equal(SvgNs + "svg", root.Name);
        Assert.Equal($"0 0 {chart.Width} {chart.Height}", (string?)root.Attribute("viewBox"));
        Assert.StartsWith("\"Noto Sans CJK SC\"", (string?)root.Attribute("font-family"), StringComparison.Ordinal);
        var background = root.Elements(SvgNs + "rect").First();
        Assert.Equal("#FFFFFF", (string?)background.Attribute("fill"));
        Assert.Equal(chart.Width.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)background.Attribute("width"));
        var texts = Texts(root);
        Assert.Contains(chart.Title, texts);
        Assert.All(chart.Categories, c => Assert.Contains(texts, t => t.Contains(c, StringComparison.Ordinal)));
    }

    [Fact]
    public void GroupedBarsDrawOneBarPerValueWithItsValueOnTop()
    {
        var root = Parse(ChartSvg.Write(Grouped()));
        var bars = Marks(root, "bar");
        Assert.Equal(5, bars.Count); // six values, one null
        Assert.Equal([5m, -3m, 12m, 8m, -4m], bars.OrderBy(b => (string?)b.Attribute("data-series"), StringComparer.Ordinal).Select(Value));
        Assert.Equal(new[] { "5", "-3", "12", "8", "-4" }.Order(StringComparer.Ordinal), Marks(root, "value").Select(v => v.Value).Order(StringComparer.Ordinal));
        Assert.Contains("2023年", Texts(root)); // the legend
        Assert.Contains("单位：项", Texts(root));
        Assert.Contains("示例", Texts(root));
    }

    [Fact]
    public void NegativeBarsHangBelowTheZeroLine()
    {
        var root = Parse(ChartSvg.Write(Grouped()));
        var bars = Marks(root, "bar");
        var up = bars.Single(b => Value(b) == 12);
        var down = bars.Single(b => Value(b) == -3);
        var zero = (double)up.Attribute("y")! + (double)up.Attribute("height")!;
        Assert.Equal(zero, (double)down.Attribute("y")!, 1);
        Assert.Contains(-5, Ticks(root));
    }

    [Fact]
    public void StackedBarsDrawEveryNonZeroValueAndTheTotals()
    {
        var root = Parse(ChartSvg.Write(Stacked()));
        Assert.Equal(7, Marks(root, "bar").Count); // nine values, one zero, one null
        Assert.Equal(["17", "34", "31"], Marks(root, "total").Select(t => t.Value));
        Assert.True(Ticks(root).Max() >= 34);
    }

    [Fact]
    public void LinesHaveAMarkerPerValueAndBreakAtANull()
    {
        var root = Parse(ChartSvg.Write(Lines()));
        Assert.Equal(7, Marks(root, "point").Count);
        var paths = Marks(root, "line");
        Assert.Equal(2, paths.Count);
        Assert.Equal(2, ((string)paths[0].Attribute("d")!).Count(ch => ch == 'M')); // 10, 14 | 9
        Assert.Equal(1, ((string)paths[1].Attribute("d")!).Count(ch => ch == 'M'));
    }

    [Fact]
    public void DonutDrawsASlicePerPositiveValueAndListsEveryCategoryWithItsShare()
    {
        var root = Parse(ChartSvg.Write(Donut()));
        Assert.Equal([60m, 25m, 15m], Marks(root, "slice").Select(Value));
        var texts = Texts(root);
        Assert.Contains("60.0%", texts);
        Assert.Contains("25件", texts);
        Assert.Contains("其他处理", texts);
        Assert.Contains("0件", texts);
        Assert.Equal("100", Marks(root, "total").Single().Value);
    }

    [Fact]
    public void ADonutWithOneSliceIsAWholeRing()
    {
        var chart = Donut() with { Series = [new("结果", [0, 9, null, 0])] };
        var slice = Assert.Single(Marks(Parse(ChartSvg.Write(chart)), "slice"));
        Assert.Equal(4, ((string)slice.Attribute("d")!).Count(ch => ch == 'A')); // two circles of two arcs each
        Assert.Contains("100.0%", Texts(Parse(ChartSvg.Write(chart))));
    }

    [Fact]
    public void HorizontalBarsKeepTheGivenOrder()
    {
        var root = Parse(ChartSvg.Write(Rows()));
        var bars = Marks(root, "bar");
        Assert.Equal(["模板过时", "勾稽错误", "缺少章节"], bars.Select(b => (string?)b.Attribute("data-category")));
        Assert.True((double)bars[0].Attribute("y")! < (double)bars[1].Attribute("y")!);
        Assert.Equal([0, 20, 40, 60, 80, 100, 120], Ticks(root));
    }

    [Theory]
    [InlineData(new[] { 0, 1, 3 }, new[] { 0.0, 1, 2, 3 })]
    [InlineData(new[] { 37, 112, 18 }, new[] { 0.0, 20, 40, 60, 80, 100, 120 })]
    [InlineData(new[] { 9814, 11910 }, new[] { 0.0, 2000, 4000, 6000, 8000, 10000, 12000 })]
    [InlineData(new[] { -7, 12 }, new[] { -10.0, -5, 0, 5, 10, 15 })]
    public void AxisTicksAreRoundAndCoverTheValues(int[] values, double[] ticks)
    {
        var chart = new Chart(ChartKind.Bars, "刻度", [.. values.Select((_, i) => $"类{i}")], [new("值", [.. values.Select(v => (decimal?)v)])]);
        Assert.Equal(ticks, Ticks(Parse(ChartSvg.Write(chart))));
    }

    [Fact]
    public void FractionalValuesGetFractionalTicks()
    {
        var chart = new Chart(ChartKind.Bars, "金额", ["甲", "乙"], [new("万元", [0.5m, 2.25m])]);
        var ticks = Ticks(Parse(ChartSvg.Write(chart)));
        Assert.Contains(0.5, ticks);
        Assert.True(ticks.Max() >= 2.25);
    }

    [Theory]
    [InlineData("no categories")]
    [InlineData("all null")]
    [InlineData("donut of zeros")]
    [InlineData("no series")]
    public void NothingToDrawGivesANoDataChart(string what)
    {
        var chart = what switch
        {
            "no categories" => new Chart(ChartKind.Lines, "趋势", [], [new("新收申请", [])]),
            "all null" => Grouped() with { Series = [new("2023年", [null, null, null])] },
            "donut of zeros" => Donut() with { Series = [new("结果", [0, 0, null, 0])] },
            _ => Rows() with { Series = [] },
        };
        var root = Parse(ChartSvg.Write(chart));
        Assert.Contains("无数据", Texts(root));
        Assert.Contains(chart.Title, Texts(root));
        Assert.Empty(Marks(root, "bar").Concat(Marks(root, "slice")).Concat(Marks(root, "point")));
    }

    [Fact]
    public void MarkupInTextIsEscaped()
    {
        const string name = "<script>alert(\"&\")</script>";
        var chart = Grouped() with { Title = name + "标题", Categories = [name, "乙", "丙"] };
        var svg = ChartSvg.Write(chart);
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        var root = Parse(svg);
        Assert.Contains(name + "标题", Texts(root));
        Assert.Contains(Marks(root, "bar"), b => (string?)b.Attribute("data-category") == name);
    }

    [Fact]
    public void ASeriesWithTheWrongNumberOfValuesIsAProgrammerError() =>
        Assert.Throws<ArgumentException>(() => ChartSvg.Write(Grouped() with { Series = [new("2023年", [1, 2])] }));
}
