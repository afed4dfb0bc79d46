using Gongkai.Data;
using Gongkai.Web.Shared;

namespace Gongkai.Web.Casework.Reminders;

/// <summary>
/// Runs a <see cref="ReminderRound"/> and an <see cref="ApplicantMailRound"/> at start and then every <see cref="ReminderOptions.Interval"/> (off when it is
/// zero). A round that fails (the database unreachable, say) is logged as one line and the next one runs on time.
/// </summary>
public sealed class ReminderService(Database database, ReminderOptions options, TimeProvider clock, ILogger<ReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Interval, clock);
        try
        {
            do
            {
                await RoundAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task RoundAsync(CancellationToken stoppingToken)
    {
        try
        {
            var result = await ReminderRound.RunAsync(database, options, Submission.Today(clock), logger, stoppingToken);
            if (result.Sent.Count > 0 && logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("已发出期限提醒 {Count} 封（deadline reminders sent）", result.Sent.Count);
            }

            var notices = await ApplicantMailRound.RunAsync(database, options, logger, stoppingToken);
            if (notices > 0 && logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("已向申请人发出文书邮件 {Count} 封（notices e-mailed to applicants）", notices);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("期限提醒本轮未完成，下一轮再试（reminder round failed）：{Error}", e.Message.ReplaceLineEndings(" "));
        }
    }
}
