using System.Data.Common;
using Gongkai.Casework.Statistics;
using Gongkai.Reports;

namespace Gongkai.Data.Casework;

/// <summary>What an agency's records give the report on one year: its applications and appeals, and the fees paid.</summary>
/// <param name="FeesPaidYuan">The 信息处理费 paid on the year's cases, in 元 (the starting value of section 六's figure).</param>
public sealed record YearRecords(int Year, IReadOnlyList<ApplicationRecord> Cases, IReadOnlyList<AppealRecord> Appeals, decimal FeesPaidYuan)
{
    /// <summary>The cases and appeals that matter to <paramref name="year"/>, read once.</summary>
    public static async Task<YearRecords> LoadAsync(DbConnection c, long agencyId, int year)
    {
        var cases = await CaseStore.ForYearAsync(c, agencyId, year);
        return new YearRecords(
            year,
            [.. cases.Select(x => x.ToRecord()!)],
            await AppealStore.ForYearAsync(c, agencyId, year),
            cases.Where(x => x.Fee?.Paid?.Year == year).Sum(x => x.Fee!.AmountYuan));
    }

    /// <summary>The 2021-template report of <paramref name="agency"/> from these records and the hand-entered figures.</summary>
    public AnnualReport Report(string agency, HandEnteredFigures figures) => AnnualStatistics.Compute(agency, Year, Cases, Appeals, figures);
}
