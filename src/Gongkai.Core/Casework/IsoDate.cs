using System.Globalization;

namespace Gongkai.Casework;

/// <summary>Dates as the casework stores, prints and reads them: <c>yyyy-MM-dd</c>, culture-independent.</summary>
public static class IsoDate
{
    public const string Pattern = "yyyy-MM-dd";

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>A stored date; anything else is a bug or damage and throws.</summary>
    public static DateOnly Parse(string text) => DateOnly.ParseExact(text, Pattern, CultureInfo.InvariantCulture);

    /// <summary>A typed or stored date, exactly <c>yyyy-MM-dd</c>.</summary>
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
