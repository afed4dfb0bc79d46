using Gongkai.Similarity;

namespace Gongkai.Core.Tests.Similarity;

/// <summary>
/// Reports built from a bank of sentences (words of the seeds' vocabulary) on the statutory frame, with planted
/// near-duplicates: a report copied under another agency's name, numbers changed, about one character in 40
/// reworded, and two of its sentences replaced.
/// </summary>
internal sealed record SyntheticCorpus(NarrativeDoc[] Docs, (long A, long B)[] Planted)
{
    public static SyntheticCorpus Create(int count, int planted, int seed, int bankSize = 50_000)
    {
        var rng = new Random(seed);
        var bank = Enumerable.Range(0, bankSize).Select(_ => NarrativeSamples.Sentence(rng)).ToArray();
        var docs = new List<NarrativeDoc>(count);
        for (var i = 0; i < count - planted; i++)
        {
            var agency = $"第{i}镇人民政府";
            docs.Add(new NarrativeDoc(i, NarrativeSamples.FromBank(bank, rng, rng.Next(20, 50), agency, 2024), agency));
        }

        var pairs = new List<(long, long)>();
        for (var p = 0; p < planted; p++)
        {
            var original = docs[rng.Next(docs.Count)];
            var agency = $"复制{p}乡人民政府";
            var text = original.Text.Replace(original.Agency!, agency, StringComparison.Ordinal);
            var sentences = text.Split('。');
            for (var r = 0; r < 2; r++)
            {
                sentences[rng.Next(sentences.Length)] = NarrativeSamples.Sentence(rng).TrimEnd('。');
            }

            text = NarrativeSamples.Reword(NarrativeSamples.ChangeNumbers(string.Join('。', sentences), rng), rng, 40);
            var id = docs.Count;
            docs.Add(new NarrativeDoc(id, text, agency));
            pairs.Add((original.Id, id));
        }

        return new SyntheticCorpus([.. docs], [.. pairs]);
    }
}
