using System.Xml.Linq;

namespace Gongkai.Charts;

/// <summary>
/// Draws a <see cref="Chart"/> as a standalone SVG document: white background, title and subtitle, legend,
/// axes with round ticks, values on the marks, Chinese text in a simplified-Chinese font. A chart with no data
/// draws 无数据 instead of failing.
/// </summary>
/// <remarks>
/// Marks carry their data for readers and tests: bars (<c>class="bar"</c>), line points (<c>class="point"</c>) and
/// donut slices (<c>class="slice"</c>) have <c>data-series</c>, <c>data-category</c> and <c>data-value</c> attributes.
/// </remarks>
public static class ChartSvg
{
    public static string Write(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        Validate(chart);
        var frame = ChartFrame.Create(chart);
        if (chart.IsEmpty)
        {
            frame.NoData();
        }
        else
        {
            switch (chart.Kind)
            {
                case ChartKind.Donut:
                    DonutPlot.Draw(frame);
                    break;
                case ChartKind.HorizontalBars:
                    RowPlot.Draw(frame);
                    break;
                default:
                    ColumnPlot.Draw(frame);
                    break;
            }
        }

        return frame.Root.ToString(SaveOptions.DisableFormatting);
    }

    private static void Validate(Chart chart)
    {
        if (chart.Width < 200 || chart.Height < 150)
        {
            throw new ArgumentException($"a chart needs at least 200 × 150 pixels, not {chart.Width} × {chart.Height}", nameof(chart));
        }

        foreach (var series in chart.Series)
        {
            if (series.Values.Count != chart.Categories.Count)
            {
                throw new ArgumentException($"series {series.Name} has {series.Values.Count} values for {chart.Categories.Count} categories", nameof(chart));
            }
        }
    }
}
