using System.Globalization;
using Gongkai.Similarity;
using Xunit.Abstractions;

namespace Gongkai.Core.Tests.Similarity;

/// <summary>
/// Why shingles are six characters long. Shorter shingles let independent reports meet on common phrases, and the
/// LSH cost grows with the cube of that background similarity (3 rows per band at threshold 0.5); longer shingles
/// let light rewording hide a copy, each changed character breaking k shingles.
/// </summary>
public sealed class ShingleLengthTests(ITestOutputHelper output)
{
    private static readonly int[] Lengths = [4, 5, 6, 7, 8];

    [Fact]
    public void SixCharactersKeepReworded_CopiesAboveHalfAndIndependentReportsNearZero()
    {
        var seeds = NarrativeSamples.Seeds;
        var copyMin = new Dictionary<int, double>();
        var independentMax = new Dictionary<int, double>();
        foreach (var k in Lengths)
        {
            var model = new SimilarityModel(new SimilarityOptions { ShingleLength = k });
            var rng = new Random(7);
            // A copy with its numbers changed and one character in 25 reworded (about one word per sentence).
            copyMin[k] = seeds.Min(d => model.Compare(d, d with { Id = 99, Text = NarrativeSamples.Reword(NarrativeSamples.ChangeNumbers(d.Text, rng), rng, 25) }).Similarity);
            independentMax[k] = seeds.SelectMany(a => seeds.Where(b => b.Id > a.Id).Select(b => model.Compare(a, b).Similarity)).Max();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"k={k}: reworded copies ≥ {copyMin[k]:F3}, independent seeds ≤ {independentMax[k]:F3}, LSH background ∝ {Math.Pow(independentMax[k], 3):E1}"));
        }

        Assert.True(copyMin[6] >= 0.55, $"k=6 reworded copy {copyMin[6]:F3}");
        Assert.True(independentMax[6] <= 0.03, $"k=6 independent {independentMax[6]:F3}");
        // Four characters: the background, and the LSH candidates with its cube, at least 1.5× (3.4×) higher.
        Assert.True(independentMax[4] >= 1.5 * independentMax[6]);
        // Eight characters: a reworded copy loses what six keep, and falls to the threshold.
        Assert.True(copyMin[8] <= copyMin[6] - 0.05);
        Assert.True(copyMin[8] < 0.55);
    }
}
