using System.Globalization;

namespace Gongkai.Casework.Notices;

/// <summary>Dates as Chinese official documents write them.</summary>
public static class ChineseDate
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>
    /// The 成文日期 in Chinese numerals: the year digit by digit with 〇 for zero, month and day with 十
    /// (二〇二六年一月五日, 二〇二六年十月二十一日).
    /// </summary>
    /// <remarks>
    /// GB/T 9704-2012 §7.3.5.1 prints the 成文日期 in Arabic numerals; the numeral form is that of the earlier standard
    /// and is what most 答复书 still carry.
    /// </remarks>
    public static string InNumerals(DateOnly date)
    {
        var year = string.Concat(date.Year.ToString(CultureInfo.InvariantCulture).Select(c => Digits[c - '0']));
        return $"{year}年{Small(date.Month)}月{Small(date.Day)}日";
    }

    /// <summary>A date in the body of a document: Arabic numerals without leading zeros (2026年1月5日).</summary>
    public static string InDigits(DateOnly date) =>
        date.ToString("yyyy'年'M'月'd'日'", CultureInfo.InvariantCulture);

    /// <summary>1–31 in Chinese numerals: 五, 十, 十一, 二十, 三十一.</summary>
    private static string Small(int n) => n switch
    {
        < 10 => Digits[n].ToString(),
        10 => "十",
        < 20 => "十" + Digits[n - 10],
        _ => Digits[n / 10] + "十" + (n % 10 == 0 ? "" : Digits[n % 10].ToString()),
    };
}
