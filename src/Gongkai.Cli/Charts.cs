using System.Text;
using Gongkai.Charts;
using Gongkai.Data.Queries;
using Gongkai.Reports;

namespace Gongkai.Cli;

/// <summary>The <c>--chart FILE.svg|png</c> of the stats commands: SVG written directly, PNG through rsvg-convert.</summary>
internal static class Charts
{
    public static Task<int> WriteTrendAsync(CliContext context, string? file, Scope scope, IReadOnlyList<(int Year, AnnualReport Report)> years, CancellationToken ct) =>
        WriteAsync(context, file, () => ReportCharts.Trend(years, scope.Root.RegionOrName), ct);

    public static Task<int> WriteOutcomesAsync(CliContext context, string? file, Scope scope, IReadOnlyList<OutcomeShare> shares, CancellationToken ct) =>
        WriteAsync(context, file, () => ReportCharts.OutcomeMix(shares, scope.Describe()), ct);

    public static Task<int> WriteQualityAsync(CliContext context, string? file, Data.Agency root, int year, IReadOnlyList<(string Category, int Agencies)> summary, int agencies, CancellationToken ct) =>
        WriteAsync(context, file, () => ReportCharts.Quality(summary, $"{root.RegionOrName}{year}年度", agencies), ct);

    private static async Task<int> WriteAsync(CliContext context, string? file, Func<Chart> build, CancellationToken ct)
    {
        if (file is null)
        {
            return ExitCodes.Ok;
        }

        var chart = build();
        var png = file.EndsWith(".png", StringComparison.OrdinalIgnoreCase);
        if (!png && !file.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            context.Error("gongkai: --chart 须为 .svg 或 .png 文件（--chart must name a .svg or .png file）");
            return ExitCodes.Unreadable;
        }

        var bytes = png ? ChartPng.Render(chart) : new UTF8Encoding(false).GetBytes(ChartSvg.Write(chart));
        await File.WriteAllBytesAsync(file, bytes, ct);
        context.Error($"gongkai: 图表已写入 {file}");
        return ExitCodes.Ok;
    }
}
