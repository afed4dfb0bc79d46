using Dapper;
using Gongkai.Data.Tests.Support;

namespace Gongkai.Data.Tests;

public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_new_database_gets_the_latest_schema_and_a_second_run_changes_nothing(string backend)
    {
        var db = Backends.Create(backend);
        Assert.Equal(Migrator.LatestVersion(db.Kind), await Migrator.MigrateAsync(db));
        Assert.Equal(Migrator.LatestVersion(db.Kind), await Migrator.MigrateAsync(db));
        await using var c = await db.OpenAsync();
        Assert.Equal(Migrator.For(db.Kind).Count, await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM schema_migrations"));
        Assert.Equal(2, await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM agencies"));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task An_old_database_is_upgraded_in_place_and_keeps_its_data(string backend)
    {
        var db = Backends.Create(backend);
        Assert.Equal(1, await Migrator.MigrateAsync(db, upTo: 1));
        await using (var c = await db.OpenAsync())
        {
            await c.ExecuteAsync(
                """
                INSERT INTO reports (agency_id, year, version, is_current, format, issuer, imported_at, file_sha256, source,
                                     errors, warnings, confidence, cells, report_json, findings_json)
                VALUES (2, 2024, 1, 1, '2021', '某镇人民政府', '2025-01-01T00:00:00Z', 'abc', 'a.txt', 0, 0, 0.5, @cells, '{}', '[]')
                """,
                new { cells = new byte[] { 1 } });
        }

        Assert.Equal(Migrator.LatestVersion(db.Kind), await Migrator.MigrateAsync(db));
        await using var after = await db.OpenAsync();
        var row = await after.QuerySingleAsync<(string Issuer, byte[]? MinHash)>("SELECT issuer, minhash FROM reports");
        Assert.Equal("某镇人民政府", row.Issuer);
        Assert.Null(row.MinHash);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Upgrading_to_0011_copies_each_request_into_its_search_column_and_refreshes_a_stale_applicant(string backend)
    {
        var db = Backends.Create(backend);
        Assert.Equal(10, await Migrator.MigrateAsync(db, upTo: 10));
        const string json = """{"Channel":"InPerson","Arrived":"2025-03-03","Received":"2025-03-03","Applicant":{"Type":"Legal","Name":"张叁","IdDocument":"X"},"Request":{"Content":"2024年危房改造补助名单","Form":"纸质","Delivery":"邮寄"}}""";
        await using (var c = await db.OpenAsync())
        {
            await c.ExecuteAsync(
                """
                INSERT INTO applications (agency_id, number, tracking_code, status, applicant_type, applicant_name, arrived_on, received_on,
                                          case_json, version, created_at, updated_at)
                VALUES (2, '2025-0001', 'AAAA-BBBB-CCCC', 'InProgress', 'Natural', '张三', '2025-03-03', '2025-03-03', @json, 1, 'x', 'x')
                """,
                new { json });
        }

        Assert.Equal(Migrator.LatestVersion(db.Kind), await Migrator.MigrateAsync(db));
        await using var after = await db.OpenAsync();
        var row = await after.QuerySingleAsync<(string Content, string Name, string Type)>("SELECT request_content, applicant_name, applicant_type FROM applications");
        Assert.Equal(("2024年危房改造补助名单", "张叁", "Legal"), row);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_database_newer_than_the_program_is_refused_untouched(string backend)
    {
        var db = Backends.Create(backend);
        await Migrator.MigrateAsync(db, upTo: 1);
        await using (var c = await db.OpenAsync())
        {
            await c.ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'x')");
        }

        var e = await Assert.ThrowsAsync<RegistryException>(() => Migrator.MigrateAsync(db));
        Assert.Contains("高于本程序支持", e.Message, StringComparison.Ordinal);
        await using var check = await db.OpenAsync();
        Assert.Equal(0, await check.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM schema_migrations WHERE version BETWEEN 2 AND 98"));
    }
}
