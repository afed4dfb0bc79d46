using Gongkai.Casework.Disclosure;

namespace Gongkai.Core.Tests.Casework.Disclosure;

/// <summary>索引号 patterns: the shapes agencies print, and patterns refused because they could not number items uniquely.</summary>
public sealed class IndexSchemeTests
{
    [Fact]
    public void TheDefaultSchemeGivesTheGovCnShapeOfOrganisationCodeSlashYearDashSerial()
    {
        Assert.Equal("{org}/{yyyy}-{seq:5}", IndexScheme.Default.Pattern);
        Assert.Equal("000014349/2018-00222", IndexScheme.Default.Format("000014349", new DateOnly(2018, 6, 1), Article20Category.Rules, 222));
    }

    [Fact]
    public void ACreditCodeWithYearAndMonthGivesTheShapeOfNingguo()
    {
        var scheme = IndexScheme.Parse("{org}/{yyyy}{MM}-{seq:5}").Scheme!;

        Assert.Equal("11341702486344515H/202110-00013", scheme.Format("11341702486344515H", new DateOnly(2021, 10, 8), Article20Category.Fees, 13));
    }

    [Fact]
    public void EveryTokenPrintsAFixedWidthAndTheCategoryIsItsItemNumber()
    {
        var scheme = IndexScheme.Parse("GK-{org}-{cat}-{yyyy}{MM}{dd}-{seq:3}").Scheme!;

        Assert.Equal("GK-A1-08-20250305-007", scheme.Format("A1", new DateOnly(2025, 3, 5), Article20Category.Fees, 7));
        Assert.Equal("GK-A1-21-20251231-999", scheme.Format("A1", new DateOnly(2025, 12, 31), Article20Category.Article21, 999));
        Assert.Equal(999, scheme.MaxSerial);
    }

    [Fact]
    public void ASerialTheWidthCannotHoldIsAProgrammingErrorTheCallerChecksAgainstMaxSerial()
    {
        var scheme = IndexScheme.Parse("{org}{yyyy}{seq:2}").Scheme!;

        Assert.Throws<ArgumentOutOfRangeException>(() => scheme.Format("X", new DateOnly(2025, 1, 1), Article20Category.Rules, 100));
        Assert.Throws<ArgumentOutOfRangeException>(() => scheme.Format("X", new DateOnly(2025, 1, 1), Article20Category.Rules, 0));
        Assert.Throws<ArgumentException>(() => scheme.Format("X Y", new DateOnly(2025, 1, 1), Article20Category.Rules, 1));
    }

    [Theory]
    [InlineData("", "不能为空")]
    [InlineData("   ", "不能为空")]
    [InlineData("{org}/{yyyy}-{seq}", "不是可用的占位符")]
    [InlineData("{org}/{yyyy}-{seq:x}", "位数 N 须为 1 至 9")]
    [InlineData("{org}/{yyyy}-{seq:0}", "位数 N 须为 1 至 9")]
    [InlineData("{org}/{yyyy}-{seq:10}", "位数 N 须为 1 至 9")]
    [InlineData("{org}/{year}-{seq:5}", "“{year}”不是可用的占位符")]
    [InlineData("{org}/{yyyy}-{seq:5", "没有闭合")]
    [InlineData("{org}/yyyy}-{seq:5}", "前没有对应的“{”")]
    [InlineData("{org} {yyyy}-{seq:5}", "空格")]
    [InlineData("{org}/{yyyy}-{seq:5}-{seq:2}", "只能出现一次")]
    [InlineData("{org}/{yyyy}-{yyyy}{seq:5}", "{yyyy} 只能出现一次")]
    [InlineData("{org}/{yyyy}", "须含 {seq:N}")]
    [InlineData("{org}/{MM}-{seq:5}", "须含 {yyyy}")]
    [InlineData("{yyyy}-{seq:5}", "须含 {org}")]
    [InlineData("{org}/{yyyy}-{seq:5}/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "不能超过 64 个字符")]
    public void APatternThatCannotNumberItemsUniquelyIsRefusedInChinese(string pattern, string expected)
    {
        var parse = IndexScheme.Parse(pattern);

        Assert.False(parse.Succeeded);
        Assert.Null(parse.Scheme);
        Assert.Contains(expected, parse.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000014349", null)]
    [InlineData("11341702486344515H", null)]
    [InlineData("MB1C-59385", null)]
    [InlineData("", "不能为空")]
    [InlineData("0000 14349", "只能由字母、数字")]
    [InlineData("机关", "只能由字母、数字")]
    [InlineData("00001/4349", "只能由字母、数字")]
    [InlineData("12345678901234567890123456789012345678901", "最多 40 个字符")]
    public void AnOrganisationCodeIsLettersDigitsAndHyphens(string code, string? expected)
    {
        var error = IndexScheme.CheckOrgCode(code);

        if (expected is null)
        {
            Assert.Null(error);
        }
        else
        {
            Assert.Contains(expected, error, StringComparison.Ordinal);
        }
    }
}
