using Gongkai.Similarity;

namespace Gongkai.Core.Tests.Similarity;

public sealed class PassagesTests
{
    private const string Paragraph =
        "（三）政府信息公开管理：我们加强信息发布管理。对照上级反馈意见，逐项梳理、分析原因，及时整改和完善，确保问题的解决。严格执行保密审查制度，夯实政务公开工作的基础，加强对涉及个人隐私信息的排查，确保信息发布的规范、及时和科学。";

    private static SimilarPair Compare(string a, string b, SimilarityModel? model = null) =>
        (model ?? SimilarityModel.Default).Compare(new NarrativeDoc(1, a), new NarrativeDoc(2, b));

    [Fact]
    public void AParagraphWithOneWordChangedIsOnePassage()
    {
        var reworded = Paragraph.Replace("逐项梳理", "逐条梳理", StringComparison.Ordinal);
        var passage = Assert.Single(Compare("前言不同的一句话。" + Paragraph, reworded).Passages);
        // The numbering 三 is a letter and matches too; the opening bracket is punctuation and does not.
        Assert.StartsWith("三）政府信息公开管理", passage.Text, StringComparison.Ordinal);
        Assert.EndsWith("及时和科学", passage.Text, StringComparison.Ordinal);
        Assert.Equal("前言不同的一句话。（".Length, passage.StartA);
        Assert.Equal("（".Length, passage.StartB);
    }

    [Fact]
    public void PositionsPointIntoBothPrintedTexts()
    {
        var a = "2023年，全镇主动公开政府信息 72 条，政务新媒体发布决策部署、政策措施等信息72次、192条，提高政策性文件解读发布的质量和效率。";
        var b = "我镇2024年主动公开政府信息516条，政务新媒体发布决策部署、政策措施等信息3次、8条，提高政策性文件解读发布的质量和效率。其他内容。";
        var passage = Compare(a, b).Passages[0];
        Assert.Equal(passage.Text, a.Substring(passage.StartA, passage.LengthA));
        Assert.StartsWith("主动公开政府信息 72 条", passage.Text, StringComparison.Ordinal);
        Assert.StartsWith("主动公开政府信息516条", b.Substring(passage.StartB, passage.LengthB), StringComparison.Ordinal);
        Assert.EndsWith("质量和效率", b.Substring(passage.StartB, passage.LengthB), StringComparison.Ordinal);
    }

    [Fact]
    public void StatutoryTextIsNeverAPassage()
    {
        var a = "一、总体情况\n根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。我局全年开展专项检查。";
        var b = "一、总体情况\n根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。街道组织居民议事会。";
        Assert.Empty(Compare(a, b).Passages);
    }

    [Fact]
    public void ShortCommonPhrasesAreNotPassages()
    {
        // 切实保障人民群众的知情权 is 12 characters: shared, but shorter than a passage (16).
        var pair = Compare("我局通过网站专栏切实保障人民群众的知情权，取得良好效果。", "街道依托社区公告栏切实保障人民群众的知情权，居民反映较好。");
        Assert.True(pair.Similarity > 0);
        Assert.Empty(pair.Passages);
    }

    [Fact]
    public void TwoFiveThousandCharacterNarrativesCompareInMilliseconds()
    {
        var rng = new Random(2);
        var bank = Enumerable.Range(0, 2_000).Select(_ => NarrativeSamples.Sentence(rng)).ToArray();
        var a = string.Concat(Enumerable.Range(0, 220).Select(_ => bank[rng.Next(bank.Length)]));
        var b = NarrativeSamples.Reword(a, rng, 40);
        Assert.True(a.Length >= 5_000);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var pair = Compare(a, b);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"{clock.Elapsed}");
        Assert.True(pair.Passages.Sum(p => p.LengthA) >= 0.9 * a.Length);
    }
}
