using System.Collections.Immutable;
using Gongkai.Reports;
using Gongkai.Similarity;

namespace Gongkai.Data.Import;

/// <summary>
/// MinHash signatures (default model) of a report's whole narrative and of each of its sections, stored for
/// near-duplicate detection: a report copied whole, or one section of it copied.
/// </summary>
internal static class Narratives
{
    public static byte[] Signature(AnnualReport report) => SimilarityModel.Default.Signature(NarrativeDoc.Of(0, report)).ToBytes();

    public static ImmutableArray<(string Section, byte[] MinHash)> SectionSignatures(AnnualReport report) =>
        [.. report.Sections
            .OrderBy(s => s.Key)
            .Select(s => (s.Key.JsonKey(), SimilarityModel.Default.Signature(new NarrativeDoc(0, s.Value, report.Agency)).ToBytes()))];
}
