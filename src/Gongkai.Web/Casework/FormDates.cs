using System.Globalization;
using Gongkai.Casework;

namespace Gongkai.Web.Casework;

/// <summary>Dates and numbers as the casework forms post them (<c>yyyy-MM-dd</c>); a bad value becomes a Chinese message.</summary>
public static class FormDates
{
    public static DateOnly Date(string? value, string field) =>
        TryDate((value ?? "").Trim(), out var d) ? d : throw new FormException($"{field}须为形如 2026-03-02 的日期。");

    /// <summary>A date exactly as <c>yyyy-MM-dd</c> in 1990–2999, the years a working-day count can mean anything for.</summary>
    public static bool TryDate(string? text, out DateOnly date) => IsoDate.TryParse(text, out date) && date.Year is >= 1990 and <= 2999;

    public static DateOnly? OptionalDate(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null : Date(value, field);

    /// <summary>A date of a step taken: not after today (a typing error would otherwise close a case decades ahead).</summary>
    public static DateOnly Past(string? value, string field, DateOnly today)
    {
        var date = Date(value, field);
        return date <= today ? date : throw new FormException($"{field} {date:yyyy-MM-dd} 晚于今天。");
    }

    /// <summary>An e-mail address as the applicant typed it, checked like the clerks' own (empty allowed).</summary>
    public static string Email(string? value, string field)
    {
        var text = Text(value, field, 200, required: false);
        return text.Length == 0 ? "" : Accounts.EmailAddress.TryNormalize(text, out var address) && address is not null ? address : throw new FormException($"{field}“{text}”不是有效的电子邮箱地址。");
    }

    public static int Count(string? value, string field, int max = 100_000) =>
        int.TryParse((value ?? "").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0 && n <= max
            ? n
            : throw new FormException($"{field}须为 0 到 {max} 的整数。");

    public static string Text(string? value, string field, int max, bool required = true)
    {
        var text = (value ?? "").Trim();
        return text.Length > max ? throw new FormException($"{field}不能超过 {max} 个字。")
            : text.Any(c => (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || c is '\uFFFE' or '\uFFFF') ? throw new FormException($"{field}含有不可打印的控制字符，请删除后重新填写。")
            : required && text.Length == 0 ? throw new FormException($"请填写{field}。")
            : text;
    }
}

/// <summary>A form value that cannot be used; its message is shown to the user as it is.</summary>
public sealed class FormException(string message) : Exception(message);
