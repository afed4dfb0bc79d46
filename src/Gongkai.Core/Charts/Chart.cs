namespace Gongkai.Charts;

/// <summary>How a chart draws its series.</summary>
public enum ChartKind
{
    /// <summary>Vertical bars, the series side by side within each category.</summary>
    Bars,

    /// <summary>Vertical bars, the series stacked within each category (negative values stack downwards).</summary>
    StackedBars,

    /// <summary>Horizontal bars, one row per category: for long category names and rankings.</summary>
    HorizontalBars,

    /// <summary>One line with markers per series across the categories; a null value breaks the line.</summary>
    Lines,

    /// <summary>A ring of the first series' shares, the categories as its slices, with a table of values and percentages.</summary>
    Donut,
}

/// <summary>One named series: a value per category, null where there is none.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);

/// <summary>
/// A chart as data: what to draw and the texts around it. <see cref="ChartSvg"/> draws it as SVG and
/// <see cref="ChartPng"/> as PNG.
/// </summary>
/// <param name="Kind">How the series are drawn.</param>
/// <param name="Title">The title over the chart (标题).</param>
/// <param name="Categories">The categories along the category axis, or the slices of a donut.</param>
/// <param name="Series">The series; each has one value per category. A donut draws the first.</param>
public sealed record Chart(ChartKind Kind, string Title, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>A second line under the title (副标题), e.g. the scope or the period.</summary>
    public string? Subtitle { get; init; }

    /// <summary>The unit of the values (e.g. 件), shown on the value axis and after values in the donut's table.</summary>
    public string? Unit { get; init; }

    /// <summary>A note under the chart, e.g. the source of the data (数据来源：…).</summary>
    public string? Note { get; init; }

    /// <summary>Colours (<c>#RRGGBB</c>) used in order for the series, or for the slices of a donut; the default palette otherwise.</summary>
    public IReadOnlyList<string>? Colors { get; init; }

    /// <summary>Width in CSS pixels.</summary>
    public int Width { get; init; } = 800;

    /// <summary>Height in CSS pixels.</summary>
    public int Height { get; init; } = 480;

    /// <summary>True when there is nothing to draw: no category, or no value (a donut also needs a positive total).</summary>
    public bool IsEmpty => Categories.Count == 0 || Series.Count == 0
        || (Kind == ChartKind.Donut
            ? Series[0].Values.Where(v => v > 0).Sum(v => v!.Value) <= 0
            : Series.All(s => s.Values.All(v => v is null)));
}
