using Gongkai.Data.Queries;
using Gongkai.Reports;

namespace Gongkai.Cli;

/// <summary>The <c>--chart FILE.svg|png</c> of the stats commands.</summary>
internal static class Charts
{
    public static Task<int> WriteTrendAsync(CliContext context, string? file, Scope scope, IReadOnlyList<(int Year, AnnualReport Report)> years, CancellationToken ct) => Pending(context, file);

    public static Task<int> WriteOutcomesAsync(CliContext context, string? file, Scope scope, IReadOnlyList<OutcomeShare> shares, CancellationToken ct) => Pending(context, file);

    public static Task<int> WriteQualityAsync(CliContext context, string? file, Data.Agency root, int year, IReadOnlyList<(string Category, int Agencies)> summary, CancellationToken ct) => Pending(context, file);

    private static Task<int> Pending(CliContext context, string? file)
    {
        if (file is null)
        {
            return Task.FromResult(ExitCodes.Ok);
        }

        context.Error("gongkai: 图表尚未接入（charts are not wired yet）");
        return Task.FromResult(ExitCodes.Unreadable);
    }
}
