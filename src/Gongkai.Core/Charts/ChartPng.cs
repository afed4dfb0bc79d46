using System.Globalization;
using Gongkai.Diagnostics;
using Gongkai.Reading;

namespace Gongkai.Charts;

/// <summary>
/// Renders charts to PNG by passing their SVG through <c>rsvg-convert</c> (Debian package librsvg2-bin), which
/// draws text with the system's fonts through fontconfig (fonts-noto-cjk for Chinese).
/// </summary>
public static class ChartPng
{
    public const string Tool = "rsvg-convert", Package = "librsvg2-bin";

    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    /// <summary>The chart as PNG, <paramref name="scale"/> times its size in pixels (2 for sharp printing or high-density screens).</summary>
    public static byte[] Render(Chart chart, double scale = 1)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(scale, 0);
        return FromSvg(ChartSvg.Write(chart), (int)Math.Round(chart.Width * scale), (int)Math.Round(chart.Height * scale));
    }

    /// <summary>Any SVG document as a PNG of exactly <paramref name="width"/> × <paramref name="height"/> pixels on white.</summary>
    /// <exception cref="InvalidOperationException">rsvg-convert is missing, fails or takes longer than 30 s; the message says why and what to install.</exception>
    public static byte[] FromSvg(string svg, int width, int height) => FromSvg(svg, width, height, Tool);

    internal static byte[] FromSvg(string svg, int width, int height, string tool)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (ExternalTool.Find(tool) is null)
        {
            throw new InvalidOperationException($"{tool} is not installed, so charts cannot be drawn as PNG; install it with: apt-get install -y --no-install-recommends {Package}");
        }

        var dir = Directory.CreateTempSubdirectory("gongkai-chart-");
        try
        {
            var input = Path.Combine(dir.FullName, "chart.svg");
            var output = Path.Combine(dir.FullName, "chart.png");
            File.WriteAllText(input, svg, new System.Text.UTF8Encoding(false));
            string[] args = ["--width", width.ToString(CultureInfo.InvariantCulture), "--height", height.ToString(CultureInfo.InvariantCulture), "--background-color", "white", "--format", "png", "--output", output, input];
            var run = ExternalTool.Run(tool, args, SourceLocation.InFile(input), TimeLimit, Package);
            if (!run.Ok || !File.Exists(output))
            {
                throw new InvalidOperationException($"{tool} could not draw the chart: {run.Problem?.Message ?? run.StdErr}");
            }

            return File.ReadAllBytes(output);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
