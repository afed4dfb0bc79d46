using System.Diagnostics;
using System.Globalization;
using Gongkai.Casework;

namespace Gongkai.Bench;

/// <summary>
/// <c>--deadlines INPUT OUTPUT [SECONDS]</c>: counts each "start, working days" line of INPUT on the built-in calendar,
/// again and again until SECONDS have passed, writes the due dates to OUTPUT and prints the rate
/// (bench/casework/run.sh runs the peer on the same file).
/// </summary>
internal static class DeadlineBench
{
    public static int Run(string input, string output, double seconds)
    {
        var rows = File.ReadLines(input).Select(line => line.Split('\t')).Select(p =>
            (Start: DateOnly.ParseExact(p[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), Days: int.Parse(p[1], CultureInfo.InvariantCulture))).ToArray();
        var calendar = WorkingCalendar.Default;
        var due = new DateOnly[rows.Length];
        long done = 0;
        var watch = Stopwatch.StartNew();
        do
        {
            for (var i = 0; i < rows.Length; i++)
            {
                due[i] = calendar.AddWorkingDays(rows[i].Start, rows[i].Days).Due;
            }

            done += rows.Length;
        }
        while (watch.Elapsed.TotalSeconds < seconds);

        File.WriteAllLines(output, due.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gongkai: {done / watch.Elapsed.TotalSeconds:N0} deadlines/s ({done} in {watch.Elapsed.TotalSeconds:F2} s, each with its explanation)"));
        return 0;
    }
}
