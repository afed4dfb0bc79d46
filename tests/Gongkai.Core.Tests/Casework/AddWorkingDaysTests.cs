using System.Globalization;
using Gongkai.Casework;

namespace Gongkai.Core.Tests.Casework;

/// <summary>
/// Hand-worked deadlines across every holiday period 2019–2026, counted from cn-holidays.tsv: the start day is not
/// counted (民法典第二百零一条), 调休 weekend days count, holidays and plain weekends do not.
/// </summary>
public sealed class AddWorkingDaysTests
{
    public static TheoryData<string, int, string, string> Cases => new()
    {
        // Spring Festival 2025, the first with 除夕 as a holiday (1/28): the example.
        { "2025-01-27", 20, "2025-03-03", "20 个工作日：自 2025-01-27 起（当日不计），跳过春节 1/28–2/4，2/8 调休上班计入，跳过周末 7 天；届满日 2025-03-03。" },
        // Spring Festival 2020 with the COVID extension to 2/2 (the 2/1 make-up Saturday cancelled).
        { "2020-01-20", 20, "2020-02-25", "20 个工作日：自 2020-01-20 起（当日不计），跳过春节 1/24–2/2，跳过周末 6 天；届满日 2020-02-25。" },
        // Spring Festival 2019: two 调休 days in a row before the holiday.
        { "2019-01-31", 20, "2019-03-05", "20 个工作日：自 2019-01-31 起（当日不计），2/2、2/3 调休上班计入，跳过春节 2/4–2/10，跳过周末 6 天；届满日 2019-03-05。" },
        // Spring Festival 2021: a 调休 Sunday before and a 调休 Saturday after.
        { "2021-02-05", 20, "2021-03-10", "20 个工作日：自 2021-02-05 起（当日不计），2/7 调休上班计入，跳过春节 2/11–2/17，2/20 调休上班计入，跳过周末 6 天；届满日 2021-03-10。" },
        // Spring Festival 2022: Saturday and Sunday worked before it.
        { "2022-01-27", 5, "2022-02-08", "5 个工作日：自 2022-01-27 起（当日不计），1/29、1/30 调休上班计入，跳过春节 1/31–2/6；届满日 2022-02-08。" },
        // Spring Festival 2023: Saturday and Sunday worked after it (a 补正 notice period).
        { "2023-01-20", 7, "2023-02-03", "7 个工作日：自 2023-01-20 起（当日不计），跳过春节 1/21–1/27，1/28、1/29 调休上班计入；届满日 2023-02-03。" },
        // Spring Festival 2024: 除夕 (2/9) is a working day.
        { "2024-02-02", 10, "2024-02-21", "10 个工作日：自 2024-02-02 起（当日不计），2/4 调休上班计入，跳过春节 2/10–2/17，2/18 调休上班计入，跳过周末 1 天；届满日 2024-02-21。" },
        // Spring Festival 2026, nine days: the period ends on a 调休 Saturday.
        { "2026-02-12", 7, "2026-02-28", "7 个工作日：自 2026-02-12 起（当日不计），2/14 调休上班计入，跳过春节 2/15–2/23，2/28 调休上班计入；届满日 2026-02-28。" },
        // Received on a holiday (online, 初二): counting starts the next day and skips the rest of the holiday.
        { "2025-01-29", 3, "2025-02-07", "3 个工作日：自 2025-01-29 起（当日不计），跳过春节 1/30–2/4；届满日 2025-02-07。" },
        // National Day + Mid-Autumn merged, 2020.
        { "2020-09-25", 10, "2020-10-15", "10 个工作日：自 2020-09-25 起（当日不计），9/27 调休上班计入，跳过国庆节、中秋节 10/1–10/8，10/10 调休上班计入，跳过周末 2 天；届满日 2020-10-15。" },
        // Mid-Autumn + National Day merged, 2023: two 调休 days after.
        { "2023-09-28", 3, "2023-10-09", "3 个工作日：自 2023-09-28 起（当日不计），跳过中秋节、国庆节 9/29–10/6，10/7、10/8 调休上班计入；届满日 2023-10-09。" },
        // National Day + Mid-Autumn merged, 2025 (eight days), a full 20-day period.
        { "2025-09-26", 20, "2025-10-30", "20 个工作日：自 2025-09-26 起（当日不计），9/28 调休上班计入，跳过国庆节、中秋节 10/1–10/8，10/11 调休上班计入，跳过周末 6 天；届满日 2025-10-30。" },
        // Mid-Autumn and National Day apart, 2021: each named, each 调休 day named.
        { "2021-09-17", 10, "2021-10-08", "10 个工作日：自 2021-09-17 起（当日不计），9/18 调休上班计入，跳过中秋节 9/19–9/21，9/26 调休上班计入，跳过国庆节 10/1–10/7，跳过周末 1 天；届满日 2021-10-08。" },
        // May Day 2019 as amended (5/1–5/4, work 4/28 and 5/5).
        { "2019-04-26", 5, "2019-05-06", "5 个工作日：自 2019-04-26 起（当日不计），4/28 调休上班计入，跳过劳动节 5/1–5/4，5/5 调休上班计入，跳过周末 1 天；届满日 2019-05-06。" },
        // May Day 2025, with 5/2 statutory from 2025.
        { "2025-04-25", 5, "2025-05-06", "5 个工作日：自 2025-04-25 起（当日不计），4/27 调休上班计入，跳过劳动节 5/1–5/5，跳过周末 1 天；届满日 2025-05-06。" },
        // 清明 2024 with a 调休 Sunday.
        { "2024-04-03", 2, "2024-04-08", "2 个工作日：自 2024-04-03 起（当日不计），跳过清明节 4/4–4/6，4/7 调休上班计入；届满日 2024-04-08。" },
        // 端午 2019, a single day before a weekend.
        { "2019-06-06", 1, "2019-06-10", "1 个工作日：自 2019-06-06 起（当日不计），跳过端午节 6/7，跳过周末 2 天；届满日 2019-06-10。" },
        // Across the year boundary into 2026: 元旦 and its 调休 Sunday carry their year.
        { "2025-12-15", 20, "2026-01-13", "20 个工作日：自 2025-12-15 起（当日不计），跳过元旦 2026/1/1–1/3，2026/1/4 调休上班计入，跳过周末 6 天；届满日 2026-01-13。" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheDueDateAndItsExplanationAreTheHandWorkedOnes(string start, int days, string due, string explanation)
    {
        var deadline = WorkingCalendar.Default.AddWorkingDays(Date(start), days);
        Assert.Equal(Date(due), deadline.Due);
        Assert.Equal(explanation, deadline.Explanation);
        Assert.False(deadline.IsEstimate);
        Assert.True(WorkingCalendar.Default.IsWorkingDay(deadline.Due));
    }

    [Fact]
    public void ADeadlineRunningInto2027CountsWeekendsOnlyThereAndSaysSo()
    {
        var deadline = WorkingCalendar.Default.AddWorkingDays(Date("2026-12-21"), 10);
        Assert.Equal(Date("2027-01-04"), deadline.Due); // 2027-01-01 is counted: no notice yet
        Assert.Equal([2027], deadline.UncoveredYears);
        Assert.True(deadline.IsEstimate);
        Assert.Equal(
            "10 个工作日：自 2026-12-21 起（当日不计），跳过周末 4 天；届满日 2027-01-04。" +
            "注意：日历没有 2027 年的节假日安排（日历覆盖 2019–2026 年），该年只跳过周末，届满日须按国务院办公厅通知核对。",
            deadline.Explanation);
    }

    [Fact]
    public void ADeadlineWhollyIn2027IsAnEstimateFromWeekendsAlone()
    {
        var deadline = WorkingCalendar.Default.AddWorkingDays(Date("2027-02-01"), 20);
        Assert.Equal(Date("2027-03-01"), deadline.Due);
        Assert.True(deadline.IsEstimate);
        Assert.StartsWith("20 个工作日：自 2027-02-01 起（当日不计），跳过周末 8 天；届满日 2027-03-01。注意：日历没有 2027 年", deadline.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AddingANewYearsNoticeCoversTheYearAndMovesTheDeadline()
    {
        // A made-up 2027 元旦 arrangement: 1/1 off, Saturday 1/2 worked.
        var calendar = WorkingCalendar.Default.WithDays(
        [
            new CalendarDay(Date("2027-01-01"), CalendarDayKind.Holiday, "元旦"),
            new CalendarDay(Date("2027-01-02"), CalendarDayKind.Workday, "元旦"),
        ]);
        Assert.True(calendar.Covers(2027));
        Assert.False(WorkingCalendar.Default.Covers(2027)); // the default calendar is unchanged
        var deadline = calendar.AddWorkingDays(Date("2026-12-21"), 10);
        Assert.Equal(Date("2027-01-04"), deadline.Due);
        Assert.False(deadline.IsEstimate);
        Assert.Equal("10 个工作日：自 2026-12-21 起（当日不计），跳过元旦 2027/1/1，2027/1/2 调休上班计入，跳过周末 3 天；届满日 2027-01-04。", deadline.Explanation);
        Assert.Equal(Date("2027-01-05"), calendar.AddWorkingDays(Date("2026-12-21"), 11).Due);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(3651)]
    public void APeriodOutsideOneTo3650WorkingDaysIsAProgrammingError(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingCalendar.Default.AddWorkingDays(Date("2025-01-02"), days));

    internal static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void WorkingDaysBetweenTwoDatesSkipHolidaysCount调休DaysAndNotTheFirstDay()
    {
        var calendar = WorkingCalendar.Default;
        // 2025-03-30 (Sunday) to 2025-04-10: 3/31–4/3 and 4/7–4/10; 清明 4/4–4/6 not counted.
        Assert.Equal(8, calendar.WorkingDaysBetween(Date("2025-03-30"), Date("2025-04-10")));
        // Sunday 2025-04-27 is a 调休 working day; the day counted from is not counted.
        Assert.Equal(1, calendar.WorkingDaysBetween(Date("2025-04-26"), Date("2025-04-27")));
        Assert.Equal(0, calendar.WorkingDaysBetween(Date("2025-04-27"), Date("2025-04-27")));
        Assert.Equal(0, calendar.WorkingDaysBetween(Date("2025-04-10"), Date("2025-03-30")));
        Assert.Equal(20, calendar.WorkingDaysBetween(Date("2025-01-27"), calendar.AddWorkingDays(Date("2025-01-27"), 20).Due));
    }
}
