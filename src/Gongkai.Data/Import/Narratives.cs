using Gongkai.Reports;
using Gongkai.Similarity;

namespace Gongkai.Data.Import;

/// <summary>The MinHash signature of a report's narrative (default model), stored for near-duplicate detection.</summary>
internal static class Narratives
{
    public static byte[] Signature(AnnualReport report) => SimilarityModel.Default.Signature(NarrativeDoc.Of(0, report)).ToBytes();
}
