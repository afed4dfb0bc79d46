using System.Net.Mail;
using System.Net.Sockets;
using Gongkai.Data;
using Gongkai.Data.Casework;

namespace Gongkai.Web.Casework.Reminders;

/// <summary>What one round found and did.</summary>
/// <param name="Due">Every reminder due and not sent before this round (all of them stay here when no SMTP server is configured).</param>
/// <param name="Sent">The reminders this round sent and recorded.</param>
/// <param name="Failed">How many could not be sent; they are tried again next round.</param>
public sealed record ReminderRoundResult(IReadOnlyList<Reminder> Due, IReadOnlyList<Reminder> Sent, int Failed);

/// <summary>
/// One round of deadline reminders: the open cases whose next deadline is near or past, one e-mail per address that
/// has not had this reminder for this deadline, each recorded in <c>reminders_sent</c> once the SMTP server took it.
/// A failed send is logged as one line and left for the next round; nothing here throws for a mail problem.
/// </summary>
public static class ReminderRound
{
    /// <summary>How long one SMTP exchange may take before it counts as failed.</summary>
    private const int SmtpTimeoutMilliseconds = 30_000;

    public static async Task<ReminderRoundResult> RunAsync(Database database, ReminderOptions options, DateOnly today, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var calendar = await CalendarStore.LoadAsync(database, cancellationToken);
        IReadOnlyList<Reminder> due;
        await using (var c = await database.OpenAsync(cancellationToken))
        {
            var cases = ReminderPlan.DueCases(await CaseStore.OpenAsync(c), today, calendar, options.DueSoonWorkingDays);
            var clerks = await SentReminders.ClerksAsync(c, database.Clock.GetUtcNow());
            var sent = await SentReminders.KeysAsync(c);
            due = [.. ReminderPlan.Reminders(cases, clerks).Where(r => !sent.Contains(SentReminders.Key(r)))];
        }

        if (options.Smtp is not { } smtp || due.Count == 0)
        {
            return new ReminderRoundResult(due, [], 0);
        }

        var done = new List<Reminder>();
        var failed = 0;
        using var client = Client(smtp);
        for (var i = 0; i < due.Count; i++)
        {
            var reminder = due[i];
            try
            {
                using (var message = ReminderMail.Message(reminder, options, smtp))
                {
                    await client.SendMailAsync(message, cancellationToken);
                }

                await using var c = await database.OpenAsync(cancellationToken);
                await using var tx = await c.BeginTransactionAsync(cancellationToken);
                await SentReminders.RecordAsync(c, tx, reminder, database.Clock);
                await tx.CommitAsync(cancellationToken);
                done.Add(reminder);
            }
            catch (Exception e) when (e is SmtpFailedRecipientException or FormatException)
            {
                // This address only: the server refused it, or it is not an address.
                failed++;
                logger.LogWarning("提醒邮件未发出（reminder not sent）：申请 {Number} {Kind} → {Recipient}：{Error}", reminder.Due.Case.Number, reminder.Kind, reminder.Recipient, Describe(e));
            }
            catch (Exception e) when (e is SmtpException or IOException or SocketException or InvalidOperationException)
            {
                // The server is down or refuses us: the rest would fail the same way; all of them wait for the next round.
                failed += due.Count - i;
                logger.LogWarning("邮件服务器 {Host}:{Port} 不可用，{Count} 封提醒下一轮再发（SMTP server unavailable）：{Error}", smtp.Host, smtp.Port, due.Count - i, Describe(e));
                break;
            }
        }

        return new ReminderRoundResult(due, done, failed);
    }

    internal static SmtpClient Client(SmtpSettings smtp) => new(smtp.Host, smtp.Port)
    {
        EnableSsl = smtp.EnableSsl,
        DeliveryMethod = SmtpDeliveryMethod.Network,
        Timeout = SmtpTimeoutMilliseconds,
        Credentials = smtp.User is { } user ? new System.Net.NetworkCredential(user, smtp.Password) : null,
    };

    /// <summary>The exception's message with its causes', on one line.</summary>
    internal static string Describe(Exception e)
    {
        var parts = new List<string>();
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            parts.Add(x.Message.ReplaceLineEndings(" ").Trim());
        }

        return string.Join(" ← ", parts.Distinct());
    }
}
