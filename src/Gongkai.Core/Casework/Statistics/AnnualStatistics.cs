using Gongkai.Checking;
using Gongkai.Reports;

namespace Gongkai.Casework.Statistics;

/// <summary>
/// The annual report (国办公开办函〔2021〕30号 template) computed from an agency's case records: tables 三 and 四
/// counted from the cases, table 二 from the hand-entered figures, every total summed, and a narrative drafted
/// from the numbers for the clerk to edit.
/// </summary>
public static class AnnualStatistics
{
    /// <summary>The first year reported in the 2021 template (国办公开办函〔2021〕30号 applies from the 2021 reports on).</summary>
    public const int FirstYear = 2021;

    /// <summary>Computes the report of <paramref name="agency"/> on <paramref name="year"/>.</summary>
    /// <param name="cases">The agency's applications; those not active in the year are ignored.</param>
    /// <param name="appeals">The agency's reviews and suits; those not pending at some time in the year are ignored.</param>
    /// <param name="table2">The table-二 counts and the 信息处理费, entered by hand.</param>
    /// <remarks>
    /// Table 三, per applicant column (the 勾稽 一 + 二 = 三（七） + 四 then holds by construction):
    /// 一、本年新收 = received in the year; 二、上年结转 = received before the year and open at the end of
    /// 31 December of the year before; 三 = closed in the year, by outcome; 四、结转下年度 = open at the end of
    /// 31 December of the year. Table 四: see <see cref="AppealRecord"/>. Totals by <see cref="ReportTotals.Compute"/>.
    /// </remarks>
    public static AnnualReport Compute(
        string agency, int year, IEnumerable<ApplicationRecord> cases, IEnumerable<AppealRecord> appeals, HandEnteredFigures table2)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agency);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(appeals);
        ArgumentNullException.ThrowIfNull(table2);

        const ReportFormat format = ReportFormat.Revised2021;
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var computed = ReportTotals.Keys(format);
        var counts = TemplateCatalog.Default.For(format)
            .Where(d => d.Table is 3 or 4 && !computed.Contains(d.Key))
            .ToDictionary(d => d.Key, _ => 0m, StringComparer.Ordinal);

        foreach (var c in cases)
        {
            var column = c.Applicant.CellColumn();
            if (c.Received >= first && c.Received <= last)
            {
                counts[$"s3.received.{column}"]++;
            }

            if (c.OpenAtEndOf(first.AddDays(-1)))
            {
                counts[$"s3.carried_in.{column}"]++;
            }

            if (c is { Closed: { } closed, Outcome: { } outcome } && closed >= first && closed <= last)
            {
                counts[$"s3.{outcome.CellRow()}.{column}"]++;
            }

            if (c.OpenAtEndOf(last))
            {
                counts[$"s3.carried_out.{column}"]++;
            }
        }

        foreach (var a in appeals)
        {
            if (a.Filed <= last && !(a.Decided < first))
            {
                var outcome = a.Decided <= last ? a.Outcome : null;
                counts[$"s4.{a.Kind.CellGroup()}.{outcome.CellColumn()}"]++;
            }
        }

        var tables = AnnualReport.Empty(format).WithValues(counts.Select(kv => KeyValuePair.Create(kv.Key, (decimal?)kv.Value)))
            .WithValues(table2.Table2Cells());
        var report = ReportTotals.Compute(tables) with { Agency = agency, Year = year };
        return report with { Sections = AnnualNarrative.Draft(report, table2) };
    }
}
