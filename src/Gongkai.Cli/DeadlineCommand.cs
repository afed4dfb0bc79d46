using System.CommandLine;
using System.Globalization;
using Gongkai.Casework;
using Gongkai.Data;
using Gongkai.Data.Casework;

namespace Gongkai.Cli;

/// <summary>
/// <c>gongkai deadline START --working-days N</c>: the due date N working days after START (the start day not
/// counted), on the first line as YYYY-MM-DD, then how it was counted.
/// </summary>
internal static class DeadlineCommand
{
    public static Command Create(CliContext context)
    {
        var start = new Argument<string>("START") { Description = "起算日，如收到申请之日，当日不计（the start day, not counted), YYYY-MM-DD" };
        var days = new Option<string>("--working-days", "-n") { Description = $"工作日数 1–{MaxDays}（number of working days）", HelpName = "N" };
        var db = new Option<string?>("--db")
        {
            Description = $"同时采用该登记库中用 gongkai calendar add 加入的节假日安排（also use the days added to this registry; default ${DatabaseTarget.EnvironmentVariable} when set）",
            HelpName = "DB",
        };
        var command = new Command("deadline", "按工作日计算期限：跳过法定节假日和周末，调休上班日计入（a working-day deadline from cn-holidays.tsv）")
        {
            start,
            days,
            db,
        };
        command.SetAction(async (r, ct) =>
        {
            var target = r.GetValue(db) ?? Environment.GetEnvironmentVariable(DatabaseTarget.EnvironmentVariable);
            var calendar = WorkingCalendar.Default;
            if (!string.IsNullOrEmpty(target))
            {
                if (await DbOption.OpenAsync(context, target, ct) is not { } database)
                {
                    return ExitCodes.Unreadable;
                }

                calendar = await CalendarStore.LoadAsync(database, ct);
            }

            return Run(context, calendar, r.GetValue(start)!, r.GetValue(days));
        });
        return command;
    }

    private const int MaxDays = 3650;

    private static int Run(CliContext context, WorkingCalendar calendar, string start, string? days)
    {
        if (!IsoDate.TryParse(start.Trim(), out var from))
        {
            context.Error($"gongkai: 起算日“{start}”不是有效日期，须形如 2025-01-27（START must be a date like 2025-01-27）");
            return ExitCodes.Unreadable;
        }

        if (days is null)
        {
            context.Error("gongkai: 须给出工作日数 --working-days N（--working-days N is required）");
            return ExitCodes.Unreadable;
        }

        if (!int.TryParse(days.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > MaxDays)
        {
            context.Error($"gongkai: 工作日数“{days}”须为 1 到 {MaxDays} 的整数（--working-days must be a whole number from 1 to {MaxDays}）");
            return ExitCodes.Unreadable;
        }

        var deadline = calendar.AddWorkingDays(from, n);
        context.Stdout.WriteLine(IsoDate.Format(deadline.Due));
        context.Stdout.WriteLine(deadline.Explanation);
        if (deadline.IsEstimate)
        {
            context.Error($"gongkai: 警告：日历没有 {string.Join("、", deadline.UncoveredYears)} 年的节假日安排，届满日为估算（warning: no holiday data for that year; the due date is an estimate）");
        }

        return ExitCodes.Ok;
    }
}
