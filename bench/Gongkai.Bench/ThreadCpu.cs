using System.Runtime.InteropServices;

namespace Gongkai.Bench;

/// <summary>
/// CPU time consumed by the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): on a shared machine wall-clock
/// time also counts the time other processes held the core, thread CPU time does not.
/// </summary>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    public static bool Available { get; } = OperatingSystem.IsLinux() && TryNow(out _);

    /// <summary>The calling thread's CPU time so far, or <see cref="TimeSpan.Zero"/> where the clock is unavailable.</summary>
    public static TimeSpan Now() => TryNow(out var t) ? t : TimeSpan.Zero;

    private static bool TryNow(out TimeSpan time)
    {
        time = TimeSpan.Zero;
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            if (ClockGetTime(ClockThreadCpuTimeId, out var ts) != 0)
            {
                return false;
            }

            time = TimeSpan.FromTicks((ts.Seconds * TimeSpan.TicksPerSecond) + (ts.Nanoseconds / 100));
            return true;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int ClockGetTime(int clock, out Timespec time);
}
