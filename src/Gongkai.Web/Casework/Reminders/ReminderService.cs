using Gongkai.Casework;
using Gongkai.Data;

namespace Gongkai.Web.Casework.Reminders;

/// <summary>
/// Runs a <see cref="ReminderRound"/> at start and then every <see cref="ReminderOptions.Interval"/>, and the
/// <see cref="ApplicantMailRound"/> whenever a step raises the <see cref="OutboxSignal"/> (and at least as often as the
/// reminders, to retry what the SMTP server refused); both are off when the interval is zero. A round that fails (the
/// database unreachable, say) is logged as one line and the next one runs on time.
/// </summary>
public sealed class ReminderService(Database database, ReminderOptions options, OutboxSignal outbox, TimeProvider clock, ILogger<ReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Interval <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await Task.WhenAll(RemindersAsync(stoppingToken), MailAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task RemindersAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Interval, clock);
        do
        {
            await RoundAsync("期限提醒本轮未完成，下一轮再试（reminder round failed）", async () =>
            {
                var result = await ReminderRound.RunAsync(database, options, ChinaClock.Today(clock), logger, stoppingToken);
                if (result.Sent.Count > 0 && logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("已发出期限提醒 {Count} 封（deadline reminders sent）", result.Sent.Count);
                }
            }, stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task MailAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            await RoundAsync("文书邮件本轮未完成，下一轮再试（applicant mail round failed）", async () =>
            {
                var notices = await ApplicantMailRound.RunAsync(database, options, logger, stoppingToken);
                if (notices > 0 && logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("已向申请人发出文书邮件 {Count} 封（notices e-mailed to applicants）", notices);
                }
            }, stoppingToken);
            await outbox.WaitAsync(options.Interval, stoppingToken);
        }
    }

    private async Task RoundAsync(string failed, Func<Task> round, CancellationToken stoppingToken)
    {
        try
        {
            await round();
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("{Failed}：{Error}", failed, e.Message.ReplaceLineEndings(" "));
        }
    }
}
