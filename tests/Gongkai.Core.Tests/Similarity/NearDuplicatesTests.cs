using Gongkai.Reports;
using Gongkai.Similarity;

namespace Gongkai.Core.Tests.Similarity;

public sealed class NearDuplicatesTests
{
    /// <summary>
    /// 官亭镇 takes 东明镇's overview (seed 003), puts its own name in and changes every number, and writes short
    /// sections 五 and 六 of its own: found, and the overview's sentences are the shared passages.
    /// </summary>
    [Fact]
    public void ACopiedOverviewWithItsNumbersChangedIsFoundWithItsPassages()
    {
        var original = NarrativeSamples.Seeds[3];
        Assert.Equal("东明镇人民政府", original.Agency);
        var rng = new Random(3);
        var overview = NarrativeSamples.ChangeNumbers(NarrativeSamples.Section(original, SectionKind.Overview), rng).Replace("东明镇", "官亭镇", StringComparison.Ordinal);
        var copy = new NarrativeDoc(7, overview + """
            二、主动公开政府信息情况
            三、收到和处理政府信息公开申请情况
            四、政府信息公开行政复议、行政诉讼情况
            五、存在的主要问题及改进情况
            我镇政府信息公开工作仍存在信息更新不够及时、解读形式较为单一等问题。下一步将加强业务培训，丰富解读形式。
            六、其他需要报告的事项
            无。
            """, "巨鹿县官亭镇人民政府");

        var pairs = NearDuplicates.Find([.. NarrativeSamples.Seeds, copy]);

        var pair = Assert.Single(pairs);
        Assert.Equal((3, 7), (pair.A, pair.B));
        Assert.True(pair.Similarity >= 0.5, $"similarity {pair.Similarity:F3}");
        Assert.True(pair.Containment >= 0.9, $"containment {pair.Containment:F3}");
        var longest = pair.Passages[0];
        Assert.True(longest.Text.Length >= 100);
        Assert.Equal(longest.Text, original.Text.Substring(longest.StartA, longest.LengthA));
        Assert.Contains("政务公开专区", pair.Passages.Select(p => p.Text).Aggregate((x, y) => x + y), StringComparison.Ordinal);
        // The passage reads in both texts: in B with B's numbers and name.
        var inCopy = copy.Text.Substring(longest.StartB, longest.LengthB);
        Assert.Equal(Strip(longest.Text), Strip(inCopy));
        Assert.DoesNotContain("东明", inCopy, StringComparison.Ordinal);
    }

    private static string Strip(string text) =>
        new([.. text.Replace("东明", "", StringComparison.Ordinal).Replace("官亭", "", StringComparison.Ordinal).Where(char.IsLetter)]);

    [Fact]
    public void IndependentNarrativesOnTheSameTemplateAreNotFlagged()
    {
        Assert.Empty(NearDuplicates.Find([NarrativeSamples.Bureau, NarrativeSamples.Subdistrict], threshold: 0.2));
        var pair = SimilarityModel.Default.Compare(NarrativeSamples.Bureau, NarrativeSamples.Subdistrict);
        Assert.True(pair.Similarity < 0.1, $"similarity {pair.Similarity:F3}");
    }

    [Fact]
    public void TheSeedReportsOfFiveAgenciesAreNotFlagged()
    {
        // 巨鹿镇 (000) and 官亭镇 (002) are towns of one county and share its template sentences, and still differ.
        Assert.Empty(NearDuplicates.Find(NarrativeSamples.Seeds, threshold: 0.1));
    }

    /// <summary>Reports that only say what the template makes them say (every section 无) are not 内容雷同 of one another.</summary>
    [Fact]
    public void ReportsOfTheStatutoryFrameAloneAreNotCompared()
    {
        var a = new NarrativeDoc(1, NarrativeSamples.Frame("甲乡人民政府", 2023, "", "无。", "无。"), "甲乡人民政府");
        var b = new NarrativeDoc(2, NarrativeSamples.Frame("乙镇人民政府", 2024, "", "无。", "无。"), "乙镇人民政府");
        Assert.True(SimilarityModel.Default.Signature(a).ShingleCount < SimilarityOptions.Default.MinShingles);
        Assert.Empty(NearDuplicates.Find([a, b]));
    }

    [Fact]
    public void ANarrativeCopiedFromTheAgencysPreviousYearIsFound()
    {
        var current = NarrativeSamples.Seeds[1];
        var rng = new Random(5);
        var previous = new NarrativeDoc(1001, NarrativeSamples.ChangeNumbers(current.Text, rng).Replace("2024", "2023", StringComparison.Ordinal)
            .Replace("五是监督保障情况。", "五是监督保障情况。全年开展自查两次。", StringComparison.Ordinal), current.Agency);
        var unrelated = NarrativeSamples.Seeds[4] with { Id = 1004, Agency = NarrativeSamples.Seeds[2].Agency };

        var pairs = NearDuplicates.FindAgainstPrevious([(current, previous), (NarrativeSamples.Seeds[2], unrelated)]);

        var pair = Assert.Single(pairs);
        Assert.Equal((current.Id, previous.Id), (pair.A, pair.B));
        Assert.True(pair.Similarity >= 0.9, $"similarity {pair.Similarity:F3}");
        Assert.Contains(pair.Passages, p => p.Text.Contains("平台建设情况", StringComparison.Ordinal));
    }

    /// <summary>The registry's path: signatures stored as bytes, candidates from them, texts fetched to verify.</summary>
    [Fact]
    public void StoredSignaturesGiveTheSamePairsAsFind()
    {
        var rng = new Random(9);
        var docs = NarrativeSamples.Seeds.Concat(NarrativeSamples.Seeds.Select(d => d with
        {
            Id = d.Id + 100,
            Text = NarrativeSamples.Reword(NarrativeSamples.ChangeNumbers(d.Text, rng), rng, 60),
            Agency = $"复制{d.Id}镇",
        })).ToArray();
        var model = SimilarityModel.Default;
        var stored = docs.Select(d => (d.Id, Bytes: model.Signature(d).ToBytes())).ToArray();

        var candidates = NearDuplicates.Candidates(stored.Select(s => (s.Id, MinHashSignature.FromBytes(s.Bytes))));
        var byId = docs.ToDictionary(d => d.Id);
        var verified = candidates.Select(c => model.Compare(byId[c.A], byId[c.B])).Where(p => p.Similarity >= 0.5)
            .Select(p => (p.A, p.B)).Order().ToArray();

        Assert.Equal([(0, 100), (1, 101), (2, 102), (3, 103), (4, 104)], verified);
        Assert.Equal(verified, NearDuplicates.Find(docs, model: model).Select(p => (p.A, p.B)).Order().ToArray());
    }

    [Fact]
    public void FindLeavesTheSameAgencysReportsToTheComparisonWithThePreviousYear()
    {
        var seed = NarrativeSamples.Seeds[2];
        Assert.Empty(NearDuplicates.Find([seed, seed with { Id = 50 }]));
        Assert.Single(NearDuplicates.Find([seed, seed with { Id = 50, Agency = null }]));
    }

    [Fact]
    public void SignaturesOfDifferentModelsCannotBeSearchedTogether()
    {
        var a = SimilarityModel.Default.Signature(NarrativeSamples.Bureau);
        var b = new SimilarityModel(new SimilarityOptions { ShingleLength = 7 }).Signature(NarrativeSamples.Subdistrict);
        Assert.Throws<ArgumentException>(() => NearDuplicates.Candidates([(1, a), (2, b)]));
    }
}
