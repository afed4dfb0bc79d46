using System.Globalization;

namespace Gongkai.Data;

/// <summary>How the registry writes instants: UTC, ISO 8601 to the second, sortable as text in both engines.</summary>
internal static class Clock
{
    public static string Stamp(TimeProvider clock) =>
        clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
