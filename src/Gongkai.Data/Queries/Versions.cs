using Dapper;

namespace Gongkai.Data.Queries;

/// <summary>One stored version of an agency's report for a year.</summary>
public sealed record ReportVersion(long Id, int Version, bool IsCurrent, string ImportedAt, string? PublishedOn, string Source, string FileSha256, string? DiffJson)
{
    /// <summary>What this version changed against the one before, one line each in Chinese (empty for the first version).</summary>
    public IReadOnlyList<string> Changes => DiffJson is null ? [] : [.. Data.DiffJson.Read(DiffJson).Describe()];
}

/// <summary>Every version of a report, oldest first, with what changed in each (evidence of changes after publication).</summary>
public static class Versions
{
    public static async Task<IReadOnlyList<ReportVersion>> OfAsync(Database database, Agency agency, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agency);
        await using var c = await database.OpenAsync(cancellationToken);
        var rows = await c.QueryAsync<(long Id, int Version, int IsCurrent, string ImportedAt, string? PublishedOn, string Source, string Sha, string? Diff)>(
            "SELECT id, version, is_current, imported_at, published_on, source, file_sha256, diff_json FROM reports WHERE agency_id = @Id AND year = @year ORDER BY version",
            new { agency.Id, year });
        return [.. rows.Select(r => new ReportVersion(r.Id, r.Version, r.IsCurrent == 1, r.ImportedAt, r.PublishedOn, r.Source, r.Sha, r.Diff))];
    }
}
