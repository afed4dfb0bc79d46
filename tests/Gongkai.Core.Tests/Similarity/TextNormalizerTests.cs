using Gongkai.Similarity;

namespace Gongkai.Core.Tests.Similarity;

public sealed class TextNormalizerTests
{
    /// <summary>The normalized text with its placeholders printable: # number, @ the agency's name, | cut boilerplate.</summary>
    private static string Shown(string text, string? agency = null) =>
        TextNormalizer.Normalize(text, AgencyNames.Patterns(agency), StatutoryText.Phrases).Text
            .Replace(NormalizedText.Number, '#').Replace(NormalizedText.Name, '@').Replace(NormalizedText.Break, '|');

    [Theory]
    [InlineData("收到申请12件", "收到申请#件")]
    [InlineData("收到申请3件", "收到申请#件")]
    [InlineData("２０２４年１月１日", "#年#月#日")]
    [InlineData("二〇二四年", "#年")]
    [InlineData("二○二三年度", "#年度")]
    [InlineData("公共服务类 30 条，占比 58.8%；", "公共服务类#条占比#")]
    [InlineData("共 1,234 条、56 件", "共#条#件")]
    [InlineData("（一）主动公开。", "一主动公开")]
    [InlineData("运用图表图解、H5等方式", "运用图表图解h#等方式")]
    [InlineData("“三审三校”制度", "三审三校制度")]
    [InlineData("①加强领导 ㈡规范流程", "#加强领导二规范流程")]
    [InlineData("统一管理，进一步完善", "统一管理进一步完善")]
    public void DigitsBecomeOnePlaceholderAndPunctuationAndSpacesGo(string text, string expected) => Assert.Equal(expected, Shown(text));

    [Theory]
    [InlineData("一、总体情况\n2024年，我镇", "|#年我镇")]
    [InlineData("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定", "根据|规定")]
    [InlineData("本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。", "|")]
    [InlineData("报告中所列数据统计期限为2024年1月1日至12月31日。", "报告中|")]
    [InlineData("（一）信息处理费收取情况：本年度未收取信息处理费。", "一|本年度未收取信息处理费")]
    [InlineData("五、存在的主要问题及改进情况\n（一）存在的主要问题", "|一|")]
    public void StatutoryPhrasesAreCutOut(string text, string expected) => Assert.Equal(expected, Shown(text));

    [Theory]
    [InlineData("东明镇人民政府", "东明镇人民政府2024年在平台公开信息", "@#年在平台公开信息")]
    [InlineData("东明镇人民政府", "打造具有东明镇特色的政务公开专区", "打造具有@镇特色的政务公开专区")]
    [InlineData("重庆市渝北区大盛镇人民政府", "重庆市渝北区大盛镇人民政府网站", "@网站")]
    [InlineData("重庆市渝北区大盛镇人民政府", "渝北区大盛镇便民服务中心", "@区@镇便民服务中心")]
    [InlineData("巨鹿县官亭镇政府", "官亭镇政府在县信息公开平台", "@镇政府在县信息公开平台")]
    [InlineData("杭州市西湖区财政局", "杭州市西湖区财政局和西湖区", "@和@区")]
    [InlineData(null, "东明镇人民政府", "东明镇人民政府")]
    public void TheAgencysOwnNamesBecomeOnePlaceholder(string? agency, string text, string expected) => Assert.Equal(expected, Shown(text, agency));

    [Fact]
    public void EveryNormalizedCharacterMapsBackToWhatThePrintedTextSays()
    {
        const string text = "2024 年，东明镇在县委、县政府的正确领导下，公开信息共 51 条。";
        var normalized = TextNormalizer.Normalize(text, AgencyNames.Patterns("东明镇人民政府"), StatutoryText.Phrases);
        var first = normalized.Text.IndexOf('在', StringComparison.Ordinal);
        Assert.Equal("在", text[normalized.OriginalStart(first)..normalized.OriginalEnd(first)]);
        Assert.Equal("2024", text[normalized.OriginalStart(0)..normalized.OriginalEnd(0)]);
        Assert.Equal("东明镇", text[normalized.OriginalStart(2)..normalized.OriginalEnd(3)]);
        var last = normalized.Length - 2;
        Assert.Equal(NormalizedText.Number, normalized.Text[last]);
        Assert.Equal("51", text[normalized.OriginalStart(last)..normalized.OriginalEnd(last)]);
    }

    [Fact]
    public void BrokenAndOddCharactersNeverThrow()
    {
        var shown = Shown("无\uD800效\uFFFE字\uFDD0符\u0000𠀀");
        Assert.Equal("无效字符𠀀", shown);
    }
}
