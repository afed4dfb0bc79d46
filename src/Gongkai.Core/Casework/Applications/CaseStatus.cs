namespace Gongkai.Casework.Applications;

/// <summary>Where a case stands; derived from its steps, never stored on its own.</summary>
public enum CaseStatus
{
    /// <summary>待确认收件: arrived by a channel whose receipt date is a confirmation not yet made.</summary>
    AwaitingReceipt = 1,

    /// <summary>待补正: a 补正 notice went out and the corrected application has not come back.</summary>
    AwaitingCorrection,

    /// <summary>征求意见中: a consultation is unanswered.</summary>
    Consulting,

    /// <summary>待缴费: a fee notice is unpaid.</summary>
    AwaitingFee,

    /// <summary>办理中</summary>
    InProgress,

    /// <summary>已办结: decided, replied, or closed without processing.</summary>
    Closed,

    /// <summary>已归档 (第四十五条)</summary>
    Archived,
}

public static class CaseStatuses
{
    public static string Label(this CaseStatus status) => status switch
    {
        CaseStatus.AwaitingReceipt => "待确认收件",
        CaseStatus.AwaitingCorrection => "待补正",
        CaseStatus.Consulting => "征求意见中",
        CaseStatus.AwaitingFee => "待缴费",
        CaseStatus.InProgress => "办理中",
        CaseStatus.Closed => "已办结",
        CaseStatus.Archived => "已归档",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool IsOpen(this CaseStatus status) => status is not (CaseStatus.Closed or CaseStatus.Archived);
}

/// <summary>A step refused because the case is not in a state that allows it; the message says why, in Chinese.</summary>
public sealed class CaseTransitionException(string message) : InvalidOperationException(message);
