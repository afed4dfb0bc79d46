using System.Data.Common;
using Gongkai.Casework;
using Gongkai.Casework.Applications;
using Gongkai.Casework.Fees;
using Gongkai.Casework.Notices;
using Gongkai.Casework.Statistics;
using Gongkai.Data;
using Gongkai.Data.Casework;
using Gongkai.Data.Queries;
using Gongkai.Web.Accounts;
using Gongkai.Web.Audit;
using Gongkai.Web.Casework;
using Gongkai.Web.Casework.Reminders;
using Gongkai.Writing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Cases;

/// <summary>
/// One application: its clock with how each date was counted, the steps the state allows, the notices it has
/// produced (DOCX) and its history. Every step is a transition of <see cref="ApplicationCase"/>, stored with its
/// audit line in one transaction; only the agency's own clerks may take one.
/// </summary>
public sealed class CaseModel(Database database, TimeProvider clock, OutboxSignal outbox) : PageModel
{
    [FromRoute]
    public long Id { get; set; }

    public StoredCase Stored { get; private set; } = null!;

    public ApplicationCase Value => Stored.Case;

    public Agency Agency { get; private set; } = null!;

    public WorkingCalendar Calendar { get; private set; } = WorkingCalendar.Default;

    public ApplicationClock? Clock { get; private set; }

    public bool CanAct { get; private set; }

    public DateOnly Today { get; private set; }

    public string? Message { get; private set; }

    public bool MessageIsError { get; private set; }

    public string? AssignedName { get; private set; }

    /// <summary>This applicant's applications to the agency earlier in the month of arrival (the 按件 count).</summary>
    public int EarlierThisMonth { get; private set; }

    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    public IReadOnlyList<StoredAppeal> Appeals { get; private set; } = [];

    /// <summary>The notices e-mailed (or waiting to be) to the applicant.</summary>
    public IReadOnlyList<OutboxItem> Mailed { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        if (await LoadAsync(c, cancellationToken) is { } refused)
        {
            return refused;
        }

        Message = done switch
        {
            "registered" => $"已登记，编号 {Stored.Number}，查询码 {Stored.TrackingCode}（请告知申请人）。",
            "saved" => "已保存。",
            _ => null,
        };
        return Page();
    }

    /// <summary>Corrects the registered applicant or request; the form posts the applicant fields.</summary>
    public Task<IActionResult> OnPostAmendAsync() =>
        StepAsync("application.amend", (v, _) => v.Amend(Intake.ReadApplicant(Request.Form), Intake.ReadRequest(Request.Form)));

    public Task<IActionResult> OnPostConfirmAsync(string? date) =>
        StepAsync("application.confirm", (v, _) => v.ConfirmReceipt(Day(date, "确认日期")));

    public Task<IActionResult> OnPostCorrectionAsync(string? sent, string? items, string? correctBy) =>
        StepAsync("application.correction", (v, _) => v.RequestCorrection(Day(sent, "告知日期"), FormDates.Text(items, "需要补正的事项", 2000), FormDates.Date(correctBy, "补正期限"), Calendar));

    public Task<IActionResult> OnPostCorrectedAsync(string? date) =>
        StepAsync("application.corrected", (v, _) => v.ReceiveCorrection(Day(date, "收到补正日期")));

    public Task<IActionResult> OnPostNoCorrectionAsync(string? date) =>
        StepAsync("application.no-correction", (v, _) => v.CloseForNoCorrection(Day(date, "日期")));

    public Task<IActionResult> OnPostConsultAsync(string? party, string? sent) =>
        StepAsync("application.consult", (v, _) => v.Consult(FormDates.Text(party, "征求意见对象", 200), Day(sent, "发函日期")));

    public Task<IActionResult> OnPostAnsweredAsync(int index, string? date) =>
        StepAsync("application.consult-answered", (v, _) => v.ConsultationAnswered(index, Day(date, "答复日期")));

    public Task<IActionResult> OnPostDeliveredAsync(int index, string? date) =>
        StepAsync("application.consult-delivered", (v, _) => v.ConsultationDelivered(index, Day(date, "对方收到日期")));

    public Task<IActionResult> OnPostReasonsAsync(string? sent, string? grounds, string? explainBy) =>
        StepAsync("application.ask-reasons", (v, _) => v.AskForReasons(Day(sent, "通知日期"), FormDates.Text(grounds, "超过合理范围的情况", 2000), FormDates.Date(explainBy, "说明理由期限")));

    public Task<IActionResult> OnPostExplainedAsync(string? date) =>
        StepAsync("application.reasons-given", (v, _) => v.ReasonsGiven(Day(date, "收到说明日期")));

    public Task<IActionResult> OnPostDeferAsync(string? notified, string? until, string? reason) =>
        StepAsync("application.defer", (v, _) => v.Defer(Day(notified, "告知日期"), FormDates.Date(until, "延迟答复期限"), FormDates.Text(reason, "无法在法定期限内答复的理由", 1000), Calendar));

