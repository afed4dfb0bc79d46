using Dapper;
using Gongkai.Data.Import;
using Gongkai.Data.Tests.Support;

namespace Gongkai.Data.Tests;

/// <summary>Uploads held in memory (the web application's) are imported like files, and a bad one is a failure, not an exception.</summary>
public sealed class ImportInMemoryTests
{
    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task In_memory_items_are_stored_with_their_name_and_source_and_a_broken_one_is_listed_as_failed(string backend)
    {
        var db = Backends.Create(backend);
        var seed = TestFiles.Seeds[0];
        var bytes = await File.ReadAllBytesAsync(seed);
        ImportItem[] items = [new("upload:web/report.txt", "report.txt", bytes, null), new("upload:web/junk.txt", "junk.txt", "hello"u8.ToArray(), null)];

        var summary = await new Importer(db).RunAsync(items);

        Assert.Equal(1, summary.NewReports);
        Assert.Equal("upload:web/junk.txt", Assert.Single(summary.Failures).Source);
        await using var c = await db.OpenAsync();
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        var file = await c.QuerySingleAsync<(string Name, string Source, long? ReportId)>("SELECT name, source, report_id FROM files WHERE sha256 = @sha", new { sha });
        Assert.Equal(("report.txt", "upload:web/report.txt"), (file.Name, file.Source));
        Assert.NotNull(file.ReportId);
        Assert.Equal(1, (await new Importer(db).RunAsync(items[..1])).AlreadyStored);
    }
}
