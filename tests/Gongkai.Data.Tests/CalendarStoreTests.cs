using Gongkai.Casework;
using Gongkai.Data.Casework;
using Gongkai.Data.Tests.Support;

namespace Gongkai.Data.Tests;

/// <summary>A new year's arrangement stored in the registry changes the deadlines counted from it; the built-in calendar stays as it was.</summary>
public sealed class CalendarStoreTests
{
    // A made-up 2027 元旦 arrangement: 1/1–1/3 off, Saturday 1/9 worked (not a real notice).
    private static readonly CalendarDay[] Days2027 =
    [
        new(new DateOnly(2027, 1, 1), CalendarDayKind.Holiday, "元旦"),
        new(new DateOnly(2027, 1, 2), CalendarDayKind.Holiday, "元旦"),
        new(new DateOnly(2027, 1, 3), CalendarDayKind.Holiday, "元旦"),
        new(new DateOnly(2027, 1, 9), CalendarDayKind.Workday, "元旦"),
    ];

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task DaysAddedToTheRegistryAreCountedAndAReAddedDateReplacesTheStoredOne(string backend)
    {
        var database = Backends.Create(backend);
        await Migrator.MigrateAsync(database);
        Assert.Same(WorkingCalendar.Default, await CalendarStore.LoadAsync(database));

        Assert.Empty(await CalendarStore.AddAsync(database, Days2027, "test")); // no cases, no deadline moved
        var calendar = await CalendarStore.LoadAsync(database);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 1, 1)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 1, 9)));
        // From Thursday 2026-12-31: 1/1 (Fri) off, 1/4–1/8 five days, Saturday 1/9 the sixth.
        Assert.Equal(new DateOnly(2027, 1, 9), calendar.AddWorkingDays(new DateOnly(2026, 12, 31), 6).Due);
        Assert.Equal(new DateOnly(2027, 1, 8), WorkingCalendar.Default.AddWorkingDays(new DateOnly(2026, 12, 31), 6).Due); // without data 1/1 counts

        await CalendarStore.AddAsync(database, [new(new DateOnly(2027, 1, 9), CalendarDayKind.Holiday, "元旦")], "test");
        Assert.False((await CalendarStore.LoadAsync(database)).IsWorkingDay(new DateOnly(2027, 1, 9)));
    }

    [Fact]
    public async Task TheCalendarCommandAddsAFileAndTheDeadlineCommandCountsWithIt()
    {
        var dir = TempDir.Create("gk-cal");
        var db = Path.Combine(dir, "registry.db");
        var file = Path.Combine(dir, "2027.tsv");
        await File.WriteAllTextAsync(file, "date\tkind\tname\n2027-01-01\tholiday\t元旦\n2027-01-02\tholiday\t元旦\n2027-01-03\tholiday\t元旦\n2027-01-09\tworkday\t元旦\n");

        var (addExit, addOut, _) = await RunAsync("calendar", "add", file, "--db", db);
        var (withExit, withOut, withErr) = await RunAsync("deadline", "2026-12-31", "-n", "6", "--db", db);
        var (withoutExit, withoutOut, _) = await RunAsync("deadline", "2026-12-31", "-n", "6");

        Assert.Equal(0, addExit);
        Assert.Contains("已加入 4 个日期（2027 年）", addOut, StringComparison.Ordinal);
        Assert.Equal(0, withExit);
        Assert.StartsWith("2027-01-09", withOut, StringComparison.Ordinal);
        Assert.Contains("1/9 调休上班计入", withOut, StringComparison.Ordinal);
        Assert.Equal("", withErr);
        Assert.Equal(0, withoutExit);
        Assert.StartsWith("2027-01-08", withoutOut, StringComparison.Ordinal);

        await File.WriteAllTextAsync(file, "date\tkind\tname\n2027-13-01\tholiday\t元旦\n");
        var (badExit, _, badErr) = await RunAsync("calendar", "add", file, "--db", db);
        Assert.Equal(2, badExit);
        Assert.Contains("第 2 行", badErr, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await Gongkai.Cli.Cli.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
