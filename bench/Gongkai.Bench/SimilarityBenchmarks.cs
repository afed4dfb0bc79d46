using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Gongkai.Reading;
using Gongkai.Similarity;

namespace Gongkai.Bench;

/// <summary>
/// Near-duplicate narratives (内容雷同): a signature per report as the registry computes at import, the LSH pair
/// search over 100,000 stored signatures, and the exact comparison with passages of two 5,000-character narratives.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project bench/Gongkai.Bench -- --filter '*SimilarityBenchmarks*'</c>. The setup
/// computes the 100,000 signatures once (about a minute). Synthetic narratives are sentences of words taken from
/// the seeds' narratives, 800–2,500 characters long; 100 of them are planted near-duplicates of others.
/// </remarks>
[MemoryDiagnoser]
[WarmupCount(2)]
[IterationCount(5)]
public partial class SimilarityBenchmarks
{
    private const int SyntheticCount = 200;
    private const int SignatureCount = 100_000;

    private readonly SimilarityModel model = SimilarityModel.Default;
    private NarrativeDoc[] seeds = [];
    private NarrativeDoc[] synthetic = [];
    private (long Id, MinHashSignature Signature)[] signatures = [];
    private NarrativeDoc longA = new(0, "");
    private NarrativeDoc longB = new(1, "");

    [GlobalSetup]
    public void Setup()
    {
        seeds = [.. Corpus.Seeds().Select((d, i) => NarrativeDoc.Of(i, ReportPipeline.Default.Read(d.Bytes, d.Name).Report
            ?? throw new InvalidOperationException($"{d.Name} does not read")))];
        var vocabulary = seeds.SelectMany(d => HanRun().Matches(d.Text).SelectMany(m => Enumerable.Range(0, m.Length / 2).Select(i => m.Value.Substring(2 * i, 2))))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var rng = new Random(Corpus.GeneratedSeed);
        var bank = Enumerable.Range(0, 50_000).Select(_ => Sentence(rng, vocabulary)).ToArray();
        synthetic = [.. Enumerable.Range(0, SyntheticCount).Select(i => new NarrativeDoc(i, Narrative(rng, bank, rng.Next(800, 2_500))))];

        signatures = new (long, MinHashSignature)[SignatureCount];
        var kept = new List<NarrativeDoc>();
        for (var i = 0; i < SignatureCount; i++)
        {
            var doc = i % 1_000 == 999 && kept.Count > 0
                ? new NarrativeDoc(i, Reword(kept[rng.Next(kept.Count)].Text, rng))
                : new NarrativeDoc(i, Narrative(rng, bank, rng.Next(800, 2_500)));
            if (i % 1_000 == 0)
            {
                kept.Add(doc);
            }

            signatures[i] = (i, model.Signature(doc));
        }

        longA = new NarrativeDoc(0, Narrative(rng, bank, 5_000));
        longB = new NarrativeDoc(1, Reword(longA.Text, rng));
    }

    [Benchmark(OperationsPerInvoke = 5)]
    public int SignatureOfEachSeed() => seeds.Sum(d => model.Signature(d).ShingleCount);

    [Benchmark(OperationsPerInvoke = SyntheticCount)]
    public int SignatureOfSyntheticNarrative() => synthetic.Sum(d => model.Signature(d).ShingleCount);

    [Benchmark]
    public int CandidatesAmong100000Signatures() => NearDuplicates.Candidates(signatures).Count;

    [Benchmark]
    public int CompareTwo5000CharacterNarratives() => model.Compare(longA, longB).Passages.Length;

    private static string Sentence(Random rng, string[] vocabulary)
    {
        var sb = new StringBuilder();
        var words = rng.Next(8, 15);
        for (var w = 0; w < words; w++)
        {
            sb.Append(vocabulary[rng.Next(vocabulary.Length)]).Append(w == words / 2 ? "，" : "");
        }

        return sb.Append('。').ToString();
    }

    private static string Narrative(Random rng, string[] bank, int length)
    {
        var sb = new StringBuilder("一、总体情况\n");
        while (sb.Length < length)
        {
            sb.Append(bank[rng.Next(bank.Length)]);
        }

        return sb.ToString();
    }

    /// <summary>One character in about 40 replaced: a light rewording of a copy.</summary>
    private static string Reword(string text, Random rng)
    {
        var chars = text.ToCharArray();
        for (var i = rng.Next(40); i < chars.Length; i += 40)
        {
            chars[i] = (char)('\u4E00' + rng.Next(0x5000));
        }

        return new string(chars);
    }

    [GeneratedRegex(@"[\u4E00-\u9FFF]+")]
    private static partial Regex HanRun();
}
