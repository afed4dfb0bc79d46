using System.Globalization;

namespace Gongkai.Web.Casework;

/// <summary>Dates and numbers as the casework forms post them (<c>yyyy-MM-dd</c>); a bad value becomes a Chinese message.</summary>
public static class FormDates
{
    public static DateOnly Date(string? value, string field)
    {
        var text = (value ?? "").Trim();
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year is >= 1990 and <= 2999
            ? d
            : throw new FormException($"{field}须为形如 2026-03-02 的日期。");
    }

    public static DateOnly? OptionalDate(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null : Date(value, field);

    public static int Count(string? value, string field, int max = 100_000) =>
        int.TryParse((value ?? "").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0 && n <= max
            ? n
            : throw new FormException($"{field}须为 0 到 {max} 的整数。");

    public static string Text(string? value, string field, int max, bool required = true)
    {
        var text = (value ?? "").Trim();
        return text.Length > max ? throw new FormException($"{field}不能超过 {max} 个字。")
            : required && text.Length == 0 ? throw new FormException($"请填写{field}。")
            : text;
    }
}

/// <summary>A form value that cannot be used; its message is shown to the user as it is.</summary>
public sealed class FormException(string message) : Exception(message);
