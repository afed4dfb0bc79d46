namespace Gongkai.Casework.Disclosure;

/// <summary>Where an item of proactive disclosure stands in its sign-off (三审: 初审, 保密审查, 终审).</summary>
public enum DisclosureStage
{
    /// <summary>草稿: being written; the only stage in which the content may change.</summary>
    Draft,

    /// <summary>初审: the first review of content and accuracy.</summary>
    Review,

    /// <summary>保密审查: no state secret and nothing exempt under 第十四至十六条 (《保密法》, 条例第十七条).</summary>
    SecrecyCheck,

    /// <summary>审批（终审）: the approver responsible for the release.</summary>
    Approval,

    /// <summary>已公开: in the public 目录.</summary>
    Published,

    /// <summary>已撤回: taken back (out of the 目录) with a reason; kept, never deleted.</summary>
    Withdrawn,
}

/// <summary>What a person does to an item at its current stage.</summary>
public enum SignOffAction
{
    /// <summary>The draft is sent to 初审.</summary>
    Submit,

    /// <summary>The stage's signer passes it to the next stage (终审 passing publishes it).</summary>
    Pass,

    /// <summary>The stage's signer sends it back to the draft, with a reason.</summary>
    Reject,

    /// <summary>A published item is reopened as a draft because its content changes (第二十六条: a change starts a new period).</summary>
    Revise,

    /// <summary>The item is taken back, with a reason.</summary>
    Withdraw,
}

/// <summary>The Chinese names of stages and actions.</summary>
public static class DisclosureStages
{
    public static IReadOnlyList<DisclosureStage> All { get; } = Enum.GetValues<DisclosureStage>();

    public static string Zh(DisclosureStage stage) => stage switch
    {
        DisclosureStage.Draft => "草稿",
        DisclosureStage.Review => "待初审",
        DisclosureStage.SecrecyCheck => "待保密审查",
        DisclosureStage.Approval => "待审批（终审）",
        DisclosureStage.Published => "已公开",
        DisclosureStage.Withdrawn => "已撤回",
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    /// <summary>The stored code: the lower-case name (<c>secrecy_check</c> for <see cref="DisclosureStage.SecrecyCheck"/>).</summary>
    public static string Code(DisclosureStage stage) => stage == DisclosureStage.SecrecyCheck ? "secrecy_check" : stage.ToString().ToLowerInvariant();

    /// <summary>The stage of a stored code, or null.</summary>
    public static DisclosureStage? Parse(string? code) => All.Cast<DisclosureStage?>().FirstOrDefault(s => Code(s!.Value) == code);

    public static string Zh(SignOffAction action) => action switch
    {
        SignOffAction.Submit => "提交初审",
        SignOffAction.Pass => "审核通过",
        SignOffAction.Reject => "退回修改",
        SignOffAction.Revise => "重新修改",
        SignOffAction.Withdraw => "撤回",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    /// <summary>The stored code of an action: its lower-case name.</summary>
    public static string Code(SignOffAction action) => action.ToString().ToLowerInvariant();

    /// <summary>The action of a stored code, or null.</summary>
    public static SignOffAction? ParseAction(string? code) => Enum.GetValues<SignOffAction>().Cast<SignOffAction?>().FirstOrDefault(a => Code(a!.Value) == code);

    /// <summary>Whether the stage is one of the three reviews (初审, 保密审查, 终审).</summary>
    public static bool IsReview(DisclosureStage stage) => stage is DisclosureStage.Review or DisclosureStage.SecrecyCheck or DisclosureStage.Approval;
}
