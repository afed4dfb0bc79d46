namespace Gongkai.Casework;

/// <summary>The day it is in China (UTC+8, no daylight saving): the day deadlines, publications and steps are dated.</summary>
public static class ChinaClock
{
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
    }
}
