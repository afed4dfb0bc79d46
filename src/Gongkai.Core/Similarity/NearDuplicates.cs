namespace Gongkai.Similarity;

/// <summary>
/// Finds 内容雷同 — narratives copied from another agency, or from the agency's own previous report with the
/// numbers changed (国办公开办函〔2021〕30号 names it among the faults agencies are held accountable for).
/// </summary>
/// <remarks>
/// In memory: <see cref="Find"/> (across agencies) and <see cref="FindAgainstPrevious"/>. From stored signatures:
/// <see cref="Candidates"/>, then <see cref="SimilarityModel.Compare"/> on the texts of each candidate.
/// </remarks>
public static class NearDuplicates
{
    /// <summary>
    /// Every pair of narratives of different agencies in the set whose Jaccard index is at least
    /// <paramref name="threshold"/> (e.g. one year of a province), most similar first, with their shared passages.
    /// </summary>
    /// <remarks>Two narratives with the same non-null <see cref="NarrativeDoc.Agency"/> are not compared: that is
    /// <see cref="FindAgainstPrevious"/>'s question.</remarks>
    /// <param name="model">The model to compare with; by default one learned from <paramref name="docs"/> themselves.</param>
    public static IReadOnlyList<SimilarPair> Find(IEnumerable<NarrativeDoc> docs, double threshold = 0.5, SimilarityModel? model = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
        var all = docs.ToArray();
        model ??= SimilarityModel.Learn(all);
        var signatures = all.AsParallel().AsOrdered().Select(model.Signature).ToArray();
        var candidates = Banding.Candidates(signatures, threshold, MinEstimate(threshold, model.Options.Permutations), i => signatures[i].ShingleCount < model.Options.MinShingles);
        return Verified(candidates.Where(c => all[c.A].Agency is null || all[c.A].Agency != all[c.B].Agency).Select(c => (all[c.A], all[c.B])), threshold, model);
    }

    /// <summary>
    /// Each narrative against the same agency's previous one: the pairs whose Jaccard index is at least
    /// <paramref name="threshold"/>, most similar first. A is the current narrative, B the previous.
    /// </summary>
    /// <remarks>An agency's consecutive reports share more than two agencies' do; a higher threshold may suit.</remarks>
    public static IReadOnlyList<SimilarPair> FindAgainstPrevious(IEnumerable<(NarrativeDoc Current, NarrativeDoc Previous)> pairs, double threshold = 0.5, SimilarityModel? model = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
        return Verified(pairs, threshold, model ?? SimilarityModel.Default);
    }

    /// <summary>
    /// The pairs among stored signatures that may reach <paramref name="threshold"/>: LSH buckets, then the
    /// estimated Jaccard index with a margin of 3.5 standard errors below the threshold, so that a pair truly
    /// at the threshold is missed with probability below 0.5 % (banding) plus 0.03 % (estimate). Fetch the texts
    /// of each candidate and keep those whose <see cref="SimilarityModel.Compare"/> similarity reaches the threshold.
    /// </summary>
    /// <param name="minShingles">Signatures of fewer shingles (nothing distinctive) are left out.</param>
    public static IReadOnlyList<CandidatePair> Candidates(IEnumerable<(long Id, MinHashSignature Signature)> signatures, double threshold = 0.5, int minShingles = 20)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
        var all = signatures.ToArray();
        if (all.Length == 0)
        {
            return [];
        }

        var model = all[0].Signature.Model;
        var permutations = all[0].Signature.Values.Length;
        if (all.FirstOrDefault(s => s.Signature.Model != model || s.Signature.Values.Length != permutations) is { Signature: not null } odd)
        {
            throw new ArgumentException($"signature {odd.Id} is of model {odd.Signature.Model:x8}, the first of model {model:x8}: recompute it", nameof(signatures));
        }

        var sigs = all.Select(s => s.Signature).ToArray();
        return [.. Banding.Candidates(sigs, threshold, MinEstimate(threshold, permutations), i => sigs[i].ShingleCount < minShingles)
            .Select(c => new CandidatePair(all[c.A].Id, all[c.B].Id, c.Estimate))
            .OrderByDescending(c => c.Estimate).ThenBy(c => c.A).ThenBy(c => c.B)];
    }

    private static double MinEstimate(double threshold, int permutations) =>
        Math.Max(0, threshold - (3.5 * Math.Sqrt(threshold * (1 - threshold) / permutations)));

    private static SimilarPair[] Verified(IEnumerable<(NarrativeDoc A, NarrativeDoc B)> pairs, double threshold, SimilarityModel model) =>
        [.. pairs.AsParallel()
            .Select(p => model.CompareAtLeast(p.A, p.B, threshold))
            .OfType<SimilarPair>()
            .OrderByDescending(p => p.Similarity).ThenBy(p => p.A).ThenBy(p => p.B)];
}