    public Task<IActionResult> OnPostExtendAsync(string? approver, string? approved, string? reason) =>
        StepAsync("application.extend", (v, _) => v.Extend(FormDates.Text(approver, "同意延期的负责人", 100), Day(approved, "同意日期"), FormDates.Text(reason, "延期理由", 1000)));

    /// <summary>A fee notice; the amount is computed here by 109号's tiers, never typed.</summary>
    public Task<IActionResult> OnPostFeeAsync(string? method, string? pages, string? sent, string? received) =>
        StepAsync("application.fee", (v, earlier) =>
        {
            var fee = method == "按量"
                ? InformationProcessingFees.ForPages(Math.Max(1, FormDates.Count(pages, "页数", 1_000_000)))
                : InformationProcessingFees.ForApplications(earlier);
            var quantity = fee.Method == FeeMethod.PerPage ? fee.Last : earlier + 1;
            return v.NoticeFee(fee.Method == FeeMethod.PerPage ? "按量" : "按件", quantity, fee.Amount, fee.Explanation, Day(sent, "通知日期"),
                FormDates.OptionalDate(received, "申请人收到通知之日"));
        });

    public Task<IActionResult> OnPostPaidAsync(string? date) =>
        StepAsync("application.fee-paid", (v, _) => v.FeePaid(Day(date, "缴费日期")));

    public Task<IActionResult> OnPostUnpaidAsync(string? date) =>
        StepAsync("application.fee-unpaid", (v, _) => v.CloseForUnpaidFee(Day(date, "日期"), Calendar));

    public Task<IActionResult> OnPostDecideAsync(string? date, string[]? parts, string? chosen, string? reasons, string? provided) =>
        StepAsync("application.decide", (v, _) =>
        {
            var outcomes = (parts ?? []).Select(p => Enum.TryParse<ApplicationOutcome>(p, out var o) && Enum.IsDefined(o) ? o : throw new FormException("办理结果无效。")).ToList();
            ApplicationOutcome? pick = Enum.TryParse<ApplicationOutcome>(chosen, out var ch) && Enum.IsDefined(ch) ? ch : null;
            return v.Decide(Day(date, "答复日期"), outcomes, FormDates.Text(reasons, "答复理由及依据", 8000, required: false), FormDates.Text(provided, "提供的信息", 8000, required: false), pick);
        });

    public Task<IActionResult> OnPostWithdrawAsync(string? date, string? note) =>
        StepAsync("application.withdraw", (v, _) => v.Withdraw(Day(date, "撤回日期"), FormDates.Text(note, "说明", 1000, required: false)));

    public Task<IActionResult> OnPostArchiveAsync(string? date) =>
        StepAsync("application.archive", (v, _) => v.Archive(Day(date, "归档日期")));

    /// <summary>The clerk takes an unassigned case (one submitted online) or one of a colleague.</summary>
    public Task<IActionResult> OnPostTakeAsync() => StepAsync("application.assign", (v, _) => v, assign: true);

