using System.Globalization;

namespace Gongkai.Web.Shared;

/// <summary>Stored times are UTC (ISO 8601); offices read them in Beijing time.</summary>
public static class BeijingTime
{
    /// <summary>A stored UTC time as <c>yyyy-MM-dd HH:mm</c> in Beijing time; anything unreadable as it is.</summary>
    public static string Format(string at) =>
        DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : at;
}
