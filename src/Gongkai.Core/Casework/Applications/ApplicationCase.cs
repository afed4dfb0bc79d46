using Gongkai.Casework.Statistics;

namespace Gongkai.Casework.Applications;

/// <summary>
/// One 政府信息公开申请 from intake to archive. Immutable: each step is a transition method that returns the next
/// state, and every transition refuses an illegal move the same way — a <see cref="CaseTransitionException"/> whose
/// message says, in Chinese, what the case lacks. Deadlines are not stored: <see cref="Clock"/> computes them from
/// the steps on the calendar given, so a calendar change moves every running deadline.
/// </summary>
public sealed record ApplicationCase
{
    public required IntakeChannel Channel { get; init; }

    /// <summary>The day the application arrived (handed in, signed for, delivered, submitted online).</summary>
    public required DateOnly Arrived { get; init; }

    /// <summary>The receipt date of 第三十一条; null while a needed confirmation is outstanding.</summary>
    public DateOnly? Received { get; init; }

    public required Applicant Applicant { get; init; }

    public required RequestDetails Request { get; init; }

    public CorrectionStep? Correction { get; init; }

    public IReadOnlyList<Consultation> Consultations { get; init; } = [];

    public ExtensionStep? Extension { get; init; }

    public FeeStep? Fee { get; init; }

    /// <summary>The request for reasons of 第三十五条, if the quantity or frequency of applications led to one.</summary>
    public ReasonsRequestStep? ReasonsRequest { get; init; }

    /// <summary>The later reply deadline of 第三十五条, if one was fixed.</summary>
    public DeferralStep? Deferral { get; init; }

    public DecisionStep? Decision { get; init; }

    public DateOnly? Archived { get; init; }

