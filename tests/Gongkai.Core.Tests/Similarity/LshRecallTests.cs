using System.Diagnostics;
using Gongkai.Similarity;
using Xunit.Abstractions;

namespace Gongkai.Core.Tests.Similarity;

public sealed class LshRecallTests(ITestOutputHelper output)
{
    [Fact]
    public void AllPlantedNearDuplicatesAmongFiveThousandReportsAreFoundAndNothingElse()
    {
        var corpus = SyntheticCorpus.Create(5_000, 50, seed: 1);
        var clock = Stopwatch.StartNew();
        var model = SimilarityModel.Learn(corpus.Docs);
        var learned = clock.Elapsed;
        var signatures = corpus.Docs.Select(d => (d.Id, model.Signature(d))).ToArray();
        var signed = clock.Elapsed - learned;
        var candidates = NearDuplicates.Candidates(signatures);
        var searched = clock.Elapsed - learned - signed;
        var found = NearDuplicates.Find(corpus.Docs, model: model);
        output.WriteLine($"learn {learned.TotalSeconds:F2} s ({model.StopShingleCount} stop shingles), signatures {signed.TotalSeconds:F2} s, LSH {searched.TotalMilliseconds:F0} ms, {candidates.Count} candidates; found {found.Count}, similarity {found.Min(p => p.Similarity):F3}–{found.Max(p => p.Similarity):F3}");

        var planted = corpus.Planted.Select(p => (Math.Min(p.A, p.B), Math.Max(p.A, p.B))).ToHashSet();
        Assert.Subset(candidates.Select(c => (c.A, c.B)).ToHashSet(), planted);
        Assert.Equal(planted.Order().ToArray(), found.Select(p => (p.A, p.B)).Order().ToArray());
        Assert.True(candidates.Count <= planted.Count + 10, $"{candidates.Count} candidates for {planted.Count} planted pairs");
        // The frame's template sentences are in every report: learned as stop shingles.
        Assert.True(model.StopShingleCount > 0);
    }

    [Fact]
    public void BandsAreChosenForRecallAtTheThreshold()
    {
        Assert.Equal((42, 3), Banding.For(0.5, 128));
        Assert.Equal((21, 6), Banding.For(0.8, 128));
        Assert.Equal((64, 2), Banding.For(0.3, 128));
        foreach (var threshold in new[] { 0.3, 0.5, 0.7, 0.9 })
        {
            var (bands, rows) = Banding.For(threshold, 128);
            Assert.True(1 - Math.Pow(1 - Math.Pow(threshold, rows), bands) >= 0.995);
        }
    }
}
