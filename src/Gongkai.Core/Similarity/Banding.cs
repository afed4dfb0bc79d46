namespace Gongkai.Similarity;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: the values are cut into b bands of r rows; two signatures
/// that agree on a whole band land in the same bucket and become a candidate pair. A pair of Jaccard index J is a
/// candidate with probability 1 − (1 − Jʳ)ᵇ, so near-duplicates meet while unrelated reports almost never do, and
/// no pair is compared unless a bucket joins it (near-linear in the number of signatures).
/// </summary>
internal static class Banding
{
    /// <summary>Wanted probability that a pair exactly at the threshold becomes a candidate.</summary>
    private const double Recall = 0.995;

    /// <summary>
    /// The most rows per band (fewest false candidates) that still make a pair at the threshold a candidate with
    /// probability <see cref="Recall"/>: for 128 values, threshold 0.5 gives 42 bands of 3, 0.8 gives 21 bands of 6.
    /// </summary>
    public static (int Bands, int Rows) For(double threshold, int permutations)
    {
        for (var rows = permutations; rows > 1; rows--)
        {
            var bands = permutations / rows;
            if (1 - Math.Pow(1 - Math.Pow(threshold, rows), bands) >= Recall)
            {
                return (bands, rows);
            }
        }

        return (permutations, 1);
    }

    /// <summary>
    /// The candidate pairs (indices into <paramref name="signatures"/>, smaller first) whose estimated Jaccard index
    /// is at least <paramref name="minEstimate"/>; each pair once. Signatures at <paramref name="skip"/> are left out.
    /// </summary>
    public static List<(int A, int B, double Estimate)> Candidates(IReadOnlyList<MinHashSignature> signatures, double threshold, double minEstimate, Func<int, bool> skip)
    {
        var permutations = signatures.Count == 0 ? 0 : signatures[0].Values.Length;
        var (bands, rows) = For(threshold, Math.Max(permutations, 1));
        var included = Enumerable.Range(0, signatures.Count).Where(i => !skip(i)).ToArray();

        // keys[band][n]: the bucket of signature included[n] in that band.
        var keys = new ulong[bands][];
        for (var band = 0; band < bands; band++)
        {
            keys[band] = new ulong[included.Length];
            for (var n = 0; n < included.Length; n++)
            {
                keys[band][n] = BucketKey(signatures[included[n]].Values.AsSpan(band * rows, rows), band);
            }
        }

        var result = new List<(int, int, double)>();
        var order = new int[included.Length];
        var sorted = new ulong[included.Length];
        for (var band = 0; band < bands; band++)
        {
            keys[band].CopyTo(sorted, 0);
            for (var n = 0; n < order.Length; n++)
            {
                order[n] = n;
            }

            Array.Sort(sorted, order);
            for (var start = 0; start < sorted.Length;)
            {
                var end = start + 1;
                while (end < sorted.Length && sorted[end] == sorted[start])
                {
                    end++;
                }

                for (var x = start; x < end; x++)
                {
                    for (var y = x + 1; y < end; y++)
                    {
                        var (p, q) = (Math.Min(order[x], order[y]), Math.Max(order[x], order[y]));
                        if (!MetInEarlierBand(keys, band, p, q))
                        {
                            var estimate = signatures[included[p]].Estimate(signatures[included[q]]);
                            if (estimate >= minEstimate)
                            {
                                result.Add((included[p], included[q], estimate));
                            }
                        }
                    }
                }

                start = end;
            }
        }

        return result;
    }

    /// <summary>True when the pair shares a bucket in a band before this one: it was handled there.</summary>
    private static bool MetInEarlierBand(ulong[][] keys, int band, int p, int q)
    {
        for (var earlier = 0; earlier < band; earlier++)
        {
            if (keys[earlier][p] == keys[earlier][q])
            {
                return true;
            }
        }

        return false;
    }

    private static ulong BucketKey(ReadOnlySpan<uint> rows, int band)
    {
        var h = StableHash.Mix((ulong)band + 1);
        foreach (var v in rows)
        {
            h = StableHash.Combine(h, v);
        }

        return h;
    }
}
