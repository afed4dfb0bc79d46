using System.Xml.Linq;

namespace Gongkai.Charts;

/// <summary>Vertical bars (side by side or stacked) and lines over categories, with a value axis of round ticks.</summary>
internal static class ColumnPlot
{
    private const double TickSize = 12, CategorySize = 12, ValueSize = 11;

    public static void Draw(ChartFrame frame)
    {
        var chart = frame.Chart;
        if (chart.Series.Count > 1)
        {
            frame.AddLegend([.. chart.Series.Select(s => s.Name)], lineKeys: chart.Kind == ChartKind.Lines);
        }

        var (low, high) = Extent(chart);
        var top = frame.Top + (string.IsNullOrEmpty(chart.Unit) ? 4 : 22);
        var categories = chart.Categories.Count;
        var scale = NiceScale.For(low, high, ticks: 6, integers: Integral(chart));
        var tickWidth = scale.Ticks().Max(t => Svg.Width(scale.Label(t), TickSize));
        var left = frame.Left + tickWidth + 10;
        var band = (frame.Right - left) / categories;
        var labels = chart.Categories.Select(c => Svg.Wrap(c, CategorySize, band - 6, 2)).ToArray();
        var bottom = frame.Bottom - (labels.Max(l => l.Count) * CategorySize * 1.3) - 10;
        double Y(double v) => scale.Map(v, bottom, top + 14);

        var root = frame.Root;
        if (!string.IsNullOrEmpty(chart.Unit))
        {
            root.Add(Svg.Text(frame.Left, top - 8, "单位：" + chart.Unit, TickSize, fill: Svg.Muted, more: new XAttribute("class", "unit")));
        }

        var axis = Svg.Element("g", new XAttribute("class", "value-axis"));
        foreach (var tick in scale.Ticks())
        {
            axis.Add(Svg.Line(left, Y(tick), frame.Right, Y(tick), tick == 0 ? Svg.Axis : Svg.Grid));
            axis.Add(Svg.Text(left - 8, Y(tick) + (TickSize * 0.36), scale.Label(tick), TickSize, "end", Svg.Muted, more: new XAttribute("class", "tick")));
        }

        root.Add(axis);
        var categoryAxis = Svg.Element("g", new XAttribute("class", "category-axis"));
        for (var c = 0; c < categories; c++)
        {
            categoryAxis.Add(Svg.Lines(left + (band * (c + 0.5)), bottom + CategorySize + 8, labels[c], CategorySize, "middle"));
        }

        root.Add(categoryAxis);
        var plot = Svg.Element("g", new XAttribute("class", "plot"));
        switch (chart.Kind)
        {
            case ChartKind.StackedBars:
                Stacked(frame, plot, left, band, Y);
                break;
            case ChartKind.Lines:
                Lines(frame, plot, left, band, Y);
                break;
            default:
                Grouped(frame, plot, left, band, Y);
                break;
        }

        root.Add(plot);
    }

    private static void Grouped(ChartFrame frame, XElement plot, double left, double band, Func<double, double> y)
    {
        var series = frame.Chart.Series;
        var group = band * (series.Count == 1 ? 0.5 : 0.72);
        var width = Math.Min(group / series.Count, 56);
        for (var c = 0; c < frame.Chart.Categories.Count; c++)
        {
            var x0 = left + (band * (c + 0.5)) - (width * series.Count / 2);
            for (var s = 0; s < series.Count; s++)
            {
                if (series[s].Values[c] is not { } value)
                {
                    continue;
                }

                var x = x0 + (s * width);
                var (from, to) = (y(0), y((double)value));
                plot.Add(Bar(frame, s, c, value, x + 1, Math.Min(from, to), width - 2, Math.Abs(to - from)));
                var label = Svg.Number(value);
                if (Svg.Width(label, ValueSize) <= width + 8)
                {
                    var ly = value >= 0 ? to - 4 : to + ValueSize + 2;
                    plot.Add(Svg.Text(x + (width / 2), ly, label, ValueSize, "middle", more: new XAttribute("class", "value")));
                }
            }
        }
    }

    private static void Stacked(ChartFrame frame, XElement plot, double left, double band, Func<double, double> y)
    {
        var series = frame.Chart.Series;
        var width = Math.Min(band * 0.5, 64);
        for (var c = 0; c < frame.Chart.Categories.Count; c++)
        {
            var x = left + (band * (c + 0.5)) - (width / 2);
            decimal up = 0, down = 0;
            for (var s = 0; s < series.Count; s++)
            {
                if (series[s].Values[c] is not { } value || value == 0)
                {
                    continue;
                }

                var start = value > 0 ? up : down;
                var end = start + value;
                (up, down) = value > 0 ? (end, down) : (up, end);
                var (from, to) = (y((double)start), y((double)end));
                var height = Math.Abs(to - from);
                plot.Add(Bar(frame, s, c, value, x, Math.Min(from, to), width, height));
                var label = Svg.Number(value);
                if (height >= ValueSize + 4 && Svg.Width(label, ValueSize) <= width - 4)
                {
                    plot.Add(Svg.Text(x + (width / 2), ((from + to) / 2) + (ValueSize * 0.36), label, ValueSize, "middle", "#FFFFFF", more: new XAttribute("class", "value")));
                }
            }

            if (series.Any(s => s.Values[c] is not null))
            {
                plot.Add(Svg.Text(x + (width / 2), y((double)up) - 4, Svg.Number(up + down), ValueSize, "middle", bold: true, more: new XAttribute("class", "total")));
            }
        }
    }

