namespace Gongkai.Casework.Statistics;

/// <summary>The three column groups of table 四: 行政复议, and 行政诉讼 未经复议直接起诉 or 复议后起诉 (条例第五十一条).</summary>
public enum AppealKind
{
    /// <summary>行政复议</summary>
    Review = 1,

    /// <summary>行政诉讼 / 未经复议直接起诉</summary>
    SuitDirect,

    /// <summary>行政诉讼 / 复议后起诉</summary>
    SuitAfterReview,
}

/// <summary>How a 行政复议 or 行政诉讼 ended: table 四's 结果维持 · 结果纠正 · 其他结果 (尚未审结 is not an outcome but the lack of one).</summary>
public enum AppealOutcome
{
    /// <summary>结果维持</summary>
    Upheld = 1,

    /// <summary>结果纠正</summary>
    Corrected,

    /// <summary>其他结果 (withdrawn, dismissed, …)</summary>
    Other,
}

public static class AppealKinds
{
    public static IReadOnlyList<AppealKind> All { get; } = Enum.GetValues<AppealKind>();

    /// <summary>The group part of a table-四 cell key (<c>s4.{group}.{column}</c>), e.g. <c>suit_direct</c>.</summary>
    public static string CellGroup(this AppealKind kind) => kind switch
    {
        AppealKind.Review => "review",
        AppealKind.SuitDirect => "suit_direct",
        AppealKind.SuitAfterReview => "suit_after_review",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The column part of a table-四 cell key; a null outcome is 尚未审结 (<c>pending</c>).</summary>
    public static string CellColumn(this AppealOutcome? outcome) => outcome switch
    {
        null => "pending",
        AppealOutcome.Upheld => "upheld",
        AppealOutcome.Corrected => "corrected",
        AppealOutcome.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
