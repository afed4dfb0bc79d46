using Gongkai.Casework.Notices;

namespace Gongkai.Core.Tests.Casework.Notices;

/// <summary>成文日期 in Chinese numerals (〇 for zero in the year, 十 in month and day) and body dates in digits.</summary>
public sealed class ChineseDateTests
{
    [Theory]
    [InlineData(2026, 1, 5, "二〇二六年一月五日")]
    [InlineData(2026, 10, 21, "二〇二六年十月二十一日")]
    [InlineData(2026, 11, 22, "二〇二六年十一月二十二日")]
    [InlineData(2020, 12, 10, "二〇二〇年十二月十日")]
    [InlineData(2019, 3, 30, "二〇一九年三月三十日")]
    [InlineData(2024, 2, 29, "二〇二四年二月二十九日")]
    [InlineData(2025, 7, 31, "二〇二五年七月三十一日")]
    [InlineData(2030, 9, 19, "二〇三〇年九月十九日")]
    public void TheDateOfANoticeIsWrittenInChineseNumerals(int year, int month, int day, string expected) =>
        Assert.Equal(expected, ChineseDate.InNumerals(new DateOnly(year, month, day)));

    [Theory]
    [InlineData(2026, 1, 5, "2026年1月5日")]
    [InlineData(2026, 11, 22, "2026年11月22日")]
    public void DatesInTheBodyAreDigitsWithoutLeadingZeros(int year, int month, int day, string expected) =>
        Assert.Equal(expected, ChineseDate.InDigits(new DateOnly(year, month, day)));
}
