using System.Security.Cryptography;
using Gongkai.Similarity;

namespace Gongkai.Core.Tests.Similarity;

public sealed class MinHashSignatureTests
{
    private static readonly SimilarityModel Model = SimilarityModel.Default;

    [Fact]
    public void BytesRoundTrip()
    {
        var signature = Model.Signature(NarrativeSamples.Seeds[3]);
        var bytes = signature.ToBytes();
        Assert.Equal(12 + (4 * 128), bytes.Length);
        var back = MinHashSignature.FromBytes(bytes);
        Assert.Equal(signature, back);
        Assert.Equal(signature.ShingleCount, back.ShingleCount);
        Assert.Equal(Model.Fingerprint, back.Model);
        Assert.Equal(1.0, signature.Estimate(back));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new byte[] { 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new byte[] { 1, 0, 0, 0, 255, 255, 255, 255, 0, 0, 0, 0 })]
    public void BytesThatAreNotASignatureAreAFormatException(byte[] bytes) =>
        Assert.Throws<FormatException>(() => MinHashSignature.FromBytes(bytes));

    /// <summary>Stored signatures must stay valid: the same text gives the same bytes in every process, on every machine.</summary>
    [Fact]
    public void TheSignatureOfAFixedTextNeverChanges()
    {
        var signature = Model.Signature(NarrativeSamples.Bureau);
        Assert.Equal(0x5d8b9e3du, signature.Model);
        Assert.Equal("42AE7DFEDA1FD514", Convert.ToHexString(SHA256.HashData(signature.ToBytes()))[..16]);
    }

    [Fact]
    public void SignaturesOfDifferentModelsDoNotCompare()
    {
        var other = new SimilarityModel(new SimilarityOptions { ShingleLength = 5 });
        var a = Model.Signature(NarrativeSamples.Bureau);
        var b = other.Signature(NarrativeSamples.Bureau);
        Assert.NotEqual(a.Model, b.Model);
        Assert.Throws<ArgumentException>(() => a.Estimate(b));
    }

    [Fact]
    public void ANarrativeWithNothingDistinctiveHasAnEmptySignature()
    {
        var signature = Model.Signature(new NarrativeDoc(1, "一、总体情况\n二、主动公开政府信息情况\n六、其他需要报告的事项\n无"));
        Assert.Equal(0, signature.ShingleCount);
        Assert.All(signature.Values, v => Assert.Equal(uint.MaxValue, v));
        Assert.Equal(0, signature.Estimate(signature));
    }

    /// <summary>
    /// The estimate is unbiased with standard error √(J(1−J)/128): over pairs of known Jaccard index, every error
    /// stays within four standard errors and the mean error near zero.
    /// </summary>
    [Fact]
    public void TheEstimateFollowsTheExactJaccardIndex()
    {
        var rng = new Random(11);
        var bank = Enumerable.Range(0, 400).Select(_ => NarrativeSamples.Sentence(rng)).ToArray();
        var errors = new List<double>();
        for (var n = 0; n < 200; n++)
        {
            var shared = rng.Next(0, 40);
            var a = string.Concat(bank.Skip(n % 300).Take(40));
            var b = string.Concat(bank.Skip(n % 300).Take(shared).Concat(Enumerable.Range(0, 40 - shared).Select(_ => NarrativeSamples.Sentence(rng))));
            var exact = Model.Compare(new NarrativeDoc(1, a), new NarrativeDoc(2, b)).Similarity;
            var estimate = Model.Signature(new NarrativeDoc(1, a)).Estimate(Model.Signature(new NarrativeDoc(2, b)));
            var sigma = Math.Max(Math.Sqrt(exact * (1 - exact) / 128), 0.01);
            Assert.True(Math.Abs(estimate - exact) <= 4 * sigma, $"exact {exact:F3}, estimate {estimate:F3}");
            errors.Add(estimate - exact);
        }

        Assert.InRange(errors.Average(), -0.01, 0.01);
    }
}
