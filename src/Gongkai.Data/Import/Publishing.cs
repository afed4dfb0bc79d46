using System.Data.Common;
using System.Security.Cryptography;
using Dapper;
using Gongkai.Reading;

namespace Gongkai.Data.Import;

/// <summary>
/// Stores one document as a registry version of a given agency's report, inside the caller's transaction: what
/// publishing an accepted submission does (the web application writes the publication row and the submission's new
/// status in the same transaction). The document goes through the same reading, checking and storing as any import;
/// only the placement is fixed, since the submitting agency is known.
/// </summary>
public static class Publishing
{
    /// <summary>
    /// The stored report's id and what the store did: a new report, a new version, or the same content as the
    /// current version (then the id is that version's). A version once stored is never changed.
    /// </summary>
    /// <param name="publishedOn">The publication date (<c>yyyy-MM-dd</c>) recorded on the version, for the deadline checks.</param>
    /// <exception cref="RegistryException">The document cannot be read as a report.</exception>
    public static async Task<(long ReportId, StoreResult Result, string Sha256)> StoreAsync(
        DbConnection connection, DbTransaction transaction, TimeProvider clock, long agencyId, string name, byte[] bytes,
        string publishedOn, ReportPipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(bytes);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var prepared = ReportPreparer.Prepare(0, new ImportItem(name, name, bytes, null), sha, pipeline ?? ReportPipeline.Default);
        if (prepared.Report is null)
        {
            throw new RegistryException($"无法读取要发布的年报：{prepared.Error}（the document to publish cannot be read）");
        }

        var store = new ReportStore(connection, clock);
        var result = await store.WriteOneAsync(prepared with { AgencyId = agencyId, PublishedOn = publishedOn }, transaction);
        var reportId = await connection.ExecuteScalarAsync<long?>("SELECT report_id FROM files WHERE sha256 = @sha", new { sha }, transaction)
            ?? throw new RegistryException("发布的文件未关联年报（the published file has no report）");
        return (reportId, result, sha);
    }
}
