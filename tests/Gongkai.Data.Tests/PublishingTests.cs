using System.Text;
using Dapper;
using Gongkai.Data.Import;
using Gongkai.Data.Tests.Support;
using Gongkai.Reading;
using Gongkai.Writing;

namespace Gongkai.Data.Tests;

/// <summary>Publishing stores a document under the agency it is given, inside the caller's transaction, as a new version.</summary>
public sealed class PublishingTests
{
    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_published_document_is_stored_for_the_given_agency_and_a_correction_is_a_second_version(string backend)
    {
        var db = Backends.Create(backend);
        await Migrator.MigrateAsync(db);
        var report = ReportPipeline.Default.Read(await File.ReadAllBytesAsync(TestFiles.Seeds[0]), "seed").Report!;
        var first = Encoding.UTF8.GetBytes(HtmlWriter.Write(report));
        var second = Encoding.UTF8.GetBytes(HtmlWriter.Write(report.WithValues([new("s3.received.natural", 999)])));
        const long agency = 2; // the unplaced root: nothing in the document points there

        await using var c = await db.OpenAsync();
        await using (var rollback = await c.BeginTransactionAsync())
        {
            await Publishing.StoreAsync(c, rollback, TimeProvider.System, agency, "a.html", first, "2025-01-20");
        }

        Assert.Equal(0L, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM reports"));

        long firstId;
        await using (var tx = await c.BeginTransactionAsync())
        {
            var (id, result, _) = await Publishing.StoreAsync(c, tx, TimeProvider.System, agency, "a.html", first, "2025-01-20");
            Assert.Equal(StoreResult.NewReport, result);
            firstId = id;
            await tx.CommitAsync();
        }

        var stored = await c.QuerySingleAsync<(long AgencyId, string PublishedOn, string Json)>("SELECT agency_id, published_on, report_json FROM reports WHERE id = @firstId", new { firstId });
        Assert.Equal((agency, "2025-01-20"), (stored.AgencyId, stored.PublishedOn));
        await using (var tx = await c.BeginTransactionAsync())
        {
            var (id, result, _) = await Publishing.StoreAsync(c, tx, TimeProvider.System, agency, "b.html", second, "2025-02-01");
            Assert.Equal(StoreResult.NewVersion, result);
            Assert.NotEqual(firstId, id);
            await tx.CommitAsync();
        }

        Assert.Equal(stored.Json, await c.QuerySingleAsync<string>("SELECT report_json FROM reports WHERE id = @firstId", new { firstId }));
        Assert.Equal(2L, await c.ExecuteScalarAsync<long>("SELECT MAX(version) FROM reports WHERE agency_id = @agency", new { agency }));
    }
}
