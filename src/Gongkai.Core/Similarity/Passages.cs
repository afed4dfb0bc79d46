using System.Collections.Immutable;

namespace Gongkai.Similarity;

/// <summary>
/// The passages two narratives share: maximal common runs of their normalized texts, found by seeding on equal
/// shingles and extending both ways (seed-and-extend, one extension per diagonal run), then mapped back to the
/// printed text. Linear in the text lengths plus the number of seeds.
/// </summary>
internal static class Passages
{
    /// <summary>A shingle repeated more often than this in B is not used as a seed (a neighbouring one will be).</summary>
    private const int MaxSeedRepeats = 32;

    public static ImmutableArray<SharedPassage> Find(PreparedNarrative a, PreparedNarrative b, SimilarityModel model)
    {
        var k = model.Options.ShingleLength;
        var minLength = Math.Max(model.Options.MinPassageLength, k);
        var ta = a.Text.Text;
        var tb = b.Text.Text;

        var seeds = new Dictionary<ulong, List<int>>();
        for (var j = 0; j < b.AtPositions.Length; j++)
        {
            var h = b.AtPositions[j];
            if (h != Shingles.None)
            {
                if (!seeds.TryGetValue(h, out var list))
                {
                    seeds[h] = list = [];
                }

                list.Add(j);
            }
        }

        var coveredUntil = new Dictionary<int, int>();
        var runs = new List<(int A, int B, int Length)>();
        for (var i = 0; i < a.AtPositions.Length; i++)
        {
            if (!seeds.TryGetValue(a.AtPositions[i], out var matches) || matches.Count > MaxSeedRepeats)
            {
                continue;
            }

            foreach (var j in matches)
            {
                var diagonal = j - i;
                if (coveredUntil.TryGetValue(diagonal, out var until) && i < until)
                {
                    continue;
                }

                var (start, length) = Extend(ta, tb, i, j);
                coveredUntil[diagonal] = start + length;
                if (length >= minLength && Distinctive(a, start, length, model) >= minLength - k + 1)
                {
                    runs.Add((start, start + diagonal, length));
                }
            }
        }

        return Select(runs, a.Text, b.Text);
    }

    /// <summary>The maximal run of equal characters through (i, j), never across a boilerplate break.</summary>
    private static (int Start, int Length) Extend(string ta, string tb, int i, int j)
    {
        var back = 0;
        while (i - back > 0 && j - back > 0 && ta[i - back - 1] == tb[j - back - 1] && ta[i - back - 1] != NormalizedText.Break)
        {
            back++;
        }

        var forward = 0;
        while (i + forward < ta.Length && j + forward < tb.Length && ta[i + forward] == tb[j + forward] && ta[i + forward] != NormalizedText.Break)
        {
            forward++;
        }

        return (i - back, back + forward);
    }

    /// <summary>How many shingles of the run are not stop shingles: a run made of boilerplate phrases is not shown.</summary>
    private static int Distinctive(PreparedNarrative a, int start, int length, SimilarityModel model)
    {
        var n = 0;
        for (var p = start; p + model.Options.ShingleLength <= start + length; p++)
        {
            var h = a.AtPositions[p];
            if (h != Shingles.None && !model.IsStop(h))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Longest first, each stretch of either text used once; mapped back to the printed texts.</summary>
    private static ImmutableArray<SharedPassage> Select(List<(int A, int B, int Length)> runs, NormalizedText a, NormalizedText b)
    {
        var taken = new List<(int A, int B, int Length)>();
        foreach (var run in runs.OrderByDescending(r => r.Length).ThenBy(r => r.A).ThenBy(r => r.B))
        {
            if (!taken.Any(t => Overlaps(t.A, t.Length, run.A, run.Length) || Overlaps(t.B, t.Length, run.B, run.Length)))
            {
                taken.Add(run);
            }
        }

        return [.. taken.Select(r =>
        {
            var startA = a.OriginalStart(r.A);
            var endA = a.OriginalEnd(r.A + r.Length - 1);
            var startB = b.OriginalStart(r.B);
            var endB = b.OriginalEnd(r.B + r.Length - 1);
            return new SharedPassage(a.Original[startA..endA], startA, endA - startA, startB, endB - startB);
        })];
    }

    private static bool Overlaps(int start1, int length1, int start2, int length2) =>
        start1 < start2 + length2 && start2 < start1 + length1;
}
