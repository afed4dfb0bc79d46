using System.Collections.Immutable;
using Gongkai.Reports;
using Gongkai.Similarity;

namespace Gongkai.Data.Import;

/// <summary>
/// MinHash signatures of each narrative section and of the whole narrative: stored at import (default model) for
/// near-duplicate detection, and computed again with a learned model by <c>stats similar</c>.
/// </summary>
/// <remarks>
/// The whole narrative's signature is the element-wise minimum of its sections' — the MinHash of the union of
/// their shingle sets — so each section is shingled and hashed once. (Shingles that would straddle two sections are
/// left out; the signature only proposes candidates, which are then compared exactly on their texts.)
/// </remarks>
internal static class Narratives
{
    public static (MinHashSignature Whole, ImmutableArray<(SectionKind Section, MinHashSignature Signature)> Sections) Sign(AnnualReport report, SimilarityModel model)
    {
        var sections = report.Sections
            .OrderBy(s => s.Key)
            .Select(s => (Section: s.Key, Signature: model.Signature(new NarrativeDoc(0, s.Value, report.Agency))))
            .ToImmutableArray();
        if (sections.IsEmpty)
        {
            return (model.Signature(NarrativeDoc.Of(0, report)), sections);
        }

        var values = sections[0].Signature.Values.ToArray();
        foreach (var (_, signature) in sections.Skip(1))
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Math.Min(values[i], signature.Values[i]);
            }
        }

        return (new MinHashSignature([.. values], sections.Sum(s => s.Signature.ShingleCount), sections[0].Signature.Model), sections);
    }

    /// <summary>The signatures stored at import (default model), as bytes.</summary>
    public static (byte[] Whole, ImmutableArray<(string Section, byte[] MinHash)> Sections) Signatures(AnnualReport report)
    {
        var (whole, sections) = Sign(report, SimilarityModel.Default);
        return (whole.ToBytes(), [.. sections.Select(s => (s.Section.JsonKey(), s.Signature.ToBytes()))]);
    }
}
