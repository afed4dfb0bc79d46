using System.Collections.Immutable;
using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Checking;

/// <summary>
/// Checks an annual report against the templates' arithmetic (勾稽关系), the template in force for its year,
/// completeness (《政府信息公开条例》第五十条), its own narrative, and the previous year's report.
/// </summary>
public static class Checker
{
    /// <summary>Runs every rule of <see cref="CheckRules.All"/> and returns the findings in rule order.</summary>
    /// <param name="report">The report to check; its cells are taken as printed.</param>
    /// <param name="previous">The same agency's report on the year before, for the cross-year checks (GK06xx).</param>
    /// <remarks>
    /// Never throws on bad data: null cells are skipped by every rule (GK0404 lists them), values that are
    /// not whole numbers within the range of <see cref="long"/> are reported as GK0305.
    /// The report's own reading diagnostics are not repeated.
    /// </remarks>
    public static ImmutableArray<Diagnostic> Check(AnnualReport report, AnnualReport? previous = null) =>
        CheckOnly(report, previous, CheckRules.All);

    /// <summary>Runs the given rules only (e.g. the cross-year ones over a whole registry).</summary>
    public static ImmutableArray<Diagnostic> CheckOnly(AnnualReport report, AnnualReport? previous, IEnumerable<CheckRule> rules)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rules);
        var context = new CheckContext(report, previous, TemplateCatalog.Default);
        var findings = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var rule in rules)
        {
            findings.AddRange(rule.Run(context));
        }

        return findings.ToImmutable();
    }
}
