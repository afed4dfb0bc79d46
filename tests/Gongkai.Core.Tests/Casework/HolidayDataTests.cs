using Gongkai.Casework;
using Gongkai.Core.Tests.Support;

namespace Gongkai.Core.Tests.Casework;

/// <summary>The embedded cn-holidays.tsv is the shared one, and the calendar reads it as domain-rules.md §3 says.</summary>
public sealed class HolidayDataTests
{
    [Fact]
    public void TheEmbeddedCopyEqualsTheSharedHolidayFileWhenItIsPresent()
    {
        var shared = Path.GetFullPath(Path.Combine(TestPaths.RepoRoot, "..", "shared", "data", "cn-holidays.tsv"));
        if (!File.Exists(shared))
        {
            return; // a clone without ../shared: nothing to compare against
        }

        var copy = Path.Combine(TestPaths.RepoRoot, "src", "Gongkai.Core", "Casework", "cn-holidays.tsv");
        Assert.Equal(File.ReadAllText(shared), File.ReadAllText(copy));
        var rows = File.ReadAllLines(shared).Skip(1).Count(l => l.Length > 0);
        Assert.Equal(rows, WorkingCalendar.Default.Days.Count);
    }

    [Fact]
    public void TheCalendarCoversTheYearsOfTheNotices2019To2026()
    {
        Assert.Equal([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026], WorkingCalendar.Default.Years);
        Assert.False(WorkingCalendar.Default.Covers(2018)); // only 12-29..31, announced by the 2019 notice
        Assert.False(WorkingCalendar.Default.Covers(2027));
    }

    [Theory]
    [InlineData("2025-02-08", true)]  // 调休 Saturday after Spring Festival
    [InlineData("2025-01-28", false)] // 除夕, a holiday from 2025 on
    [InlineData("2024-02-09", true)]  // 2024 除夕 was only "encouraged" off
    [InlineData("2020-02-01", false)] // the make-up Saturday the COVID extension cancelled
    [InlineData("2020-01-31", false)] // COVID extension
    [InlineData("2020-02-03", true)]  // work resumed
    [InlineData("2019-05-05", true)]  // 2019 May Day amendment
    [InlineData("2026-01-04", true)]  // 元旦 调休 Sunday
    [InlineData("2025-03-01", false)] // an ordinary Saturday
    [InlineData("2025-03-03", true)]  // an ordinary Monday
    [InlineData("2027-01-01", true)]  // 2027 is not in the data: weekends only
    public void AWorkingDayIsAListedWorkdayOrAnUnlistedWeekday(string date, bool working) =>
        Assert.Equal(working, WorkingCalendar.Default.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void AMalformedRowIsRejectedWithItsLineNumber()
    {
        var e = Assert.Throws<InvalidDataException>(() => WorkingCalendar.Parse(new StringReader("date\tkind\tname\n2025-01-01\tholiday\t元旦\n2025-13-01\tholiday\tx\n")));
        Assert.Contains("第 3 行", e.Message, StringComparison.Ordinal);
    }
}
