using System.IO.Compression;
using Dapper;
using Gongkai.Data.Import;
using Gongkai.Data.Tests.Support;
using Gongkai.Writing;

namespace Gongkai.Data.Tests;

public sealed class ImportTests
{
    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Importing_the_seeds_stores_every_report_with_its_file_json_and_findings(string backend)
    {
        var db = Backends.Create(backend);
        var summary = await new Importer(db).RunAsync([TestFiles.SeedDirectory]);
        Assert.Equal(5, summary.NewReports);
        Assert.Empty(summary.Failures);

        await using var c = await db.OpenAsync();
        foreach (var seed in TestFiles.Seeds)
        {
            var bytes = await File.ReadAllBytesAsync(seed);
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
            var file = await c.QuerySingleAsync<(string Compression, byte[] Content, long ReportId)>(
                "SELECT compression, content, report_id FROM files WHERE sha256 = @sha", new { sha });
            Assert.Equal(bytes, ReportPreparer.Decompress(file.Compression, file.Content));
            var json = await c.QuerySingleAsync<string>("SELECT report_json FROM reports WHERE id = @ReportId", new { file.ReportId });
            var expected = Reading.ReportPipeline.Default.ReadFile(seed).Report!;
            Assert.Equal(CanonicalJson.Write(expected), json);
            Assert.True(CanonicalJson.Read(json).SameContentAs(expected));
        }

        Assert.True(await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM findings WHERE code = 'GK0401'") >= 3);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_second_import_of_the_same_files_stores_nothing(string backend)
    {
        var db = Backends.Create(backend);
        await new Importer(db).RunAsync([TestFiles.SeedDirectory]);
        var again = await new Importer(db).RunAsync([TestFiles.SeedDirectory]);
        Assert.Equal(5, again.AlreadyStored);
        Assert.Equal(0, again.NewReports + again.NewVersions + again.SameContent);
        await using var c = await db.OpenAsync();
        Assert.Equal(5, await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM reports"));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_corrected_report_becomes_a_new_version_with_its_diff_and_the_old_one_is_kept(string backend)
    {
        var db = Backends.Create(backend);
        var dir = TempDir.Create("gk-version");
        var seed = TestFiles.Seeds.Single(s => Path.GetFileName(s).StartsWith("001", StringComparison.Ordinal));
        File.Copy(seed, Path.Combine(dir, "a.txt"));
        await new Importer(db).RunAsync([dir]);

        var original = Reading.ReportPipeline.Default.ReadFile(seed).Report!;
        var key = "s2.licensing.decisions";
        var value = original[key]!.Value;
        var corrected = CorrectedText(await File.ReadAllTextAsync(seed), original, key);
        var other = TempDir.Create("gk-version2");
        await File.WriteAllTextAsync(Path.Combine(other, "b.txt"), corrected);
        var summary = await new Importer(db).RunAsync([other]);
        Assert.Equal(1, summary.NewVersions);

        await using var c = await db.OpenAsync();
        var versions = (await c.QueryAsync<(int Version, int IsCurrent, string? Diff)>(
            "SELECT version, is_current, diff_json FROM reports ORDER BY version")).ToList();
        Assert.Equal([(1, 0), (2, 1)], versions.Select(v => (v.Version, v.IsCurrent)));
        Assert.Null(versions[0].Diff);
        Assert.Contains($"\"key\": \"{key}\"", versions[1].Diff, StringComparison.Ordinal);
        Assert.Contains($"\"before\": {value}", versions[1].Diff, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Another_file_with_the_same_content_is_attached_to_the_current_version(string backend)
    {
        var db = Backends.Create(backend);
        var dir = TempDir.Create("gk-same");
        var seed = TestFiles.Seeds[0];
        File.Copy(seed, Path.Combine(dir, "a.txt"));
        await File.WriteAllTextAsync(Path.Combine(dir, "b.txt"), await File.ReadAllTextAsync(seed) + "\n\n");
        var summary = await new Importer(db).RunAsync([dir]);
        Assert.Equal((1, 1, 0), (summary.NewReports, summary.SameContent, summary.NewVersions));
        await using var c = await db.OpenAsync();
        Assert.Equal(1, await c.ExecuteScalarAsync<int>("SELECT COUNT(DISTINCT report_id) FROM files"));
        Assert.Equal(2, await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM files"));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Zip_archives_are_read_entry_by_entry_and_broken_inputs_are_reported_once_and_kept(string backend)
    {
        var db = Backends.Create(backend);
        var dir = TempDir.Create("gk-zip");
        var zip = Path.Combine(dir, "reports.zip");
        await using (var stream = File.Create(zip))
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            foreach (var seed in TestFiles.Seeds)
            {
                archive.CreateEntryFromFile(seed, "2024/" + Path.GetFileName(seed));
            }
        }

        var broken = Path.Combine(dir, "broken.docx");
        await File.WriteAllBytesAsync(broken, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        var summary = await new Importer(db).RunAsync([zip, broken, Path.Combine(dir, "missing.txt")]);
        Assert.Equal(5, summary.NewReports);
        Assert.Equal(2, summary.Failures.Count);
        Assert.Contains(summary.Failures, f => f.Source == broken);
        Assert.Contains(summary.Failures, f => f.Reason.Contains("不存在", StringComparison.Ordinal));

        await using var c = await db.OpenAsync();
        var sources = (await c.QueryAsync<string>("SELECT source FROM reports ORDER BY source")).ToList();
        Assert.All(sources, s => Assert.StartsWith(zip + "!/2024/", s, StringComparison.Ordinal));
        Assert.Equal(1, await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM files WHERE report_id IS NULL AND error IS NOT NULL AND name = 'broken.docx'"));

        var rerun = await new Importer(db).RunAsync([zip, broken]);
        Assert.Equal(6, rerun.AlreadyStored);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task The_printed_publication_date_is_stored_and_a_late_report_is_marked_late(string backend)
    {
        var db = Backends.Create(backend);
        var dir = TempDir.Create("gk-late");
        var seed = TestFiles.Seeds.Single(s => Path.GetFileName(s).StartsWith("000", StringComparison.Ordinal));
        await File.WriteAllTextAsync(Path.Combine(dir, "late.txt"), await File.ReadAllTextAsync(seed) + "\n\n巨鹿县巨鹿镇人民政府\n2025年4月20日\n");
        await new Importer(db).RunAsync([dir]);
        await using var c = await db.OpenAsync();
        Assert.Equal("2025-04-20", await c.ExecuteScalarAsync<string>("SELECT published_on FROM reports"));
        var root = await Queries.AgencyQueries.ResolveAsync(db, "#1");
        var row = Assert.Single(await Queries.Quality.ForYearAsync(db, root, 2024));
        Assert.True(row.Late);
        Assert.Equal("2025-04-20", row.PublishedOn);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Carried_over_counts_are_checked_against_last_year_whatever_the_import_order(string backend)
    {
        var db = Backends.Create(backend);
        var rng = new Random(12);
        var columns = new[] { "natural", "business", "research", "nonprofit", "legal", "other_org", "total" };
        async Task ImportPair(string agency, bool consistent)
        {
            var last = Samples.ReportGenerator.Create(rng, Reports.ReportFormat.Revised2021, 2023) with { Agency = agency };
            var now = Samples.ReportGenerator.Create(rng, Reports.ReportFormat.Revised2021, 2024) with { Agency = agency };
            now = now.WithValues(columns.Select(c => new KeyValuePair<string, decimal?>($"s3.carried_in.{c}", last[$"s3.carried_out.{c}"] + (consistent || c != "legal" ? 0 : 1))));
            var dir = TempDir.Create("gk-carry");
            await File.WriteAllTextAsync(Path.Combine(dir, "2024.txt"), PlainTextWriter.Write(now));
            await new Importer(db).RunAsync([dir]); // this year first, last year after: the check must not depend on order
            await File.WriteAllTextAsync(Path.Combine(dir, "2023.txt"), PlainTextWriter.Write(last));
            await new Importer(db).RunAsync([dir]);
        }

        await ImportPair("巨鹿县巨鹿镇人民政府", consistent: true);
        await ImportPair("巨鹿县官亭镇人民政府", consistent: false);
        var root = await Queries.AgencyQueries.ResolveAsync(db, "#1");
        var rows = (await Queries.Quality.ForYearAsync(db, root, 2024)).ToDictionary(q => q.Agency);
        Assert.Equal(0, rows["巨鹿县巨鹿镇人民政府"].CarryOverMismatches);
        Assert.Equal(1, rows["巨鹿县官亭镇人民政府"].CarryOverMismatches);
    }

    /// <summary>The seed's text with one printed number changed (the first line that prints it in the table row).</summary>
    private static string CorrectedText(string text, Reports.AnnualReport report, string key)
    {
        var cell = report.Cells[key];
        var lines = text.Split('\n');
        var line = cell.Source.Line - 1;
        var printed = cell.Printed ?? cell.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var column = cell.Source.Column - 1;
        Assert.Equal(printed, lines[line].Substring(column, printed.Length));
        var changed = cell.Value!.Value % 10 == 9 ? cell.Value.Value - 1 : cell.Value.Value + 1;
        lines[line] = lines[line][..column] + changed.ToString(System.Globalization.CultureInfo.InvariantCulture) + lines[line][(column + printed.Length)..];
        return string.Join('\n', lines);
    }
}
