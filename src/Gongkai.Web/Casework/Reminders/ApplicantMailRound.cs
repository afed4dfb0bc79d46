using System.Globalization;
using System.Net.Mail;
using System.Net.Sockets;
using System.Text;
using Gongkai.Casework.Notices;
using Gongkai.Data;
using Gongkai.Data.Casework;
using Gongkai.Data.Queries;

namespace Gongkai.Web.Casework.Reminders;

/// <summary>
/// Sends the notices queued in <see cref="ApplicantOutbox"/> to applicants who gave an e-mail address: the notice's
/// text in the mail and the notice itself as DOCX attached; for an online submission, the tracking code at once.
/// Run by the reminder service whenever a step queues something and every interval; a refused address is tried
/// again up to <see cref="ApplicantOutbox.MaxAttempts"/> times, a server that is down leaves everything for the next
/// round.
/// </summary>
public static class ApplicantMailRound
{
    /// <summary>
    /// The outbox kind of the mail that confirms an online submission with its tracking code: not a notice (the
    /// receipt date is not fixed until the clerk confirms it), so plain text without an attachment.
    /// </summary>
    public const string Submitted = "Submitted";

    /// <returns>How many notices were sent.</returns>
    public static async Task<int> RunAsync(Database database, ReminderOptions options, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Smtp is not { } smtp)
        {
            return 0;
        }

        await using var c = await database.OpenAsync(cancellationToken);
        var pending = await ApplicantOutbox.PendingAsync(c);
        if (pending.Count == 0)
        {
            return 0;
        }

        var calendar = await CalendarStore.LoadAsync(c);
        using var client = ReminderRound.Client(smtp);
        var sent = 0;
        foreach (var item in pending)
        {
            if (await CaseStore.GetAsync(c, item.ApplicationId) is not { } stored)
            {
                await ApplicantOutbox.MarkRefusedAsync(c, item.Id);
                continue;
            }

            Notice? notice = null; // none for the submission mail
            if (item.Kind != Submitted)
            {
                notice = Enum.TryParse<NoticeKind>(item.Kind, out var kind) ? await CaseNotices.MakeAsync(c, stored, kind, -1, calendar) : null;
                if (notice is null)
                {
                    await ApplicantOutbox.MarkRefusedAsync(c, item.Id);
                    continue;
                }
            }

            try
            {
                using (var message = notice is null
                    ? SubmittedMessage(stored, (await AgencyQueries.ByIdAsync(c, stored.AgencyId))?.FullName ?? "", item.Recipient, options, smtp)
                    : Message(stored, notice, item.Recipient, options, smtp))
                {
                    await client.SendMailAsync(message, cancellationToken);
                }

                await ApplicantOutbox.MarkSentAsync(c, database, item.Id);
                sent++;
            }
            catch (Exception e) when (e is SmtpFailedRecipientException or FormatException or ArgumentException or System.Xml.XmlException)
            {
                // This notice only (the address refused, or a notice that cannot be written): it must not hold up the queue.
                await ApplicantOutbox.MarkRefusedAsync(c, item.Id);
                logger.LogWarning("文书邮件未发出（notice not sent）：申请 {Number} {Kind} → {Recipient}：{Error}", stored.Number, item.Kind, item.Recipient, ReminderRound.Describe(e));
            }
            catch (Exception e) when (e is SmtpException or IOException or SocketException or InvalidOperationException)
            {
                logger.LogWarning("邮件服务器 {Host}:{Port} 不可用，文书邮件下一轮再发（SMTP server unavailable）：{Error}", smtp.Host, smtp.Port, ReminderRound.Describe(e));
                break;
            }
        }

        return sent;
    }

    /// <summary>The mail that confirms an online submission: the number, the tracking code and what happens next.</summary>
    public static MailMessage SubmittedMessage(StoredCase stored, string agency, string recipient, ReminderOptions options, SmtpSettings smtp)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(smtp);
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"{stored.Case.Applicant.Name}：\r\n\r\n");
        body.Append(CultureInfo.InvariantCulture, $"您于 {stored.Case.Arrived:yyyy-MM-dd} 通过互联网向{agency}提出的政府信息公开申请已提交，编号 {stored.Number}，所需信息：{stored.Case.Request.Content}。\r\n\r\n");
        body.Append("根据《中华人民共和国政府信息公开条例》第三十一条第（三）项，通过互联网渠道提交的申请，以双方确认之日为收到申请之日。本机关确认后，将向您发送登记回执，答复期限自该日起计算。\r\n\r\n");
        body.Append(CultureInfo.InvariantCulture, $"查询办理情况：{options.PublicUrl}/track（查询码 {stored.TrackingCode}，请妥善保存）\r\n");
        body.Append("此邮件由政府信息公开系统自动发送，请勿回复。\r\n");
        return ReminderMail.Plain(smtp, recipient, $"【政府信息公开】已收到您的在线申请（{agency}，申请 {stored.Number}）", body.ToString());
    }

    /// <summary>E.g. subject 【政府信息公开】补正告知书（某镇人民政府，申请 2026-0012）, the notice as text and as DOCX.</summary>
    public static MailMessage Message(StoredCase stored, Notice notice, string recipient, ReminderOptions options, SmtpSettings smtp)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(smtp);
        var title = NoticeWriter.PlainText(notice).Split('\n', 2)[0].Trim();
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"{stored.Case.Applicant.Name}：\r\n\r\n");
        body.Append(CultureInfo.InvariantCulture, $"您向{notice.Agency}提出的政府信息公开申请（编号 {stored.Number}）有新的文书：{title}。正式文书见附件（DOCX），全文如下。\r\n\r\n");
        body.Append(NoticeWriter.PlainText(notice).ReplaceLineEndings("\r\n"));
        body.Append(CultureInfo.InvariantCulture, $"\r\n查询办理情况：{options.PublicUrl}/track（查询码 {stored.TrackingCode}）\r\n");
        body.Append("此邮件由政府信息公开系统自动发送，请勿回复。\r\n");
        var message = ReminderMail.Plain(smtp, recipient, $"【政府信息公开】{title}（{notice.Agency}，申请 {stored.Number}）", body.ToString());
        var attachment = new Attachment(new MemoryStream(NoticeWriter.Docx(notice)), $"{stored.Number}-{title}.docx", Gongkai.Writing.DocxWriter.ContentType)
        {
            NameEncoding = Encoding.UTF8,
        };
        message.Attachments.Add(attachment);
        return message;
    }
}
