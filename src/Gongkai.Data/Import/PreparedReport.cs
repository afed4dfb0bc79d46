using System.Collections.Immutable;
using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Data.Import;

/// <summary>
/// A document made ready to store, all the CPU work done (read, recognized, checked, placed, serialized,
/// compressed) so the single writer only runs SQL. <see cref="Report"/> is null when the file is not a readable report.
/// </summary>
public sealed record PreparedReport(
    long Sequence,
    string Source,
    string Name,
    string Sha256,
    int Size,
    string Compression,
    byte[] Content,
    AnnualReport? Report,
    ImmutableArray<Diagnostic> Findings,
    AgencyPlace? Place,
    string? ReportJson,
    string? FindingsJson,
    byte[]? Cells,
    byte[]? MinHash,
    ImmutableArray<(string Section, byte[] MinHash)> SectionSignatures,
    string? PublishedOn,
    string? Error)
{
    /// <summary>The agency to store the report under, bypassing placement (a report published through the web application belongs to the submitting agency).</summary>
    public long? AgencyId { get; init; }
}
