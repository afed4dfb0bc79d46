using Gongkai.Reports;

namespace Gongkai.Recognition;

/// <summary>
/// Decides the template from the tables' own labels, never from the year (shared/spec/report-json.md):
/// section 二's column and row labels first; when section 二 says nothing, the shape of table 三's （六）其他处理.
/// </summary>
internal static class FormatDetector
{
    /// <returns>The template, and whether a label decided it (false: nothing told the two apart).</returns>
    public static (ReportFormat Format, bool Decided) Detect(IEnumerable<RowView> table2, IEnumerable<RowView> table3)
    {
        var vote = table2.SelectMany(r => r.Labels).Sum(l => Table2Labels.Vote(l.Norm));
        if (vote > 0)
        {
            return (ReportFormat.Revised2021, true);
        }

        if (vote < 0)
        {
            return (ReportFormat.Trial2019, true);
        }

        var t3 = table3.ToList();
        if (t3.Any(r => r.Labels.Any(l => l.Norm.Contains("逾期不补正", StringComparison.Ordinal) || l.Norm.Contains("缴纳费用", StringComparison.Ordinal))))
        {
            return (ReportFormat.Revised2021, true);
        }

        if (t3.Any(r => !r.Values.IsEmpty && r.Labels.Any(l => l.Norm.Contains("其他处理", StringComparison.Ordinal))))
        {
            return (ReportFormat.Trial2019, true);
        }

        // A table 三 with no telling labels: the two templates share every other row; call it the current one.
        return t3.Any(r => !r.Values.IsEmpty) || table2.Any(r => !r.Values.IsEmpty) ? (ReportFormat.Revised2021, false) : (ReportFormat.Unknown, true);
    }
}
