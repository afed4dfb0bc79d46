using System.Globalization;

namespace Gongkai.Casework.Statistics;

/// <summary>
/// The figures of a report that casework does not produce, entered by the clerk: table 二 of
/// 国办公开办函〔2021〕30号 (条例第二十条第（一）（五）（六）（八）项) and the 信息处理费 collected (section 六).
/// </summary>
/// <param name="ProcessingFeesYuan">
/// 信息处理费 collected in the year under 国办函〔2020〕109号, in 元; not a table cell, quoted in section 六.
/// </param>
public sealed record HandEnteredFigures(
    int RulesIssued = 0,
    int RulesRepealed = 0,
    int RulesInForce = 0,
    int NormativeIssued = 0,
    int NormativeRepealed = 0,
    int NormativeInForce = 0,
    int LicensingDecisions = 0,
    int PenaltyDecisions = 0,
    int CoercionDecisions = 0,
    decimal FeesAmountWanYuan = 0m,
    decimal ProcessingFeesYuan = 0m)
{
    /// <summary>All zero: nothing issued, decided or collected.</summary>
    public static HandEnteredFigures None { get; } = new();

    /// <summary>The ten table-二 cells of the 2021 template, by cells.tsv key.</summary>
    public IEnumerable<KeyValuePair<string, decimal?>> Table2Cells() =>
    [
        new("s2.rules.issued", RulesIssued),
        new("s2.rules.repealed", RulesRepealed),
        new("s2.rules.in_force", RulesInForce),
        new("s2.normative.issued", NormativeIssued),
        new("s2.normative.repealed", NormativeRepealed),
        new("s2.normative.in_force", NormativeInForce),
        new("s2.licensing.decisions", LicensingDecisions),
        new("s2.penalty.decisions", PenaltyDecisions),
        new("s2.coercion.decisions", CoercionDecisions),
        new("s2.fees.amount", FeesAmountWanYuan),
    ];

    internal static string Amount(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
