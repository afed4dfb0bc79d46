using Gongkai.Casework;
using Gongkai.Casework.Applications;
using Gongkai.Casework.Notices;
using Gongkai.Casework.Statistics;
using Gongkai.Data;
using Gongkai.Data.Casework;
using Gongkai.Web.Accounts;
using Gongkai.Web.Audit;
using Gongkai.Web.Casework;
using Gongkai.Web.Casework.Reminders;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Cases;

/// <summary>
/// Registers an application received at the office (in person, by post, fax or e-mail): the receipt date follows the
/// channel's rule of 第三十一条, and the case is assigned to the clerk who registers it.
/// </summary>
public sealed class NewModel(Database database, TimeProvider clock, OutboxSignal outbox) : PageModel
{
    public DateOnly Today { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The applicant and request fields: empty, or as typed when the form comes back with an error.</summary>
    public ApplicantFieldsView Fields { get; private set; } = ApplicantFieldsView.Empty;

    /// <summary>The intake fields as typed when the form comes back with an error.</summary>
    public (string Channel, string Arrived, string Confirmed)? TypedIntake { get; private set; }

    public IActionResult OnGet()
    {
        if (User.AgencyId() is not { } agency || !CaseAccess.CanAct(User, agency))
        {
            return Forbid();
        }

        Today = ChinaClock.Today(clock);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.AgencyId() is not { } agency || !CaseAccess.CanAct(User, agency))
        {
            return Forbid();
        }

        Today = ChinaClock.Today(clock);
        var form = Request.Form;
        ApplicationCase opened;
        try
        {
            opened = Intake.Read(form, Today);
        }
        catch (Exception e) when (e is FormException or CaseTransitionException)
        {
            Error = e.Message;
            Fields = ApplicantFieldsView.Typed(form);
            TypedIntake = (form["channel"].ToString(), form["arrived"].ToString(), form["confirmed"].ToString());
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await using var c = await database.OpenAsync(cancellationToken);
        var calendar = await CalendarStore.LoadAsync(c);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        var stored = await CaseStore.InsertAsync(c, tx, database, agency, opened, calendar, User.UserId());
        await AuditLog.WriteAsync(c, tx, database, User, "application.register", "application", stored.Id, null, CaseJson.Write(opened));
        // The 登记回执 goes to an applicant who gave an address once the receipt date is fixed: now, or at the confirmation.
        var queued = opened.Received is not null && opened.Applicant.Email.Length > 0
            && await ApplicantOutbox.QueueAsync(c, tx, database, stored.Id, [nameof(NoticeKind.Acknowledgment)], opened.Applicant.Email) > 0;
        await tx.CommitAsync(cancellationToken);
        if (queued)
        {
            outbox.Raise();
        }

        return Redirect($"/cases/{stored.Id}?done=registered");
    }
}

/// <summary>The intake fields shared by the clerk's form and the applicant portal.</summary>
public static class Intake
{
    public static ApplicationCase Read(IFormCollection form, DateOnly today, IntakeChannel? fixedChannel = null)
    {
        var channel = fixedChannel ?? (Enum.TryParse<IntakeChannel>(form["channel"], out var ch) && Enum.IsDefined(ch) ? ch : throw new FormException("请选择申请方式。"));
        var arrived = fixedChannel is null ? FormDates.Date(form["arrived"], "到达日期") : today;
        if (arrived > today)
        {
            throw new FormException("到达日期不能晚于今天。");
        }

        var confirmed = fixedChannel is null ? FormDates.OptionalDate(form["confirmed"], "确认日期") : null;
        return ApplicationCase.Open(channel, arrived, ReadApplicant(form), ReadRequest(form), confirmed);
    }

    public static Applicant ReadApplicant(IFormCollection form)
    {
        var type = Enum.TryParse<ApplicantType>(form["applicantType"], out var t) && Enum.IsDefined(t) ? t : throw new FormException("请选择申请人类型。");
        var applicant = new Applicant(
            type,
            FormDates.Text(form["name"], "申请人姓名或名称", 200),
            FormDates.Text(form["idDocument"], "身份证明（证件号码或统一社会信用代码）", 100),
            FormDates.Text(form["phone"], "联系电话", 50, required: false),
            FormDates.Email(form["email"], "电子邮箱"),
            FormDates.Text(form["address"], "通信地址", 300, required: false));
        if (applicant.Phone.Length == 0 && applicant.Email.Length == 0 && applicant.Address.Length == 0)
        {
            throw new FormException("请至少填写一种联系方式（电话、电子邮箱或通信地址）（第二十九条）。");
        }

        return applicant;
    }

    public static RequestDetails ReadRequest(IFormCollection form) =>
        new(
            FormDates.Text(form["content"], "所需政府信息的名称、文号或者特征性描述", 4000),
            FormDates.Text(form["form"], "获取信息的形式", 50, required: false) is { Length: > 0 } f ? f : "电子文档",
            FormDates.Text(form["delivery"], "获取信息的途径", 50, required: false) is { Length: > 0 } d ? d : "电子邮件");
}
