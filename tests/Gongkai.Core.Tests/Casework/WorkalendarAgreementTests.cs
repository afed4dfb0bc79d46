using System.Diagnostics;
using System.Globalization;
using Gongkai.Casework;

namespace Gongkai.Core.Tests.Casework;

/// <summary>
/// The embedded calendar against an independent one: workalendar's China calendar (Debian python3-workalendar, which
/// ./test installs; it knows 2018–2023). Every day of 2019–2023 is a working day in both or in neither, except the
/// three days of the 2020 COVID-19 extension of the Spring Festival (国办发明电〔2020〕1号), which workalendar lacks.
/// </summary>
public sealed class WorkalendarAgreementTests
{
    private static readonly DateOnly[] CovidExtension = [new(2020, 1, 31), new(2020, 2, 1), new(2020, 2, 2)];

    [Fact]
    public async Task EveryDayOf2019To2023IsAWorkingDayInBothCalendarsOrInNeitherSaveThe2020Extension()
    {
        const string Script = """
            import datetime
            from workalendar.asia import China
            c = China()
            d = datetime.date(2019, 1, 1)
            while d <= datetime.date(2023, 12, 31):
                if c.is_working_day(d):
                    print(d.isoformat())
                d += datetime.timedelta(days=1)
            """;
        var info = new ProcessStartInfo("/usr/bin/python3", ["-W", "ignore", "-c", Script]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start python3");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"python3 with workalendar failed (./test installs python3-workalendar): {await stderr}");
        var theirs = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => DateOnly.ParseExact(s.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToHashSet();
        Assert.True(theirs.Count > 1200, $"only {theirs.Count} working days from workalendar");

        var differ = new List<DateOnly>();
        for (var day = new DateOnly(2019, 1, 1); day <= new DateOnly(2023, 12, 31); day = day.AddDays(1))
        {
            if (WorkingCalendar.Default.IsWorkingDay(day) != theirs.Contains(day))
            {
                differ.Add(day);
            }
        }

        // 1/31 (Friday) is a holiday only with the extension; 2/1 was a make-up Saturday the extension cancelled; 2/2 is a Sunday in both.
        Assert.Equal([new DateOnly(2020, 1, 31), new DateOnly(2020, 2, 1)], differ);
        Assert.All(differ, d => Assert.Contains(d, CovidExtension));
    }
}
