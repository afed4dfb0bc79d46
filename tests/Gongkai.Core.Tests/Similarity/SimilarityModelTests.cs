using Gongkai.Similarity;

namespace Gongkai.Core.Tests.Similarity;

public sealed class SimilarityModelTests
{
    /// <summary>Sentences a province's reports share because a provincial template or habit puts them there (not statutory).</summary>
    private static readonly string[] ProvincialTemplate =
    [
        "坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。",
        "严格落实政府信息公开保密审查制度，做到先审查、后公开，一事一审、全面审查。",
        "持续加强政府网站和政务新媒体建设，不断提升政务公开平台的权威性和影响力。",
        "聚焦群众关切，围绕重点领域信息公开，及时准确发布各类政府信息。",
        "认真做好政策解读工作，做到政策文件与解读材料同步组织、同步审签、同步部署。",
        "规范依申请公开办理流程，严格按照法定时限答复，切实保障申请人合法权益。",
        "加强政务公开专区建设，为企业和群众提供政府信息查询、政策咨询等服务。",
        "将政务公开工作纳入年度绩效考核，建立健全常态化监督检查机制。",
        "积极回应社会关切，及时发布权威信息，主动引导社会舆论。",
        "组织开展政务公开业务培训，不断提升工作人员的业务能力和服务水平。",
    ];

    /// <summary>300 short reports, each six of the ten template sentences in any order plus three sentences of its own.</summary>
    private static NarrativeDoc[] ProvinceOfShortReports()
    {
        var rng = new Random(4);
        return [.. Enumerable.Range(0, 300).Select(i =>
        {
            var own = Enumerable.Range(0, 3).Select(_ => NarrativeSamples.Sentence(rng));
            var template = ProvincialTemplate.OrderBy(_ => rng.Next()).Take(6);
            var agency = $"第{i}乡人民政府";
            return new NarrativeDoc(i, "一、总体情况\n" + string.Concat(template.Concat(own).OrderBy(_ => rng.Next())), agency);
        })];
    }

    [Fact]
    public void BoilerplateLearnedFromTheCorpusNoLongerMakesReportsAlike()
    {
        var docs = ProvinceOfShortReports();
        var learned = SimilarityModel.Learn(docs);

        // Without the corpus, reports made mostly of the same template sentences look like copies of one another.
        var naive = NearDuplicates.Find(docs, threshold: 0.3, model: SimilarityModel.Default);
        Assert.True(naive.Count > 100, $"{naive.Count} pairs");
        Assert.True(learned.StopShingleCount >= 200, $"{learned.StopShingleCount} stop shingles");
        Assert.Empty(NearDuplicates.Find(docs, threshold: 0.3, model: learned));
        // Find learns from the set it is given when no model is passed.
        Assert.Empty(NearDuplicates.Find(docs, threshold: 0.3));
    }

    [Fact]
    public void ACopyAmongTemplateReportsIsStillFoundWithTheLearnedBoilerplate()
    {
        var docs = ProvinceOfShortReports();
        var rng = new Random(8);
        var copy = docs[17] with { Id = 1000, Text = NarrativeSamples.ChangeNumbers(docs[17].Text, rng).Replace("第17乡", "第999镇", StringComparison.Ordinal), Agency = "第999镇人民政府" };

        var pair = Assert.Single(NearDuplicates.Find([.. docs, copy]));

        Assert.Equal((17, 1000), (pair.A, pair.B));
        Assert.True(pair.Similarity >= 0.9);
        // The template sentences are boilerplate now: each passage shown carries the report's own sentences.
        Assert.All(pair.Passages, p => Assert.DoesNotContain(ProvincialTemplate, t => t.Contains(p.Text, StringComparison.Ordinal)));
    }

    [Fact]
    public void AShingleBecomesBoilerplateOnlyInEnoughDocuments()
    {
        var rng = new Random(6);
        var common = "这是一句在许多报告中反复出现的共同表述内容。";
        var docs = Enumerable.Range(0, 60).Select(i => new NarrativeDoc(i, (i < 49 ? common : "") + NarrativeSamples.Sentence(rng))).ToArray();
        // 49 of 60 documents: above 2 %, below the 50-document floor.
        Assert.Equal(0, SimilarityModel.Learn(docs).StopShingleCount);
        Assert.True(SimilarityModel.Learn(docs, new SimilarityOptions { StopMinDocuments = 49 }).StopShingleCount >= 15);
    }

    [Fact]
    public void ModelBytesRoundTrip()
    {
        var model = SimilarityModel.Learn(ProvinceOfShortReports(), new SimilarityOptions { MinPassageLength = 20 });
        var back = SimilarityModel.FromBytes(model.ToBytes());
        Assert.Equal(model.Fingerprint, back.Fingerprint);
        Assert.Equal(model.StopShingleCount, back.StopShingleCount);
        Assert.Equal(model.Options, back.Options);
        Assert.Equal(model.Signature(NarrativeSamples.Bureau), back.Signature(NarrativeSamples.Bureau));
        Assert.NotEqual(SimilarityModel.Default.Fingerprint, model.Fingerprint);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { (byte)'G', (byte)'K', (byte)'S', (byte)'M', 9 })]
    public void BytesThatAreNotAModelAreAFormatException(byte[] bytes) =>
        Assert.Throws<FormatException>(() => SimilarityModel.FromBytes(bytes));

    [Fact]
    public void TruncatedModelBytesAreAFormatException()
    {
        var bytes = SimilarityModel.Learn(ProvinceOfShortReports()).ToBytes();
        Assert.Throws<FormatException>(() => SimilarityModel.FromBytes(bytes.AsSpan(0, bytes.Length - 3)));
    }

    [Fact]
    public void VectorAndScalarMinHashAgree()
    {
        var hasher = new MinHasher(128);
        var set = SimilarityModel.Default.Prepare(NarrativeSamples.Seeds[1]).Set;
        Assert.Equal(hasher.Mins(set, vectorized: false), hasher.Mins(set, vectorized: true));
        Assert.Equal(new MinHasher(5).Mins(set, vectorized: false), new MinHasher(5).Mins(set, vectorized: true));
    }
}