    private static void Lines(ChartFrame frame, XElement plot, double left, double band, Func<double, double> y)
    {
        var chart = frame.Chart;
        var points = new List<(double X, double Y, decimal Value, int Series)>();
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var color = frame.Color(s);
            var values = chart.Series[s].Values;
            var path = new System.Text.StringBuilder();
            for (var c = 0; c < values.Count; c++)
            {
                if (values[c] is not { } v)
                {
                    continue;
                }

                var command = c > 0 && values[c - 1] is not null ? "L" : "M";
                path.Append(command).Append(Svg.N(left + (band * (c + 0.5)))).Append(',').Append(Svg.N(y((double)v))).Append(' ');
            }

            plot.Add(Svg.Element("path", new XAttribute("d", path.ToString().Trim()), new XAttribute("fill", "none"), new XAttribute("stroke", color),
                new XAttribute("stroke-width", 2.5), new XAttribute("stroke-linejoin", "round"), new XAttribute("class", "line"), new XAttribute("data-series", chart.Series[s].Name)));
            for (var c = 0; c < values.Count; c++)
            {
                if (values[c] is not { } v)
                {
                    continue;
                }

                var (cx, cy) = (left + (band * (c + 0.5)), y((double)v));
                points.Add((cx, cy, v, s));
                plot.Add(Svg.Element("circle", new XAttribute("cx", Svg.N(cx)), new XAttribute("cy", Svg.N(cy)), new XAttribute("r", 4),
                    new XAttribute("fill", "#FFFFFF"), new XAttribute("stroke", color), new XAttribute("stroke-width", 2),
                    new XAttribute("class", "point"), new XAttribute("data-series", chart.Series[s].Name), new XAttribute("data-category", chart.Categories[c]), new XAttribute("data-value", v)));
            }
        }

        if (chart.Categories.Count <= 12)
        {
            ValueLabels(frame, plot, points, y(frame.Chart.Series.SelectMany(v => v.Values).OfType<decimal>().Select(v => (double)v).Min()));
        }
    }

    /// <summary>A value over each point, or under it (above <paramref name="floor"/>) when that is taken; left out when both would overlap a label or a marker.</summary>
    private static void ValueLabels(ChartFrame frame, XElement plot, List<(double X, double Y, decimal Value, int Series)> points, double floor)
    {
        var placed = points.Select(p => (Left: p.X - 5, Right: p.X + 5, Top: p.Y - 5, Bottom: p.Y + 5)).ToList();
        foreach (var p in points.OrderBy(p => p.Y))
        {
            var text = Svg.Number(p.Value);
            var half = (Svg.Width(text, ValueSize) / 2) + 1;
            foreach (var baseline in new[] { p.Y - 9, p.Y + 9 + ValueSize })
            {
                var box = (Left: p.X - half, Right: p.X + half, Top: baseline - ValueSize, Bottom: baseline + 2);
                if (box.Bottom > floor || placed.Any(b => b.Left < box.Right && box.Left < b.Right && b.Top < box.Bottom && box.Top < b.Bottom))
                {
                    continue;
                }

                placed.Add(box);
                plot.Add(Svg.Text(p.X, baseline, text, ValueSize, "middle", frame.Color(p.Series), more: new XAttribute("class", "value")));
                break;
            }
        }
    }

    private static XElement Bar(ChartFrame frame, int series, int category, decimal value, double x, double y, double width, double height) =>
        Svg.Rect(x, y, width, height, frame.Color(series),
            new XAttribute("class", "bar"),
            new XAttribute("data-series", frame.Chart.Series[series].Name),
            new XAttribute("data-category", frame.Chart.Categories[category]),
            new XAttribute("data-value", value));

    /// <summary>The lowest and highest values the axis must show (stack sums for stacked bars).</summary>
    private static (double Low, double High) Extent(Chart chart)
    {
        if (chart.Kind == ChartKind.StackedBars)
        {
            var ups = Enumerable.Range(0, chart.Categories.Count).Select(c => chart.Series.Sum(s => Math.Max(0, s.Values[c] ?? 0))).ToArray();
            var downs = Enumerable.Range(0, chart.Categories.Count).Select(c => chart.Series.Sum(s => Math.Min(0, s.Values[c] ?? 0))).ToArray();
            return ((double)downs.Min(), (double)ups.Max());
        }

        var values = chart.Series.SelectMany(s => s.Values).OfType<decimal>().ToArray();
        return ((double)values.Min(), (double)values.Max());
    }

    private static bool Integral(Chart chart) =>
        chart.Series.SelectMany(s => s.Values).OfType<decimal>().All(v => v == decimal.Truncate(v));
}
