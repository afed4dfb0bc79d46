using System.Globalization;
using System.Xml.Linq;
using Gongkai.Charts;

namespace Gongkai.Core.Tests.Charts;

/// <summary>Charts for the tests, and what a test reads back from their SVG.</summary>
internal static class ChartSamples
{
    public static readonly XNamespace SvgNs = "http://www.w3.org/2000/svg";

    public static Chart Grouped() => new(ChartKind.Bars, "本年增/减", ["行政许可", "其他对外管理服务事项", "行政处罚"],
        [new("2023年", [5, -3, 12]), new("2024年", [8, null, -4])]) { Unit = "项", Subtitle = "示例" };

    public static Chart Stacked() => new(ChartKind.StackedBars, "各类办理结果", ["2021年", "2022年", "2023年"],
        [new("予以公开", [12, 30, 25]), new("部分公开", [3, 0, null]), new("不予公开", [2, 4, 6])]) { Unit = "件" };

    public static Chart Lines() => new(ChartKind.Lines, "申请数量", ["2020年", "2021年", "2022年", "2023年"],
        [new("新收申请", [10, 14, null, 9]), new("予以公开", [4, 6, 7, 5])]) { Unit = "件" };

    public static Chart Donut() => new(ChartKind.Donut, "办理结果", ["予以公开", "部分公开", "不予公开", "其他处理"],
        [new("结果", [60, 25, 15, 0])]) { Unit = "件" };

    public static Chart Rows() => new(ChartKind.HorizontalBars, "问题分布", ["模板过时", "勾稽错误", "缺少章节"],
        [new("机构数", [37, 112, 18])]) { Unit = "个机构" };

    public static XElement Parse(string svg) => XDocument.Parse(svg).Root!;

    public static List<XElement> Marks(XElement root, string cls) =>
        [.. root.Descendants().Where(e => (string?)e.Attribute("class") == cls)];

    public static decimal Value(XElement mark) => decimal.Parse((string)mark.Attribute("data-value")!, CultureInfo.InvariantCulture);

    /// <summary>Every text the chart prints (tspans joined into their text).</summary>
    public static List<string> Texts(XElement root) => [.. root.Descendants(SvgNs + "text").Select(t => t.Value)];

    public static List<double> Ticks(XElement root) =>
        [.. Marks(root, "tick").Select(t => double.Parse(t.Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture))];
}
