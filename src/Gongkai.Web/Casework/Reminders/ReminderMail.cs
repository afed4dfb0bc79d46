using System.Globalization;
using System.Net.Mail;
using System.Text;
using Gongkai.Casework;
using Gongkai.Casework.Applications;

namespace Gongkai.Web.Casework.Reminders;

/// <summary>The reminder e-mail, in Chinese: what is due on which case, by when, and the link to the case.</summary>
public static class ReminderMail
{
    /// <summary>E.g. 【政府信息公开】申请 2026-0012 答复期限 2026-12-01 还有 2 个工作日.</summary>
    public static string Subject(Reminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var d = reminder.Due;
        return $"【政府信息公开】申请 {d.Case.Number} {Deadline(d.What)} {IsoDate.Format(d.Due)} {State(d.Urgency)}";
    }

    public static string Body(Reminder reminder, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        ArgumentNullException.ThrowIfNull(options);
        var d = reminder.Due;
        var status = Enum.TryParse<CaseStatus>(d.Case.Status, out var s) ? s.Label() : d.Case.Status;
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"{(reminder.RecipientName.Length > 0 ? reminder.RecipientName : "您好")}：\r\n\r\n");
        body.Append(CultureInfo.InvariantCulture, $"{d.Case.AgencyName}的政府信息公开申请 {d.Case.Number}{(d.Urgency.Kind == ReminderKind.Overdue ? "已逾期" : "即将到期")}。\r\n\r\n");
        body.Append(CultureInfo.InvariantCulture, $"机关：{d.Case.AgencyName}\r\n");
        body.Append(CultureInfo.InvariantCulture, $"申请人：{d.Case.ApplicantName}\r\n");
        body.Append(CultureInfo.InvariantCulture, $"办理状态：{status}\r\n");
        body.Append(CultureInfo.InvariantCulture, $"到期事项：{Deadline(d.What)}\r\n");
        body.Append(CultureInfo.InvariantCulture, $"期限：{IsoDate.Format(d.Due)}（{State(d.Urgency)}）\r\n");
        body.Append(CultureInfo.InvariantCulture, $"负责人：{(d.Case.AssignedName is { Length: > 0 } name ? name : "未分配")}\r\n\r\n");
        body.Append(CultureInfo.InvariantCulture, $"办理页面：{options.CaseUrl(d.Case.Id)}\r\n\r\n");
        body.Append("此邮件由政府信息公开系统自动发送，同一期限只提醒一次，请勿回复。\r\n");
        return body.ToString();
    }

    public static MailMessage Message(Reminder reminder, ReminderOptions options, SmtpSettings smtp) =>
        Plain(smtp, reminder.Recipient, Subject(reminder), Body(reminder, options));

    /// <summary>A plain-text message from the system as SmtpClient sends it: UTF-8 subject and body (encoded for 7-bit transport by SmtpClient).</summary>
    public static MailMessage Plain(SmtpSettings smtp, string recipient, string subject, string body)
    {
        ArgumentNullException.ThrowIfNull(smtp);
        return new MailMessage(new MailAddress(smtp.From, "政府信息公开系统", Encoding.UTF8), new MailAddress(recipient))
        {
            Subject = subject,
            SubjectEncoding = Encoding.UTF8,
            Body = body,
            BodyEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
    }

    /// <summary>还有 2 个工作日, 今天到期, 已逾期; a deadline on a day off before the next working day: 下一个工作日之前到期.</summary>
    public static string State(Urgency urgency) => urgency switch
    {
        { Kind: ReminderKind.Overdue } => "已逾期",
        { DueToday: true } => "今天到期",
        { WorkingDaysLeft: 0 } => "下一个工作日之前到期",
        var u => $"还有 {u.WorkingDaysLeft.ToString(CultureInfo.InvariantCulture)} 个工作日",
    };

    /// <summary>答复期限, 缴费期限, …; 确认收件 reads 确认收件期限.</summary>
    private static string Deadline(string what) => what.EndsWith("期限", StringComparison.Ordinal) ? what : what + "期限";
}
