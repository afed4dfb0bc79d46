using System.CommandLine;
using System.Globalization;
using Gongkai.Casework;
using Gongkai.Data.Casework;

namespace Gongkai.Cli;

/// <summary>
/// <c>gongkai calendar add FILE.tsv [--db DB]</c>: adds a State Council holiday arrangement (rows in the
/// cn-holidays.tsv format: date, holiday|workday, name) to the registry, on top of the calendar built in. Every
/// deadline computed from this registry afterwards counts with it.
/// </summary>
internal static class CalendarCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "节假日安排，制表符分隔：日期 YYYY-MM-DD、holiday 或 workday、节日名称；首行为表头（a TSV like cn-holidays.tsv）" };
        var db = DbOption.Create();
        var add = new Command("add", "把国务院办公厅公布的新一年节假日安排加入登记库（add a new year's arrangement）") { file, db };
        add.SetAction(async (r, ct) => await AddAsync(context, r.GetValue(file)!, r.GetValue(db), ct));
        return new Command("calendar", "工作日日历：法定节假日和调休上班日（the working-day calendar）") { add };
    }

    private static async Task<int> AddAsync(CliContext context, string path, string? db, CancellationToken cancellationToken)
    {
        WorkingCalendar parsed;
        try
        {
            using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
            parsed = WorkingCalendar.Parse(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            context.Error($"gongkai: {path}: {e.Message}");
            return ExitCodes.Unreadable;
        }

        if (parsed.Days.Count == 0)
        {
            context.Error($"gongkai: {path}: 没有日期行（no rows）");
            return ExitCodes.Unreadable;
        }

        if (await DbOption.OpenAsync(context, db, cancellationToken) is not { } database)
        {
            return ExitCodes.Unreadable;
        }

        var moved = await CalendarStore.AddAsync(database, [.. parsed.Days], Environment.UserName, cancellationToken);
        var count = parsed.Days.Count;
        var years = string.Join("、", parsed.Days.Select(d => d.Date.Year).Distinct().Order().Select(y => y.ToString(CultureInfo.InvariantCulture)));
        context.Stdout.WriteLine($"已加入 {count} 个日期（{years} 年）到 {database.Target.Display}（added {count} days）");
        foreach (var m in moved)
        {
            context.Stdout.WriteLine($"申请 {m.Number} 的{m.What}由 {m.Before:yyyy-MM-dd} 调整为 {m.After:yyyy-MM-dd}");
        }

        if (moved.Count > 0)
        {
            context.Stdout.WriteLine($"{moved.Count} 件办理中申请的期限随之调整（{moved.Count} running deadlines moved）");
        }
        return ExitCodes.Ok;
    }
}
