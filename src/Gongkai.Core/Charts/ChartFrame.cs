using System.Xml.Linq;

namespace Gongkai.Charts;

/// <summary>
/// What every chart has: the white page, the title and subtitle at the top, the legend under them, the note at
/// the bottom, and the area left for the plot; or, when there is nothing to draw, a plain 无数据.
/// </summary>
internal sealed class ChartFrame
{
    public const double Margin = 24, TitleSize = 20, SubtitleSize = 13, LegendSize = 13, NoteSize = 11;

    /// <summary>A restrained palette that prints well in colour and stays distinct in grey.</summary>
    public static readonly IReadOnlyList<string> Palette =
        ["#2F5597", "#D9822B", "#3A8F5C", "#C0392B", "#7A5BA6", "#3E9BB5", "#A6873A", "#7F7F7F"];

    private ChartFrame(Chart chart, XElement root, double top, double bottom)
    {
        Chart = chart;
        Root = root;
        Top = top;
        Bottom = bottom;
    }

    public Chart Chart { get; }

    public XElement Root { get; }

    /// <summary>The first free y under the title block (and the legend once <see cref="AddLegend"/> has run).</summary>
    public double Top { get; private set; }

    /// <summary>The last free y above the note.</summary>
    public double Bottom { get; }

    public double Left => Margin;

    public double Right => Chart.Width - Margin;

    public string Color(int index)
    {
        var colors = Chart.Colors is { Count: > 0 } own ? own : Palette;
        return colors[index % colors.Count];
    }

    public static ChartFrame Create(Chart chart)
    {
        var root = Svg.Element("svg",
            new XAttribute("width", chart.Width), new XAttribute("height", chart.Height),
            new XAttribute("viewBox", $"0 0 {chart.Width} {chart.Height}"),
            new XAttribute("font-family", Svg.FontFamily),
            new XAttribute(XNamespace.Xml + "lang", "zh-CN"));
        root.Add(Svg.Element("title", chart.Title));
        root.Add(Svg.Rect(0, 0, chart.Width, chart.Height, "#FFFFFF"));

        var width = chart.Width - (2 * Margin);
        var y = Margin;
        var title = Svg.Wrap(chart.Title, TitleSize, width, 2);
        root.Add(Svg.Lines(chart.Width / 2.0, y + TitleSize, title, TitleSize, "middle", bold: true));
        y += (TitleSize * 1.3 * title.Count) + 4;
        if (!string.IsNullOrEmpty(chart.Subtitle))
        {
            var subtitle = Svg.Wrap(chart.Subtitle, SubtitleSize, width, 2);
            root.Add(Svg.Lines(chart.Width / 2.0, y + SubtitleSize, subtitle, SubtitleSize, "middle", Svg.Muted));
            y += SubtitleSize * 1.3 * subtitle.Count;
        }

        var bottom = chart.Height - Margin;
        if (!string.IsNullOrEmpty(chart.Note))
        {
            var note = Svg.Wrap(chart.Note, NoteSize, width, 2);
            bottom -= NoteSize * 1.3 * note.Count;
            root.Add(Svg.Lines(Margin, bottom + NoteSize + 4, note, NoteSize, fill: Svg.Muted));
        }

        return new ChartFrame(chart, root, y + 12, bottom);
    }

    /// <summary>Colour keys with names, centred in rows under the title; moves <see cref="Top"/> below them.</summary>
    /// <param name="names">The series names.</param>
    /// <param name="lineKeys">Keys drawn as a line with a marker (line charts) instead of a square.</param>
    public void AddLegend(IReadOnlyList<string> names, bool lineKeys = false)
    {
        const double gap = 8, spacing = 22, rowHeight = LegendSize * 1.6;
        var box = lineKeys ? 22.0 : 12.0;
        var widths = names.Select(n => box + gap + Svg.Width(n, LegendSize)).ToArray();
        var rows = new List<List<int>> { new() };
        double used = 0;
        for (var i = 0; i < names.Count; i++)
        {
            if (rows[^1].Count > 0 && used + spacing + widths[i] > Right - Left)
            {
                rows.Add([]);
                used = 0;
            }

            used += (rows[^1].Count > 0 ? spacing : 0) + widths[i];
            rows[^1].Add(i);
        }

        var legend = Svg.Element("g", new XAttribute("class", "legend"));
        foreach (var row in rows)
        {
            var x = (Chart.Width - (row.Sum(i => widths[i]) + (spacing * (row.Count - 1)))) / 2;
            foreach (var i in row)
            {
                var middle = Top + (rowHeight / 2);
                legend.Add(lineKeys
                    ? Svg.Element("g",
                        Svg.Line(x, middle, x + box, middle, Color(i), 2.5),
                        Svg.Element("circle", new XAttribute("cx", Svg.N(x + (box / 2))), new XAttribute("cy", Svg.N(middle)), new XAttribute("r", 4),
                            new XAttribute("fill", "#FFFFFF"), new XAttribute("stroke", Color(i)), new XAttribute("stroke-width", 2)))
                    : Svg.Rect(x, middle - 6, box, 12, Color(i), new XAttribute("rx", 2)));
                legend.Add(Svg.Text(x + box + gap, Top + (rowHeight / 2) + (LegendSize * 0.36), names[i], LegendSize));
                x += widths[i] + spacing;
            }

            Top += rowHeight;
        }

        Root.Add(legend);
        Top += 8;
    }

    /// <summary>The chart with nothing to draw: 无数据 in the middle of the plot area.</summary>
    public XElement NoData()
    {
        var y = (Top + Bottom) / 2;
        Root.Add(Svg.Rect(Left, Top, Right - Left, Bottom - Top, "#FAFAFA", new XAttribute("stroke", Svg.Grid), new XAttribute("class", "no-data")));
        Root.Add(Svg.Text(Chart.Width / 2.0, y + 7, "无数据", 20, "middle", Svg.Muted));
        return Root;
    }
}
