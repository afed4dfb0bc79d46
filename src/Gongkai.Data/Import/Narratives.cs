using System.Collections.Immutable;
using Gongkai.Reports;
using Gongkai.Similarity;

namespace Gongkai.Data.Import;

/// <summary>
/// MinHash signatures (default model) of each narrative section and of the whole narrative, stored for
/// near-duplicate detection: a report copied whole, or one section of it copied.
/// </summary>
/// <remarks>
/// The whole narrative's signature is the element-wise minimum of its sections' — the MinHash of the union of
/// their shingle sets — so each section is shingled and hashed once. (Shingles that would straddle two sections are
/// left out; the signature only proposes candidates, which are then compared exactly on their texts.)
/// </remarks>
internal static class Narratives
{
    public static (byte[] Whole, ImmutableArray<(string Section, byte[] MinHash)> Sections) Signatures(AnnualReport report)
    {
        var model = SimilarityModel.Default;
        var sections = report.Sections
            .OrderBy(s => s.Key)
            .Select(s => (Section: s.Key.JsonKey(), Signature: model.Signature(new NarrativeDoc(0, s.Value, report.Agency))))
            .ToList();
        if (sections.Count == 0)
        {
            return (model.Signature(NarrativeDoc.Of(0, report)).ToBytes(), []);
        }

        var values = sections[0].Signature.Values.ToArray();
        foreach (var (_, signature) in sections.Skip(1))
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Math.Min(values[i], signature.Values[i]);
            }
        }

        var whole = new MinHashSignature([.. values], sections.Sum(s => s.Signature.ShingleCount), sections[0].Signature.Model);
        return (whole.ToBytes(), [.. sections.Select(s => (s.Section, s.Signature.ToBytes()))]);
    }
}