    /// <summary>A notice of the case as a DOCX in official document style.</summary>
    public async Task<IActionResult> OnGetNoticeAsync(NoticeKind kind, int index, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        if (await LoadAsync(c, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!CanAct && !CaseNotices.ForSupervisor(kind))
        {
            return NotFound();
        }

        return await CaseNotices.MakeAsync(c, Stored, kind, index, Calendar) is { } notice
            ? File(NoticeWriter.Docx(notice), DocxWriter.ContentType, $"{Stored.Number}-{kind}.docx")
            : NotFound();
    }

    /// <summary>An audit action of a case as the history shows it.</summary>
    public static string ActionLabel(string action) => action switch
    {
        "application.register" => "登记申请",
        "application.apply-online" => "在线提交申请",
        "application.confirm" => "确认收件",
        "application.correction" => "发出补正告知",
        "application.corrected" => "收到补正材料",
        "application.no-correction" => "逾期未补正，办结",
        "application.consult" => "征求意见",
        "application.consult-delivered" => "对方收到征求意见书",
        "application.consult-answered" => "收到意见",
        "application.extend" => "延期答复",
        "application.ask-reasons" => "要求说明理由",
        "application.reasons-given" => "收到申请人说明理由",
        "application.defer" => "确定延迟答复期限",
        "application.fee" => "发出缴费通知",
        "application.fee-paid" => "缴费",
        "application.fee-unpaid" => "逾期未缴费，办结",
        "application.decide" => "作出答复",
        "application.withdraw" => "申请人撤回",
        "application.archive" => "归档",
        "application.assign" => "承办",
        "application.amend" => "更正登记信息",
        _ => action,
    };

    /// <summary>For a decided case: replied in time, or how many working days late.</summary>
    public string? Timeliness()
    {
        if (Value.Decision is not { } d || Clock?.Reply is not { } reply || d.Outcome is ApplicationOutcome.OtherMisc)
        {
            return null;
        }

        if (d.Date <= reply.Due)
        {
            return $"按期答复（答复期限 {reply.Due:yyyy-MM-dd}）。";
        }

        return $"超期答复：晚于答复期限 {reply.Due:yyyy-MM-dd} {Calendar.WorkingDaysBetween(reply.Due, d.Date)} 个工作日（第三十三条）。";
    }

    private async Task<IActionResult> StepAsync(string action, Func<ApplicationCase, int, ApplicationCase> step, bool assign = false)
    {
        var cancellationToken = HttpContext.RequestAborted;
        await using var c = await database.OpenAsync(cancellationToken);
        if (await LoadAsync(c, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!CanAct)
        {
            return Forbid();
        }

        ApplicationCase next;
        try
        {
            next = step(Value, EarlierThisMonth);
        }
        catch (Exception e) when (e is FormException or CaseTransitionException)
        {
            return Refuse(StatusCodes.Status422UnprocessableEntity, e.Message);
        }

        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        try
        {
            var before = CaseJson.Write(Value);
            var saved = await CaseStore.UpdateAsync(c, tx, database, Stored, next, Calendar, assign ? User.UserId() : null);
            await AuditLog.WriteAsync(c, tx, database, User, action, "application", Id, before, CaseJson.Write(saved.Case));
            // A new notice for the applicant goes out by e-mail when the applicant gave an address: queued here, sent by
            // the reminder service as soon as the signal below wakes it.
            var queued = false;
            if (next.Applicant.Email.Length > 0)
            {
                var had = CaseNotices.Available(Value).Select(n => n.Kind).ToHashSet();
                var made = CaseNotices.Available(next).Select(n => n.Kind).Where(k => k != NoticeKind.ThirdPartyConsultation && !had.Contains(k)).Distinct();
                queued = await ApplicantOutbox.QueueAsync(c, tx, database, Id, made.Select(k => k.ToString()), next.Applicant.Email) > 0;
            }

            await tx.CommitAsync(cancellationToken);
            if (queued)
            {
                outbox.Raise();
            }
        }
        catch (CaseConflictException e)
        {
            return Refuse(StatusCodes.Status409Conflict, e.Message);
        }

        return Redirect($"/cases/{Id}?done=saved");
    }

    /// <summary>The date of a step taken: a date, not after today.</summary>
    private DateOnly Day(string? value, string field) => FormDates.Past(value, field, Today);

    /// <summary>
    /// What was typed into <paramref name="field"/> of the step form <paramref name="step"/> when that step was just
    /// refused, so the clerk corrects it instead of typing a long reply again; otherwise empty.
    /// </summary>
    public string Typed(string step, string field) => Refused(step) ? Request.Form[field].ToString() : "";

    /// <summary>True when the refused step form <paramref name="step"/> had <paramref name="value"/> ticked or chosen in <paramref name="field"/>.</summary>
    public bool TypedHas(string step, string field, string value) => Refused(step) && Request.Form[field].Contains(value);

    /// <summary>True when a correction of the registered details was just refused: its form opens again as typed.</summary>
    public bool AmendRefused => Refused("amend");

    private bool Refused(string step) =>
        MessageIsError && Request.HasFormContentType && string.Equals(RouteData.Values["handler"] as string, step, StringComparison.OrdinalIgnoreCase);

    private IActionResult Refuse(int statusCode, string message)
    {
        Message = message;
        MessageIsError = true;
        Response.StatusCode = statusCode;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(DbConnection c, CancellationToken cancellationToken)
    {
        if (await CaseStore.GetAsync(c, Id) is not { } stored || !await CaseAccess.CanReadAsync(c, User, stored.AgencyId))
        {
            return NotFound();
        }

        Stored = stored;
        Agency = (await AgencyQueries.ByIdAsync(c, stored.AgencyId))!;
        Calendar = await CalendarStore.LoadAsync(c);
        Clock = Value.Clock(Calendar);
        CanAct = CaseAccess.CanAct(User, stored.AgencyId);
        Today = ChinaClock.Today(clock);
        AssignedName = stored.AssignedTo is { } user ? await Dapper.SqlMapper.ExecuteScalarAsync<string?>(c, "SELECT display_name FROM users WHERE id = @user", new { user }) : null;
        // Only the fee form and its handler use the count, and only while no fee was noticed on an open case.
        EarlierThisMonth = Value.Fee is null && Value.Status.IsOpen()
            ? await CaseStore.CountByApplicantInMonthAsync(c, stored.AgencyId, Value.Applicant.IdDocument, Value.Arrived, stored.Id)
            : 0;
        History = await AuditLog.RecentAsync(database, "application", Id.ToString(System.Globalization.CultureInfo.InvariantCulture), 100, cancellationToken);
        Appeals = await AppealStore.OfApplicationAsync(c, Id);
        Mailed = await ApplicantOutbox.OfCaseAsync(c, Id);
        return null;
    }
}
