using System.Collections.Immutable;

namespace Gongkai.Similarity;

/// <summary>
/// The passages two narratives share. Maximal common runs of the normalized texts are found by seeding on equal
/// shingles and extending both ways (one extension per diagonal stretch, so linear in the text lengths plus the
/// seeds); runs that follow each other in both texts with at most <see cref="MaxGap"/> differing characters
/// between them are one passage (a reworded word does not split a copied paragraph); each passage is mapped back
/// to the printed text.
/// </summary>
internal static class Passages
{
    /// <summary>Most normalized characters between two runs of one passage, in either text (about two words).</summary>
    public const int MaxGap = 4;

    /// <summary>A shingle repeated more often than this in B is not used as a seed (a neighbouring one will be).</summary>
    private const int MaxSeedRepeats = 32;

    public static ImmutableArray<SharedPassage> Find(PreparedNarrative a, PreparedNarrative b, SimilarityModel model)
    {
        var k = model.Options.ShingleLength;
        var minLength = Math.Max(model.Options.MinPassageLength, k);
        var passages = Chain(Runs(a, b))
            .Where(p => p.Matched >= minLength && p.Runs.Sum(r => Distinctive(a, r.A, r.Length, model)) >= minLength - k + 1);
        return Select(passages, a.Text, b.Text);
    }

    private readonly record struct Run(int A, int B, int Length);

    private sealed record Passage(List<Run> Runs)
    {
        public int StartA => Runs[0].A;
        public int StartB => Runs[0].B;
        public int EndA => Runs[^1].A + Runs[^1].Length;
        public int EndB => Runs[^1].B + Runs[^1].Length;
        public int Matched => Runs.Sum(r => r.Length);
    }

    /// <summary>Every maximal common run through an equal shingle, in the order of A.</summary>
    private static List<Run> Runs(PreparedNarrative a, PreparedNarrative b)
    {
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
        var runs = new List<Run>();
        for (var i = 0; i < a.AtPositions.Length; i++)
        {
            if (a.AtPositions[i] == Shingles.None || !seeds.TryGetValue(a.AtPositions[i], out var matches) || matches.Count > MaxSeedRepeats)
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

                var (start, length) = Extend(a.Text.Text, b.Text.Text, i, j);
                coveredUntil[diagonal] = start + length;
                if (length > 0)
                {
                    runs.Add(new Run(start, start + diagonal, length));
                }
            }
        }

        runs.Sort((x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        return runs;
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

    /// <summary>Runs joined into passages: a run continues the passage whose end it follows closest in both texts.</summary>
    private static List<Passage> Chain(List<Run> runs)
    {
        var passages = new List<Passage>();
        var open = new List<Passage>();
        foreach (var run in runs)
        {
            open.RemoveAll(p => p.EndA < run.A - MaxGap);
            Passage? best = null;
            foreach (var p in open)
            {
                var (gapA, gapB) = (run.A - p.EndA, run.B - p.EndB);
                if (gapA is >= 0 and <= MaxGap && gapB is >= 0 and <= MaxGap && (best is null || gapA + gapB < (run.A - best.EndA) + (run.B - best.EndB)))
                {
                    best = p;
                }
            }

            if (best is null)
            {
                best = new Passage([]);
                passages.Add(best);
                open.Add(best);
            }

            best.Runs.Add(run);
        }

        return passages;
    }

    /// <summary>How many shingles of the run are not stop shingles: a passage made of boilerplate phrases is not shown.</summary>
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
    private static ImmutableArray<SharedPassage> Select(IEnumerable<Passage> passages, NormalizedText a, NormalizedText b)
    {
        var taken = new List<Passage>();
        foreach (var p in passages.OrderByDescending(p => p.Matched).ThenBy(p => p.StartA).ThenBy(p => p.StartB))
        {
            if (!taken.Any(t => Overlaps(t.StartA, t.EndA, p.StartA, p.EndA) || Overlaps(t.StartB, t.EndB, p.StartB, p.EndB)))
            {
                taken.Add(p);
            }
        }

        return [.. taken.Select(p =>
        {
            var startA = a.OriginalStart(p.StartA);
            var endA = a.OriginalEnd(p.EndA - 1);
            var startB = b.OriginalStart(p.StartB);
            var endB = b.OriginalEnd(p.EndB - 1);
            return new SharedPassage(a.Original[startA..endA], startA, endA - startA, startB, endB - startB);
        })];
    }

    private static bool Overlaps(int start1, int end1, int start2, int end2) => start1 < end2 && start2 < end1;
}
