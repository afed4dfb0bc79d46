using System.Globalization;
using System.Xml.Linq;

namespace Gongkai.Charts;

/// <summary>
/// A ring of shares with the total in its centre and, beside it, a table of every category with its value and
/// percentage (a clerk reads the numbers there; slices too thin for a label are still listed). Only positive
/// values make slices.
/// </summary>
internal static class DonutPlot
{
    private const double RowSize = 14, RowHeight = 30;

    public static void Draw(ChartFrame frame)
    {
        var chart = frame.Chart;
        var values = chart.Series[0].Values;
        var total = values.Where(v => v > 0).Sum(v => v!.Value);
        var width = frame.Right - frame.Left;
        var (cx, cy) = (frame.Left + (width * 0.3), (frame.Top + frame.Bottom) / 2);
        var outer = Math.Max(20, Math.Min(width * 0.26, ((frame.Bottom - frame.Top) / 2) - 6));
        var inner = outer * 0.6;

        var ring = Svg.Element("g", new XAttribute("class", "plot"));
        var angle = 0.0;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } value || value <= 0)
            {
                continue;
            }

            var sweep = (double)(value / total) * 2 * Math.PI;
            ring.Add(Svg.Element("path", new XAttribute("d", Slice(cx, cy, outer, inner, angle, sweep)), new XAttribute("fill", frame.Color(i)),
                new XAttribute("fill-rule", "evenodd"), new XAttribute("stroke", "#FFFFFF"), new XAttribute("stroke-width", 1.5),
                new XAttribute("class", "slice"), new XAttribute("data-category", chart.Categories[i]), new XAttribute("data-value", value)));
            if (sweep >= 0.35)
            {
                var middle = angle + (sweep / 2);
                var r = (outer + inner) / 2;
                ring.Add(Svg.Text(cx + (r * Math.Sin(middle)), cy - (r * Math.Cos(middle)) + 4.5, Percent(value, total), 12, "middle", "#FFFFFF", bold: true,
                    more: new XAttribute("class", "value")));
            }

            angle += sweep;
        }

        ring.Add(Svg.Text(cx, cy + 4, Svg.Number(total), Math.Min(30, inner * 0.5), "middle", bold: true, more: new XAttribute("class", "total")));
        ring.Add(Svg.Text(cx, cy + 26, string.IsNullOrEmpty(chart.Unit) ? "总计" : $"总计（{chart.Unit}）", 12, "middle", Svg.Muted));
        frame.Root.Add(ring);
        frame.Root.Add(Table(frame, values, total, cx + outer + 40));
    }

    /// <summary>Color key, name, value and percentage of every category, right of the ring, centred vertically.</summary>
    private static XElement Table(ChartFrame frame, IReadOnlyList<decimal?> values, decimal total, double x)
    {
        var chart = frame.Chart;
        var unit = chart.Unit ?? "";
        var names = chart.Categories;
        var amounts = values.Select(v => v is { } n ? Svg.Number(n) + unit : "—").ToArray();
        var shares = values.Select(v => v is { } n && n > 0 ? Percent(n, total) : "—").ToArray();
        var nameWidth = names.Max(n => Svg.Width(n, RowSize));
        var amountWidth = amounts.Max(a => Svg.Width(a, RowSize));
        var valueRight = x + 22 + nameWidth + 24 + amountWidth;
        var shareRight = valueRight + 20 + shares.Max(s => Svg.Width(s, RowSize));
        var y = ((frame.Top + frame.Bottom) / 2) - (RowHeight * names.Count / 2);

        var table = Svg.Element("g", new XAttribute("class", "legend"));
        for (var i = 0; i < names.Count; i++)
        {
            var baseline = y + (RowHeight * i) + (RowHeight / 2) + (RowSize * 0.36);
            table.Add(Svg.Rect(x, baseline - 11, 12, 12, frame.Color(i), new XAttribute("rx", 2)));
            table.Add(Svg.Text(x + 22, baseline, names[i], RowSize));
            table.Add(Svg.Text(valueRight, baseline, amounts[i], RowSize, "end", bold: true));
            table.Add(Svg.Text(shareRight, baseline, shares[i], RowSize, "end", Svg.Muted));
            if (i < names.Count - 1)
            {
                table.Add(Svg.Line(x, y + (RowHeight * (i + 1)), shareRight, y + (RowHeight * (i + 1)), Svg.Grid));
            }
        }

        return table;
    }

    /// <summary>A share with one decimal: 45.3%.</summary>
    private static string Percent(decimal value, decimal total) =>
        (value / total * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>
    /// The ring segment from <paramref name="start"/> over <paramref name="sweep"/> radians, clockwise from 12 o'clock; a
    /// whole ring is drawn as two circles (even-odd fill), since an arc cannot end where it starts.
    /// </summary>
    private static string Slice(double cx, double cy, double outer, double inner, double start, double sweep)
    {
        string P(double r, double a) => $"{Svg.N(cx + (r * Math.Sin(a)))},{Svg.N(cy - (r * Math.Cos(a)))}";
        if (sweep >= (2 * Math.PI) - 1e-6)
        {
            string Circle(double r) => $"M{P(r, 0)} A{Svg.N(r)},{Svg.N(r)} 0 1 1 {P(r, Math.PI)} A{Svg.N(r)},{Svg.N(r)} 0 1 1 {P(r, 0)} Z";
            return Circle(outer) + " " + Circle(inner);
        }

        var large = sweep > Math.PI ? 1 : 0;
        var end = start + sweep;
        return $"M{P(outer, start)} A{Svg.N(outer)},{Svg.N(outer)} 0 {large} 1 {P(outer, end)} L{P(inner, end)} A{Svg.N(inner)},{Svg.N(inner)} 0 {large} 0 {P(inner, start)} Z";
    }
}
