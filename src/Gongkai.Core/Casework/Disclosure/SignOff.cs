using System.Collections.Frozen;

namespace Gongkai.Casework.Disclosure;

/// <summary>A person who signs a step: the account's id and the name the record keeps.</summary>
public readonly record struct Signer(long Id, string Name);

/// <summary>One step of the sign-off, as the append-only record keeps it.</summary>
/// <param name="Stage">The stage the item was in when the step was taken (the stage signed).</param>
/// <param name="Action">What was done.</param>
/// <param name="To">The stage the item is in after the step.</param>
/// <param name="Signer">Who did it.</param>
/// <param name="Comment">The reason of a rejection or a withdrawal (required there), or an optional remark.</param>
public sealed record SignOffStep(DisclosureStage Stage, SignOffAction Action, DisclosureStage To, Signer Signer, string? Comment);

/// <summary>
/// The sign-off of one item of proactive disclosure: 草稿 → 初审 → 保密审查 → 审批（终审） → 已公开, and 撤回. One table of
/// legal moves; every transition method goes through it and every illegal move is refused the same way, as a
/// <see cref="SignOffResult"/> with a Chinese reason (house style #11). Immutable.
/// </summary>
/// <remarks>
/// Four eyes: no stage of the review (pass or reject) may be signed by the drafter or by anyone who changed the content
/// (<see cref="Editors"/>), so no one publishes text only they have read. A rejection at any stage returns
/// the item to the draft with a reason. Reasons are required for rejections and withdrawals.
/// </remarks>
public sealed record SignOff(DisclosureStage Stage, long DrafterId)
{
    /// <summary>Longest reason or remark kept.</summary>
    public const int MaxCommentLength = 1000;

    /// <summary>Everyone besides the drafter who has changed the content; none of them may sign a review stage either.</summary>
    public IReadOnlyCollection<long> Editors { get; init; } = [];

    private static readonly FrozenDictionary<(DisclosureStage From, SignOffAction Action), DisclosureStage> Moves =
        new Dictionary<(DisclosureStage, SignOffAction), DisclosureStage>
        {
            [(DisclosureStage.Draft, SignOffAction.Submit)] = DisclosureStage.Review,
            [(DisclosureStage.Review, SignOffAction.Pass)] = DisclosureStage.SecrecyCheck,
            [(DisclosureStage.SecrecyCheck, SignOffAction.Pass)] = DisclosureStage.Approval,
            [(DisclosureStage.Approval, SignOffAction.Pass)] = DisclosureStage.Published,
            [(DisclosureStage.Review, SignOffAction.Reject)] = DisclosureStage.Draft,
            [(DisclosureStage.SecrecyCheck, SignOffAction.Reject)] = DisclosureStage.Draft,
            [(DisclosureStage.Approval, SignOffAction.Reject)] = DisclosureStage.Draft,
            [(DisclosureStage.Published, SignOffAction.Revise)] = DisclosureStage.Draft,
            [(DisclosureStage.Draft, SignOffAction.Withdraw)] = DisclosureStage.Withdrawn,
            [(DisclosureStage.Published, SignOffAction.Withdraw)] = DisclosureStage.Withdrawn,
        }.ToFrozenDictionary();

    /// <summary>A new item: a draft of <paramref name="drafterId"/>.</summary>
    public static SignOff NewDraft(long drafterId) => new(DisclosureStage.Draft, drafterId);

    /// <summary>The stage after <paramref name="action"/> from <paramref name="from"/>, or null when the table has no such move.</summary>
    public static DisclosureStage? Next(DisclosureStage from, SignOffAction action) => Moves.TryGetValue((from, action), out var to) ? to : null;

    /// <summary>Whether the content may be edited (only a draft).</summary>
    public bool Editable => Stage == DisclosureStage.Draft;

    /// <summary>The actions the table allows from the current stage (what a page offers).</summary>
    public IReadOnlyList<SignOffAction> Allowed => [.. Enum.GetValues<SignOffAction>().Where(a => Next(Stage, a) is not null)];

    /// <summary>草稿 → 初审.</summary>
    public SignOffResult Submit(Signer by, string? remark = null) => Move(SignOffAction.Submit, by, remark);

    /// <summary>The current review stage (初审, 保密审查 or 终审) is passed by <paramref name="by"/>, who is not the drafter.</summary>
    public SignOffResult Pass(Signer by, string? remark = null) => Move(SignOffAction.Pass, by, remark);

    /// <summary>The current review stage sends the item back to the draft; <paramref name="reason"/> is required.</summary>
    public SignOffResult Reject(Signer by, string? reason) => Move(SignOffAction.Reject, by, reason);

    /// <summary>A published item becomes a draft again so its content can change.</summary>
    public SignOffResult Revise(Signer by, string? remark = null) => Move(SignOffAction.Revise, by, remark);

    /// <summary>A draft or a published item is taken back; <paramref name="reason"/> is required.</summary>
    public SignOffResult Withdraw(Signer by, string? reason) => Move(SignOffAction.Withdraw, by, reason);

    /// <summary>The one place a move is checked: the table, then four eyes, then the reason.</summary>
    public SignOffResult Move(SignOffAction action, Signer by, string? comment)
    {
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (Next(Stage, action) is not { } to)
        {
            return Refuse($"处于“{DisclosureStages.Zh(Stage)}”的信息不能{DisclosureStages.Zh(action)}。");
        }

        if (action is SignOffAction.Pass or SignOffAction.Reject && (by.Id == DrafterId || Editors.Contains(by.Id)))
        {
            return Refuse($"起草或修改过内容的人员不能签署“{DisclosureStages.Zh(Stage)}”：审核须由起草人、修改人以外的人员进行。");
        }

        if (action is SignOffAction.Reject or SignOffAction.Withdraw && comment is null)
        {
            return Refuse($"{DisclosureStages.Zh(action)}须写明理由。");
        }

        if (comment is { Length: > MaxCommentLength })
        {
            return Refuse($"意见不能超过 {MaxCommentLength} 字。");
        }

        return new SignOffResult(this with { Stage = to }, new SignOffStep(Stage, action, to, by, comment), null);
    }

    private static SignOffResult Refuse(string reason) => new(null, null, reason);
}

/// <summary>The outcome of a sign-off move: the new state and the step to record, or the reason it was refused.</summary>
public sealed record SignOffResult(SignOff? Next, SignOffStep? Step, string? Refusal)
{
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Next), nameof(Step))]
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Refusal))]
    public bool Succeeded => Next is not null;
}
