using System.Collections.Frozen;
using System.Reflection;

namespace Gongkai.Casework;

/// <summary>
/// Working days in mainland China: Monday to Friday, less the holidays and plus the 调休 working days of the State
/// Council notices (domain-rules.md §3). Immutable and thread-safe; <see cref="WithDays"/> returns a new calendar.
/// </summary>
/// <remarks>
/// A date is a working day if it is listed <c>workday</c>, or it is Monday to Friday and not listed <c>holiday</c>.
/// A year is covered when its notice is in the data: a row belongs to the notice of its own year, except late-December
/// 元旦 rows, which the next year's notice announces (2018-12-29..31 are in the 2019 notice).
/// </remarks>
public sealed class WorkingCalendar
{
    private static readonly Lazy<WorkingCalendar> Embedded = new(Load);
    private readonly FrozenDictionary<DateOnly, CalendarDay> listed;
    private readonly FrozenSet<int> years;

    private WorkingCalendar(IEnumerable<CalendarDay> days)
    {
        var byDate = new Dictionary<DateOnly, CalendarDay>();
        foreach (var day in days)
        {
            byDate[day.Date] = day; // a later row wins: an amending notice (2020 COVID) replaces the first one
        }

        listed = byDate.ToFrozenDictionary();
        years = byDate.Values.Select(NoticeYear).ToFrozenSet();
        Years = [.. years.Order()];
        Days = [.. byDate.Values.OrderBy(d => d.Date)];
    }

    /// <summary>The calendar of the embedded cn-holidays.tsv (2019–2026).</summary>
    public static WorkingCalendar Default => Embedded.Value;

    /// <summary>The years whose State Council arrangement is in the calendar, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>Every listed date, ascending.</summary>
    public IReadOnlyList<CalendarDay> Days { get; }

    /// <summary>Whether the State Council arrangement of <paramref name="year"/> is in the calendar.</summary>
    public bool Covers(int year) => years.Contains(year);

    /// <summary>A working day is listed <c>workday</c>, or is Monday–Friday and not listed <c>holiday</c>.</summary>
    public bool IsWorkingDay(DateOnly date) => listed.TryGetValue(date, out var day)
        ? day.Kind == CalendarDayKind.Workday
        : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>
    /// The working days after <paramref name="after"/> up to and including <paramref name="through"/> (the first day not
    /// counted, as periods are counted); 0 when <paramref name="through"/> is not after <paramref name="after"/>.
    /// </summary>
    public int WorkingDaysBetween(DateOnly after, DateOnly through)
    {
        var count = 0;
        for (var day = after.AddDays(1); day <= through; day = day.AddDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }

    /// <summary>What the notices say of <paramref name="date"/>, or null when they do not name it.</summary>
    public CalendarDay? Listed(DateOnly date) => listed.TryGetValue(date, out var day) ? day : null;

    /// <summary>This calendar plus more rows, e.g. a new year's notice; a row for a listed date replaces it.</summary>
    public WorkingCalendar WithDays(IEnumerable<CalendarDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return new WorkingCalendar(Days.Concat(days));
    }

    /// <summary>
    /// The due date <paramref name="workingDays"/> working days after <paramref name="start"/>: the start day is not
    /// counted and counting begins the next day (民法典第二百零一条); the due date is a working day, so a period never
    /// ends on a holiday (第二百零三条).
    /// </summary>
    public Deadline AddWorkingDays(DateOnly start, int workingDays) => DeadlineCounter.Count(this, start, workingDays, null);

    /// <summary>Reads the cn-holidays.tsv format: a header, then <c>date</c>, <c>holiday|workday</c>, <c>name</c>.</summary>
    /// <exception cref="InvalidDataException">A row is malformed (the data is ours, so this is a bug).</exception>
    public static WorkingCalendar Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var days = new List<CalendarDay>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length != 3 || !IsoDate.TryParse(f[0], out var date)
                || f[1] is not ("holiday" or "workday") || f[2].Length == 0)
            {
                throw new InvalidDataException($"cn-holidays.tsv 第 {lineNumber} 行格式有误（malformed row）：{line}");
            }

            days.Add(new CalendarDay(date, f[1] == "holiday" ? CalendarDayKind.Holiday : CalendarDayKind.Workday, f[2]));
        }

        return new WorkingCalendar(days);
    }

    private static int NoticeYear(CalendarDay day) =>
        day.Date.Month == 12 && day.Date.Day > 20 && day.Name == "元旦" ? day.Date.Year + 1 : day.Date.Year;

    private static WorkingCalendar Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Gongkai.cn-holidays.tsv")
            ?? throw new InvalidOperationException("embedded cn-holidays.tsv is missing");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Parse(reader);
    }
}
