using System.Text.Json;
using Dapper;

namespace Gongkai.Data.Tests.Support;

/// <summary>The invariants a registry holds after any sequence of committed imports, whatever was killed on the way.</summary>
public static class Consistency
{
    public static async Task AssertAsync(Database db)
    {
        await using var c = await db.OpenAsync();
        var hasMigrations = await c.ExecuteScalarAsync<int>(db.Kind == DatabaseKind.Sqlite
            ? "SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_migrations'"
            : "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'");
        if (hasMigrations == 0)
        {
            return; // killed before the first statement
        }

        var version = await c.ExecuteScalarAsync<int>("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
        if (version < Migrator.LatestVersion(db.Kind))
        {
            // Killed while migrating: each migration is all or nothing, and no import starts before the last one.
            Assert.Equal(version, await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM schema_migrations"));
            Assert.True(version == 0 || await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM reports") == 0);
            return;
        }

        // Every report has its own file, and every file's report exists.
        Assert.Equal(0, await c.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM files f WHERE f.sha256 = r.file_sha256 AND f.report_id = r.id)"));
        Assert.Equal(0, await c.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM files f WHERE f.report_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.id = f.report_id)"));
        Assert.Equal(0, await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM files WHERE report_id IS NULL AND error IS NULL"));

        // One current version per agency and year, versions numbered 1..n.
        var versions = await c.QueryAsync<(long Agency, int? Year, int Count, int Max, int Current)>(
            "SELECT agency_id, year, COUNT(*), MAX(version), SUM(is_current) FROM reports GROUP BY agency_id, year");
        Assert.All(versions, v => Assert.Equal((v.Count, 1), (v.Max, v.Current)));

        // A report's findings and section signatures are all there.
        var reports = await c.QueryAsync<(long Id, string Json, string Findings)>("SELECT id, report_json, findings_json FROM reports");
        var findingCounts = (await c.QueryAsync<(long Id, int Count)>("SELECT report_id, COUNT(*) FROM findings GROUP BY report_id")).ToDictionary(f => f.Id, f => f.Count);
        var sectionCounts = (await c.QueryAsync<(long Id, int Count)>("SELECT report_id, COUNT(*) FROM section_signatures GROUP BY report_id")).ToDictionary(f => f.Id, f => f.Count);
        foreach (var (id, json, findings) in reports)
        {
            using var f = JsonDocument.Parse(findings);
            Assert.Equal(f.RootElement.GetArrayLength(), findingCounts.GetValueOrDefault(id));
            var report = Writing.CanonicalJson.Read(json);
            Assert.Equal(report.Sections.Count, sectionCounts.GetValueOrDefault(id));
        }

        // The tree's paths follow its parents.
        var agencies = (await c.QueryAsync<(long Id, long? Parent, string Path)>("SELECT id, parent_id, path FROM agencies")).ToDictionary(a => a.Id);
        foreach (var a in agencies.Values.Where(a => a.Parent is not null))
        {
            Assert.Equal(agencies[a.Parent!.Value].Path + a.Id + "/", a.Path);
        }
    }

    /// <summary>What a registry holds, independent of ids and times: per file, its agency, year, version and report.</summary>
    public static async Task<SortedDictionary<string, string>> ContentAsync(Database db)
    {
        await using var c = await db.OpenAsync();
        var rows = await c.QueryAsync<(string Sha, string? Agency, int? Year, int? Version, int? Current, string? Json, string? Error)>(
            """
            SELECT f.sha256, a.full_name, r.year, r.version, r.is_current, r.report_json, f.error
            FROM files f LEFT JOIN reports r ON r.id = f.report_id LEFT JOIN agencies a ON a.id = r.agency_id
            """);
        return new SortedDictionary<string, string>(
            rows.ToDictionary(r => r.Sha, r => $"{r.Agency}|{r.Year}|{r.Version}|{r.Current}|{r.Error}|{r.Json}"),
            StringComparer.Ordinal);
    }
}
