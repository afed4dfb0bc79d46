using Gongkai.Diagnostics;

namespace Gongkai.Checking;

/// <summary>
/// The report against the same agency's report on the previous year: 表三 “二、上年结转政府信息公开申请数量”
/// this year should equal “四、结转下年度继续办理” last year (shared/spec/domain-rules.md §1.5, cross-year).
/// </summary>
internal static class CrossYearRules
{
    /// <summary>GK0602: the report given as the previous one does not cover the year before (compared anyway).</summary>
    public static IEnumerable<Diagnostic> PreviousNotPrevious(CheckContext c)
    {
        if (c.Previous is { Year: { } previousYear } previous && c.Report.Year is { } year && previousYear != year - 1)
        {
            var which = previous.Agency ?? previous.Source ?? "?";
            yield return c.Finding(DiagnosticCodes.PreviousNotPrevious, previousYear, which, year - 1);
        }
    }

    /// <summary>GK0601, per column of 表三: this year's 上年结转 ≠ last year's 结转下年度继续办理 (both printed).</summary>
    public static IEnumerable<Diagnostic> CarryOver(CheckContext c)
    {
        if (c.Previous is null)
        {
            yield break;
        }

        foreach (var col in Tables.Columns)
        {
            var key = Tables.Key("carried_in", col);
            if (c.Report[key] is { } carriedIn && c.Previous[Tables.Key("carried_out", col)] is { } carriedOut
                && carriedIn != carriedOut)
            {
                yield return c.Finding(DiagnosticCodes.CarryOverMismatch, [key], c.ColumnLabel(key), carriedIn, carriedOut);
            }
        }
    }
}
