using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Checking;

/// <summary>
/// Which template is in force for the year (shared/spec/domain-rules.md §1.2): 国办公开办函〔2019〕60号 (试行)
/// for the reports on 2019 and 2020, 国办公开办函〔2021〕30号 for the reports on 2021 and later.
/// </summary>
internal static class TemplateRules
{
    /// <summary>GK0401: a report on 2021 or later still prints the 2019 trial tables (seeds 000, 002, 004 do).</summary>
    public static IEnumerable<Diagnostic> OutdatedTemplate(CheckContext c)
    {
        if (c.Report is { Format: ReportFormat.Trial2019, Year: >= 2021 and var year })
        {
            yield return c.Finding(DiagnosticCodes.OutdatedTemplate, year);
        }
    }

    /// <summary>GK0402: a report on 2020 or earlier prints the 2021 tables, issued only on 2021-09-29.</summary>
    public static IEnumerable<Diagnostic> TemplateBeforeItsTime(CheckContext c)
    {
        if (c.Report is { Format: ReportFormat.Revised2021, Year: <= 2020 and var year })
        {
            yield return c.Finding(DiagnosticCodes.TemplateBeforeItsTime, year);
        }
    }
}
