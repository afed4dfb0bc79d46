using System.Collections.Immutable;
using System.Data.Common;
using Dapper;
using Gongkai.Checking;
using Gongkai.Data;
using Gongkai.Data.Import;
using Gongkai.Data.Queries;
using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Writing;

namespace Gongkai.Web.Shared;

/// <summary>
/// One stored report version as the portal shows it: the canonical report, its findings (those stored at import
/// plus the cross-year checks against the agency's current report of the year before, which depend on what else
/// is in the registry), the agency, and its versions.
/// </summary>
public sealed record StoredReport(
    long Id,
    Agency Agency,
    int? Year,
    int Version,
    bool IsCurrent,
    string? PublishedOn,
    string ImportedAt,
    string Source,
    string FileSha256,
    AnnualReport Report,
    ImmutableArray<Diagnostic> Findings,
    long? PreviousYearId)
{
    private static readonly CheckRule[] CrossYear =
        [.. CheckRules.All.Where(r => r.Descriptor == DiagnosticCodes.PreviousNotPrevious || r.Descriptor == DiagnosticCodes.CarryOverMismatch)];

    public static async Task<StoredReport?> LoadAsync(DbConnection connection, long id)
    {
        var row = await connection.QueryFirstOrDefaultAsync<Row>(
            "SELECT id AS Id, agency_id AS AgencyId, year AS Year, version AS Version, is_current AS IsCurrent, published_on AS PublishedOn, " +
            "imported_at AS ImportedAt, source AS Source, file_sha256 AS FileSha256, report_json AS ReportJson, findings_json AS FindingsJson FROM reports WHERE id = @id",
            new { id });
        if (row is null)
        {
            return null;
        }

        var agency = (await AgencyQueries.ByIdAsync(connection, row.AgencyId))!;
        var report = CanonicalJson.Read(row.ReportJson, row.Source);
        var findings = Gongkai.Data.FindingsJson.Read(row.FindingsJson);
        long? previousId = null;
        if (row.Year is { } year)
        {
            var previous = await connection.QueryFirstOrDefaultAsync<Row>(
                "SELECT id AS Id, report_json AS ReportJson FROM reports WHERE agency_id = @agency AND year = @year AND is_current = 1", new { agency = row.AgencyId, year = year - 1 });
            if (previous is not null)
            {
                previousId = previous.Id;
                findings = [.. findings, .. Checker.CheckOnly(report, CanonicalJson.Read(previous.ReportJson), CrossYear)];
            }
        }

        return new StoredReport(row.Id, agency, (int?)row.Year, (int)row.Version, row.IsCurrent != 0, row.PublishedOn, row.ImportedAt, row.Source, row.FileSha256,
            report, [.. DiagnosticOrder.Sorted(findings)], previousId);
    }

    /// <summary>The original file's bytes and name, or null when it is not stored.</summary>
    public static async Task<(byte[] Bytes, string Name)?> OriginalAsync(DbConnection connection, string sha256)
    {
        var f = await connection.QueryFirstOrDefaultAsync<FileRow>(
            "SELECT compression AS Compression, content AS Content, name AS Name FROM files WHERE sha256 = @sha256", new { sha256 });
        return f is null ? null : (ReportPreparer.Decompress(f.Compression, f.Content), f.Name);
    }

    private sealed class FileRow
    {
        public string Compression { get; init; } = "";
        public byte[] Content { get; init; } = [];
        public string Name { get; init; } = "";
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public long AgencyId { get; init; }
        public long? Year { get; init; }
        public long Version { get; init; }
        public long IsCurrent { get; init; }
        public string? PublishedOn { get; init; }
        public string ImportedAt { get; init; } = "";
        public string Source { get; init; } = "";
        public string FileSha256 { get; init; } = "";
        public string ReportJson { get; init; } = "";
        public string FindingsJson { get; init; } = "";
    }
}
