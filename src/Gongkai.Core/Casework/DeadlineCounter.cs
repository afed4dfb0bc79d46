using System.Globalization;
using System.Text;

namespace Gongkai.Casework;

/// <summary>Counts working days one date at a time and writes down what it skipped and what it counted.</summary>
internal static class DeadlineCounter
{
    /// <summary>The longest period counted (about 14 years), so a typing error cannot run off the calendar.</summary>
    public const int MaxWorkingDays = 3650;

    /// <summary>Working days to skip besides holidays and weekends (a paused clock), with their label.</summary>
    public sealed record Pause(IReadOnlySet<DateOnly> Days, string Label);

    public static Deadline Count(WorkingCalendar calendar, DateOnly start, int workingDays, Pause? pause)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workingDays, MaxWorkingDays);
        var spans = new List<Span>();
        var uncovered = new SortedSet<int>();
        int counted = 0, weekends = 0, paused = 0;
        var day = start;
        while (counted < workingDays)
        {
            day = day.AddDays(1);
            if (!calendar.Covers(day.Year))
            {
                uncovered.Add(day.Year);
            }

            var listed = calendar.Listed(day);
            if (!calendar.IsWorkingDay(day))
            {
                if (listed is { } holiday)
                {
                    Extend(spans, holiday);
                }
                else
                {
                    weekends++;
                }
            }
            else if (pause is not null && pause.Days.Contains(day))
            {
                paused++;
            }
            else
            {
                counted++;
                if (listed is { } workday)
                {
                    Extend(spans, workday);
                }
            }
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{workingDays} 个工作日：自 {IsoDate.Format(start)} 起（当日不计）");
        foreach (var span in spans)
        {
            text.Append('，').Append(span.Describe(start.Year));
        }

        if (weekends > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"，跳过周末 {weekends} 天");
        }

        if (paused > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"，{pause!.Label} {paused} 个工作日不计");
        }

        text.Append(CultureInfo.InvariantCulture, $"；届满日 {IsoDate.Format(day)}。");
        if (uncovered.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"注意：日历没有 {string.Join("、", uncovered)} 年的节假日安排（日历覆盖 {Covered(calendar)}），该年只跳过周末，届满日须按国务院办公厅通知核对。");
        }

        return new Deadline(start, workingDays, day, text.ToString(), [.. uncovered]);
    }

    private static string Covered(WorkingCalendar calendar) => calendar.Years.Count switch
    {
        0 => "无年份",
        _ when calendar.Years[^1] - calendar.Years[0] + 1 == calendar.Years.Count => $"{calendar.Years[0]}–{calendar.Years[^1]} 年",
        _ => string.Join("、", calendar.Years) + " 年",
    };

    /// <summary>Consecutive listed dates of the same kind and name become one span.</summary>
    private static void Extend(List<Span> spans, CalendarDay day)
    {
        if (spans.Count > 0 && spans[^1] is var last && last.Kind == day.Kind && last.Name == day.Name && last.Days[^1].AddDays(1) == day.Date)
        {
            last.Days.Add(day.Date);
        }
        else
        {
            spans.Add(new Span(day.Kind, day.Name, [day.Date]));
        }
    }

    private sealed record Span(CalendarDayKind Kind, string Name, List<DateOnly> Days)
    {
        /// <summary>"跳过春节 1/28–2/4" or "2/2、2/3 调休上班计入"; dates outside the start's year carry their year.</summary>
        public string Describe(int startYear)
        {
            if (Kind == CalendarDayKind.Holiday)
            {
                var range = Days.Count == 1
                    ? Short(Days[0], startYear)
                    : Short(Days[0], startYear) + "–" + Short(Days[^1], Days[0].Year);
                return $"跳过{Name} {range}";
            }

            return string.Join("、", Days.Select(d => Short(d, startYear))) + " 调休上班计入";
        }

        private static string Short(DateOnly date, int year) => date.Year == year
            ? date.ToString("M/d", CultureInfo.InvariantCulture)
            : date.ToString("yyyy/M/d", CultureInfo.InvariantCulture);
    }
}
