using System.Collections.Immutable;
using Gongkai.Diagnostics;

namespace Gongkai.Checking;

/// <summary>The rule catalogue: every check <see cref="Checker"/> runs, in the order it runs them.</summary>
public static class CheckRules
{
    public static ImmutableArray<CheckRule> All { get; } =
    [
        new(DiagnosticCodes.OutdatedTemplate, TemplateRules.OutdatedTemplate),
        new(DiagnosticCodes.TemplateBeforeItsTime, TemplateRules.TemplateBeforeItsTime),
        new(DiagnosticCodes.SectionMissing, CompletenessRules.SectionsMissing),
        new(DiagnosticCodes.CellsMissing, CompletenessRules.CellsMissing),
        new(DiagnosticCodes.CellPlaceholder, CompletenessRules.Placeholders),
        new(DiagnosticCodes.NegativeCount, CompletenessRules.NegativeCounts),
        new(DiagnosticCodes.ArithmeticOverflow, ArithmeticRules.WholeCounts),
        new(DiagnosticCodes.RowTotal, ArithmeticRules.RowTotals),
        new(DiagnosticCodes.OutcomeTotal, ArithmeticRules.OutcomeTotals),
        new(DiagnosticCodes.Balance, ArithmeticRules.Balances),
        new(DiagnosticCodes.Table4Total, ArithmeticRules.Table4Totals),
        new(DiagnosticCodes.NoApplicationsClaimed, NarrativeRules.NoApplicationsClaimed),
        new(DiagnosticCodes.QuotedCountDiffers, NarrativeRules.QuotedCounts),
        new(DiagnosticCodes.PercentageWrong, PercentageRule.Percentages),
        new(DiagnosticCodes.FeeNotStated, NarrativeRules.FeeNotStated),
        new(DiagnosticCodes.PreviousNotPrevious, CrossYearRules.PreviousNotPrevious),
        new(DiagnosticCodes.CarryOverMismatch, CrossYearRules.CarryOver),
    ];
}
