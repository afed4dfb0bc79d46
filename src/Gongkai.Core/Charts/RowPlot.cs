using System.Xml.Linq;

namespace Gongkai.Charts;

/// <summary>Horizontal bars: one row per category (its name on the left), the value axis along the bottom.</summary>
internal static class RowPlot
{
    private const double LabelSize = 13, TickSize = 12, ValueSize = 12;

    public static void Draw(ChartFrame frame)
    {
        var chart = frame.Chart;
        if (chart.Series.Count > 1)
        {
            frame.AddLegend([.. chart.Series.Select(s => s.Name)]);
        }

        var values = chart.Series.SelectMany(s => s.Values).OfType<decimal>().ToArray();
        var scale = NiceScale.For((double)values.Min(), (double)values.Max(), ticks: 6, integers: values.All(v => v == decimal.Truncate(v)));
        var top = frame.Top + (string.IsNullOrEmpty(chart.Unit) ? 4 : 22);
        var bottom = frame.Bottom - TickSize - 18;
        var labelWidth = Math.Min(chart.Categories.Max(c => Svg.Width(c, LabelSize)), (frame.Right - frame.Left) * 0.35);
        var left = frame.Left + labelWidth + 12;
        var valueRoom = values.Max(v => Svg.Width(Svg.Number(v), ValueSize)) + 10;
        var right = frame.Right - valueRoom;
        var band = (bottom - top) / chart.Categories.Count;
        double X(double v) => scale.Map(v, left, right);

        var root = frame.Root;
        if (!string.IsNullOrEmpty(chart.Unit))
        {
            root.Add(Svg.Text(frame.Left, top - 8, "单位：" + chart.Unit, TickSize, fill: Svg.Muted, more: new XAttribute("class", "unit")));
        }

        var axis = Svg.Element("g", new XAttribute("class", "value-axis"));
        foreach (var tick in scale.Ticks())
        {
            axis.Add(Svg.Line(X(tick), top, X(tick), bottom, tick == 0 ? Svg.Axis : Svg.Grid));
            axis.Add(Svg.Text(X(tick), bottom + TickSize + 6, scale.Label(tick), TickSize, "middle", Svg.Muted, more: new XAttribute("class", "tick")));
        }

        root.Add(axis);
        var categoryAxis = Svg.Element("g", new XAttribute("class", "category-axis"));
        var plot = Svg.Element("g", new XAttribute("class", "plot"));
        var thickness = Math.Min(band * 0.62 / chart.Series.Count, 30);
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var middle = top + (band * (c + 0.5));
            var lines = Svg.Wrap(chart.Categories[c], LabelSize, labelWidth, 2);
            var first = middle + (LabelSize * 0.36) - ((lines.Count - 1) * LabelSize * 1.3 / 2);
            categoryAxis.Add(Svg.Lines(left - 10, first, lines, LabelSize, "end"));
            var y0 = middle - (thickness * chart.Series.Count / 2);
            for (var s = 0; s < chart.Series.Count; s++)
            {
                if (chart.Series[s].Values[c] is not { } value)
                {
                    continue;
                }

                var (from, to) = (X(0), X((double)value));
                var y = y0 + (s * thickness);
                plot.Add(Svg.Rect(Math.Min(from, to), y + 1, Math.Abs(to - from), thickness - 2, frame.Color(s),
                    new XAttribute("class", "bar"), new XAttribute("data-series", chart.Series[s].Name),
                    new XAttribute("data-category", chart.Categories[c]), new XAttribute("data-value", value)));
                var labelX = value >= 0 ? to + 6 : to - 6;
                plot.Add(Svg.Text(labelX, y + (thickness / 2) + (ValueSize * 0.36), Svg.Number(value), ValueSize, value >= 0 ? "start" : "end",
                    more: new XAttribute("class", "value")));
            }
        }

        root.Add(categoryAxis);
        root.Add(plot);
    }
}