    /// <summary>A new case; the receipt date follows from the channel (第三十一条).</summary>
    /// <param name="confirmed">For a channel that needs a confirmation: the day it was made, when already made.</param>
    public static ApplicationCase Open(IntakeChannel channel, DateOnly arrived, Applicant applicant, RequestDetails request, DateOnly? confirmed = null)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        ArgumentNullException.ThrowIfNull(request);
        Require(applicant.Name.Trim().Length > 0, "缺少申请人姓名或名称（第二十九条）。");
        Require(request.Content.Trim().Length > 0, "缺少所需政府信息的名称、文号或者便于查询的其他特征性描述（第二十九条）。");
        var opened = new ApplicationCase { Channel = channel, Arrived = arrived, Applicant = applicant, Request = request };
        return !channel.NeedsConfirmation() ? opened with { Received = arrived }
            : confirmed is { } day ? opened.ConfirmReceipt(day)
            : opened;
    }

    public CaseStatus Status =>
        Archived is not null ? CaseStatus.Archived
        : Decision is not null ? CaseStatus.Closed
        : Received is null ? CaseStatus.AwaitingReceipt
        : Correction is { CorrectedReceived: null } ? CaseStatus.AwaitingCorrection
        : Consultations.Any(c => c.Answered is null) ? CaseStatus.Consulting
        : Fee is { Paid: null } ? CaseStatus.AwaitingFee
        : CaseStatus.InProgress;

    /// <summary>
    /// What the receipt date owes to a late confirmation, or null: an ordinary letter is to be confirmed with the
    /// applicant on the day it arrives (第三十一条第（二）项), so a later confirmation date is the office's delay, and
    /// the page says so. The receipt date stays the confirmation day, as the article fixes it.
    /// </summary>
    public string? ReceiptWarning => Channel == IntakeChannel.PostOrdinary && Received is { } r && r > Arrived
        ? $"平常信函应于收到当日与申请人确认（第三十一条第（二）项）；本件 {IsoDate.Format(Arrived)} 到达，{IsoDate.Format(r)} 才确认，晚了 {r.DayNumber - Arrived.DayNumber} 天。"
        : null;

    /// <summary>The day the reply period runs from: receipt, or receipt of the corrected application.</summary>
    public DateOnly? ClockStart => Correction is { } c ? c.CorrectedReceived : Received;

    /// <summary>The deadlines on <paramref name="calendar"/>; null while the receipt is unconfirmed.</summary>
    public ApplicationClock? Clock(WorkingCalendar calendar) => Received is { } received
        ? StatutoryClock.Compute(calendar, new ClockInput(
            received,
            Correction is { } c ? new Correction(c.NoticeSent, c.CorrectedReceived) : null,
            Consultations,
            Extension is { } e ? new Extension(e.Approver, e.Approved) : null,
            Fee is { } f ? new FeeNotice(f.NoticeSent, f.Paid, f.NoticeReceived) : null,
            Deferral is { } d ? new Deferral(d.Notified, d.Until) : null))
        : null;

    /// <summary>The last day to pay the fee: 20 working days from the day after the applicant received the notice.</summary>
    public Deadline? FeeDue(WorkingCalendar calendar) =>
        Fee is { } f ? Fees.InformationProcessingFees.PaymentDue(calendar, f.NoticeReceived ?? f.NoticeSent) : null;

    /// <summary>What the clerk must watch next: the reply deadline, or the applicant's correction or payment deadline; null once closed.</summary>
    public (DateOnly Due, string What)? NextDeadline(WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Status switch
        {
            CaseStatus.AwaitingReceipt => (Arrived, "确认收件"),
            CaseStatus.AwaitingCorrection => (Correction!.CorrectBy, "申请人补正期限"),
            CaseStatus.AwaitingFee => (FeeDue(calendar)!.Due, "缴费期限"),
            CaseStatus.Consulting or CaseStatus.InProgress => (Clock(calendar)!.Reply!.Due, "答复期限"),
            _ => null,
        };
    }

    /// <summary>What the case contributes to the annual report; null while the receipt is unconfirmed.</summary>
    public ApplicationRecord? ToRecord() => Received is { } received
        ? new ApplicationRecord(Applicant.Type, received, Decision?.Date, Decision?.Outcome)
        : null;

    /// <summary>Corrects the registered applicant or request (a typing error at intake) while the case is open.</summary>
    public ApplicationCase Amend(Applicant applicant, RequestDetails request)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        ArgumentNullException.ThrowIfNull(request);
        RequireOpen();
        Require(applicant.Name.Trim().Length > 0, "缺少申请人姓名或名称（第二十九条）。");
        Require(request.Content.Trim().Length > 0, "缺少所需政府信息的名称、文号或者特征性描述（第二十九条）。");
        return this with { Applicant = applicant, Request = request };
    }

    public ApplicationCase ConfirmReceipt(DateOnly confirmed)
    {
        Require(Received is null, "该申请的收到日期已经确定。");
        Require(confirmed >= Arrived, $"确认日期 {IsoDate.Format(confirmed)} 早于申请到达日期 {IsoDate.Format(Arrived)}。");
        return this with { Received = confirmed };
    }

    /// <summary>
    /// The one 补正 notice (第三十条: 一次性告知, within 7 working days of receipt). A later notice is refused: it would
    /// restart the reply period the agency has already let run.
    /// </summary>
    public ApplicationCase RequestCorrection(DateOnly sent, string items, DateOnly correctBy, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        RequireOpen();
        Require(Received is { } r && sent >= r, "补正告知的日期不能早于收到申请之日。");
        var due = calendar.AddWorkingDays(Received!.Value, StatutoryClock.CorrectionNoticeDays).Due;
        Require(sent <= due, $"补正告知须在收到申请之日起 7 个工作日内一次性发出（第三十条），期限 {IsoDate.Format(due)} 已过：不能再要求补正，请依现有申请内容答复。");
        Require(Correction is null, "补正只能一次性告知（第三十条），本申请已经发出过补正告知。");
        Require(items.Trim().Length > 0, "补正告知须写明需要补正的事项（第三十条）。");
        Require(correctBy > sent, "补正期限须晚于告知日期。");
        Require(Extension is null && Fee is null && Consultations.Count == 0 && ReasonsRequest is null, "已经开始办理（征求意见、延期、收费或要求说明理由）的申请不能再要求补正。");
        return this with { Correction = new CorrectionStep(sent, items.Trim(), correctBy) };
    }

    public ApplicationCase ReceiveCorrection(DateOnly received)
    {
        RequireOpen();
        Require(Correction is { CorrectedReceived: null }, "没有等待中的补正。");
        Require(received >= Correction!.NoticeSent, "补正材料的收到日期不能早于补正告知日期。");
        return this with { Correction = Correction with { CorrectedReceived = received } };
    }

    /// <summary>No correction came by the deadline the notice gave: the application is deemed abandoned (其他处理 1).</summary>
    public ApplicationCase CloseForNoCorrection(DateOnly on)
    {
        RequireOpen();
        Require(Correction is { CorrectedReceived: null }, "没有等待中的补正，不能按逾期不补正处理。");
        Require(on > Correction!.CorrectBy, $"补正期限 {IsoDate.Format(Correction.CorrectBy)} 尚未届满。");
        return this with { Decision = new DecisionStep(on, ApplicationOutcome.OtherNoCorrection, [ApplicationOutcome.OtherNoCorrection], $"申请人无正当理由逾期未补正，视为放弃申请，行政机关不再处理该政府信息公开申请（第三十条）。补正期限为 {IsoDate.Format(Correction.CorrectBy)}。") };
    }

    public ApplicationCase Consult(string party, DateOnly sent)
    {
        RequireStarted();
        Require(party.Trim().Length > 0, "须写明征求意见的对象。");
        Require(sent >= ClockStart!.Value, "征求意见的日期不能早于答复期限的起算日。");
        return this with { Consultations = [.. Consultations, new Consultation(party.Trim(), sent, null)] };
    }

    public ApplicationCase ConsultationAnswered(int index, DateOnly answered)
    {
        RequireOpen();
        Require(index >= 0 && index < Consultations.Count && Consultations[index].Answered is null, "没有这项等待答复的征求意见。");
        Require(answered >= (Consultations[index].Delivered ?? Consultations[index].Sent), "答复日期不能早于发函（或对方收到）日期。");
        var list = Consultations.ToList();
        list[index] = list[index] with { Answered = answered };
        return this with { Consultations = list };
    }

    /// <summary>The day the consulted party received the letter: its 15 working days (第三十二条) run from then, not from sending.</summary>
    public ApplicationCase ConsultationDelivered(int index, DateOnly delivered)
    {
        RequireOpen();
        Require(index >= 0 && index < Consultations.Count && Consultations[index] is { Answered: null, Delivered: null }, "没有这项等待送达登记的征求意见。");
        Require(delivered >= Consultations[index].Sent, "收到日期不能早于发函日期。");
        var list = Consultations.ToList();
        list[index] = list[index] with { Delivered = delivered };
        return this with { Consultations = list };
    }

    /// <summary>The extension (第三十三条第二款): once, with the consent of the head of the disclosure office.</summary>
    public ApplicationCase Extend(string approver, DateOnly approved, string reason)
    {
        RequireStarted();
        Require(Extension is null, "答复期限只能延长一次，最长不超过 20 个工作日（第三十三条第二款）。");
        Require(approver.Trim().Length > 0, "延期须经政府信息公开工作机构负责人同意，请填写同意人（第三十三条第二款）。");
        Require(approved >= ClockStart!.Value, "同意延期的日期不能早于答复期限的起算日。");
        return this with { Extension = new ExtensionStep(approver.Trim(), approved, reason.Trim()) };
    }

    /// <summary>
    /// 第三十五条: the quantity or frequency of the applications clearly exceeds a reasonable range, so the agency asks
    /// the applicant for reasons. The reply period keeps running; the 条例 stops it for nothing here, and the later
    /// deadline of <see cref="Defer"/> is the remedy when the reasons hold.
    /// </summary>
    public ApplicationCase AskForReasons(DateOnly sent, string grounds, DateOnly explainBy)
    {
        RequireStarted();
        Require(ReasonsRequest is null, "已经要求申请人说明理由（第三十五条）。");
        Require(grounds.Trim().Length > 0, "须写明申请数量、频次明显超过合理范围的情况（第三十五条）。");
        Require(sent >= ClockStart!.Value, "要求说明理由的日期不能早于答复期限的起算日。");
        Require(explainBy > sent, "说明理由的期限须晚于通知日期。");
        return this with { ReasonsRequest = new ReasonsRequestStep(sent, grounds.Trim(), explainBy) };
    }

    /// <summary>The applicant's reasons arrived.</summary>
    public ApplicationCase ReasonsGiven(DateOnly on)
    {
        RequireOpen();
        Require(ReasonsRequest is { Explained: null }, "没有等待申请人说明的理由。");
        Require(on >= ReasonsRequest!.Sent, "说明理由的日期不能早于要求说明理由的日期。");
        return this with { ReasonsRequest = ReasonsRequest with { Explained = on } };
    }

    /// <summary>
    /// 第三十五条: the applicant's reasons are reasonable but the periods of 第三十三条 cannot be met, so the agency fixes a
    /// reasonable later deadline and tells the applicant — before the statutory deadline runs out, once.
    /// </summary>
    public ApplicationCase Defer(DateOnly notified, DateOnly until, string reason, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        RequireStarted();
        Require(ReasonsRequest is { Explained: not null }, "申请人说明理由之后，才能确定延迟答复的期限（第三十五条）。");
        Require(Deferral is null, "延迟答复的期限已经确定。");
        Require(reason.Trim().Length > 0, "须写明无法在法定期限内答复的理由。");
        Require(notified >= ReasonsRequest!.Explained!.Value, "告知日期不能早于申请人说明理由的日期。");
        var due = Clock(calendar)!.Reply!.Due;
        Require(notified <= due, $"延迟答复须在答复期限 {IsoDate.Format(due)} 届满前告知申请人（第三十五条）。");
        Require(until > due, $"延迟答复的期限须晚于法定答复期限 {IsoDate.Format(due)}。");
        return this with { Deferral = new DeferralStep(notified, until, reason.Trim()) };
    }

    /// <param name="received">The day the applicant received the notice (the same day when handed over or sent electronically); the 20 days to pay run from the day after.</param>
    public ApplicationCase NoticeFee(string method, int quantity, decimal amountYuan, string explanation, DateOnly sent, DateOnly? received = null)
    {
        RequireStarted();
        Require(Fee is null, "本申请已经发出过收费通知。");
        Require(amountYuan > 0, "收费金额为零的，不发收费通知（国办函〔2020〕109号）。");
        Require(sent >= ClockStart!.Value, "收费通知的日期不能早于答复期限的起算日。");
        Require(received is null || received >= sent, "申请人收到收费通知的日期不能早于发出日期。");
        return this with { Fee = new FeeStep(method, quantity, amountYuan, explanation, sent, NoticeReceived: received) };
    }

    public ApplicationCase FeePaid(DateOnly paid)
    {
        RequireOpen();
        Require(Fee is { Paid: null }, "没有未缴的信息处理费。");
        Require(paid >= Fee!.NoticeSent, "缴费日期不能早于收费通知日期。");
        return this with { Fee = Fee with { Paid = paid } };
    }

    /// <summary>The fee was not paid within the 20 working days: deemed abandoned (其他处理 2).</summary>
    public ApplicationCase CloseForUnpaidFee(DateOnly on, WorkingCalendar calendar)
    {
        RequireOpen();
        Require(Fee is { Paid: null }, "没有未缴的信息处理费，不能按逾期未缴费处理。");
        var due = FeeDue(calendar)!.Due;
        Require(on > due, $"缴费期限 {IsoDate.Format(due)} 尚未届满。");
        return this with { Decision = new DecisionStep(on, ApplicationOutcome.OtherFeeUnpaid, [ApplicationOutcome.OtherFeeUnpaid], $"申请人逾期未按收费通知要求缴纳信息处理费（缴费期限 {IsoDate.Format(due)}），视为放弃申请，行政机关不再处理该政府信息公开申请（国办函〔2020〕109号）。") };
    }

    /// <summary>
    /// The reply. Parts answered separately give one outcome by <see cref="ApplicationOutcomes.OfParts"/> (mixed
    /// results with something disclosed count once as 部分公开); when the parts disclose nothing and differ, the clerk
    /// names the row in <paramref name="chosen"/>.
    /// </summary>
    public ApplicationCase Decide(DateOnly on, IReadOnlyList<ApplicationOutcome> parts, string reasons, string provided = "", ApplicationOutcome? chosen = null)
    {
        RequireOpen();
        Require(Received is not null, "收到日期确认之前不能作出答复。");
        Require(Correction is not { CorrectedReceived: null }, "正在等待补正：收到补正材料后再答复，或在补正期限届满后按逾期不补正处理。");
        Require(Fee is not { Paid: null }, "信息处理费尚未缴纳：缴费后再答复，或在缴费期限届满后按逾期未缴费处理。");
        Require(parts.Count > 0, "须至少选择一项办理结果。");
        Require(!parts.Any(p => p is ApplicationOutcome.OtherNoCorrection or ApplicationOutcome.OtherFeeUnpaid), "逾期不补正、逾期未缴费由相应的办理步骤处理。");
        Require(on >= ClockStart!.Value, "答复日期不能早于答复期限的起算日。");
        Require(!parts.Contains(ApplicationOutcome.DeclinedExcessive) || ReasonsRequest is { } asked && (asked.Explained is { } given && on >= given || on > asked.ExplainBy),
            "以申请数量、频次明显超过合理范围不予处理，须先要求申请人说明理由，并在收到说明或说明期限届满之后（第三十五条）。");
        var derived = ApplicationOutcomes.OfParts(parts);
        Require(derived is not null || chosen is not null, "各部分均未公开且结果不同：请选择本申请计入年报的一项办理结果。");
        Require(derived is null || chosen is null || chosen == derived, "区分处理的申请只计部分公开，不能另选其他结果（年报表三（二））。");
        var outcome = derived ?? chosen!.Value;
        Require(derived is not null || parts.Contains(outcome), "所选结果须是各部分结果之一。");
        return this with { Decision = new DecisionStep(on, outcome, [.. parts], reasons.Trim(), provided.Trim()) };
    }

    /// <summary>The applicant withdrew the application (其他处理 3).</summary>
    public ApplicationCase Withdraw(DateOnly on, string note)
    {
        RequireOpen();
        Require(on >= (Received ?? Arrived), "撤回日期不能早于收到申请之日（未确认收件的，不能早于到达日期）。");
        var why = note.Trim().Length > 0 ? note.Trim() : "申请人撤回申请。";
        return this with { Decision = new DecisionStep(on, ApplicationOutcome.OtherMisc, [ApplicationOutcome.OtherMisc], why) };
    }

    /// <summary>Archiving (第四十五条) once the case is closed.</summary>
    public ApplicationCase Archive(DateOnly on)
    {
        Require(Decision is not null && Archived is null, "只有已办结、未归档的申请可以归档。");
        Require(on >= Decision!.Date, "归档日期不能早于办结日期。");
        return this with { Archived = on };
    }

    private void RequireOpen() => Require(Decision is null, "该申请已经办结，不能再办理。");

    private void RequireStarted()
    {
        RequireOpen();
        Require(Received is not null, "收到日期确认之前不能办理。");
        Require(ClockStart is not null, "正在等待补正：收到补正材料之后才能继续办理。");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new CaseTransitionException(message);
        }
    }
}
