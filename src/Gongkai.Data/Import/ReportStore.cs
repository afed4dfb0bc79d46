using System.Data.Common;
using Dapper;
using Gongkai.Reports;
using Gongkai.Writing;

namespace Gongkai.Data.Import;

/// <summary>What one stored document became.</summary>
public enum StoreResult
{
    /// <summary>The first version of this agency's report for this year.</summary>
    NewReport,

    /// <summary>A corrected or re-published report: a new version, with its diff against the previous one.</summary>
    NewVersion,

    /// <summary>Another file with exactly the content of the current version (e.g. the PDF of a stored DOCX).</summary>
    SameContent,

    /// <summary>This very file (same SHA-256) is already stored.</summary>
    AlreadyStored,

    /// <summary>Kept as a file, but it is not a readable report.</summary>
    Unreadable,
}

/// <summary>
/// The single writer of an import: stores prepared documents in batches, each batch one transaction, so a
/// crash or <c>kill -9</c> leaves every document either completely stored or not at all (the rerun stores it).
/// </summary>
internal sealed class ReportStore(DbConnection connection, TimeProvider clock) : IAsyncDisposable
{
    private readonly AgencyTree tree = new(connection, clock);

    public async Task<IReadOnlyList<StoreResult>> WriteAsync(IReadOnlyList<PreparedReport> batch, CancellationToken cancellationToken)
    {
        var results = new List<StoreResult>(batch.Count);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            foreach (var item in batch)
            {
                results.Add(await WriteOneAsync(item, tx));
            }

            await tx.CommitAsync(cancellationToken);
            return results;
        }
        catch
        {
            tree.Forget();
            throw;
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    internal async Task<StoreResult> WriteOneAsync(PreparedReport item, DbTransaction tx)
    {
        if (await connection.ExecuteScalarAsync<long?>("SELECT 1 FROM files WHERE sha256 = @Sha256", new { item.Sha256 }, tx) is not null)
        {
            return StoreResult.AlreadyStored;
        }

        var now = Clock.Stamp(clock);
        if (item.Report is not { } report)
        {
            await InsertFileAsync(item, null, now, tx);
            return StoreResult.Unreadable;
        }

        var agency = item.AgencyId ?? await tree.PlaceAsync(report.Agency, item.Place!, tx);
        var current = await connection.QuerySingleOrDefaultAsync<(long Id, int Version, string Json)?>(
            report.Year is null
                ? "SELECT id, version, report_json FROM reports WHERE agency_id = @agency AND year IS NULL AND is_current = 1"
                : "SELECT id, version, report_json FROM reports WHERE agency_id = @agency AND year = @Year AND is_current = 1",
            new { agency, report.Year }, tx);
        if (current is { } same && same.Json == item.ReportJson)
        {
            await InsertFileAsync(item, same.Id, now, tx);
            return StoreResult.SameContent;
        }

        string? diff = null;
        if (current is { } previous)
        {
            await connection.ExecuteAsync("UPDATE reports SET is_current = 0 WHERE id = @Id", new { previous.Id }, tx);
            diff = Data.DiffJson.Write(ReportDiff.Between(CanonicalJson.Read(previous.Json), report));
        }

        var reportId = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO reports (agency_id, year, version, is_current, format, issuer, published_on, imported_at, file_sha256, source,
                                 errors, warnings, confidence, cells, report_json, findings_json, diff_json, minhash)
            VALUES (@agency, @Year, @Version, 1, @Format, @Issuer, @PublishedOn, @now, @Sha256, @Source,
                    @Errors, @Warnings, @Confidence, @Cells, @ReportJson, @FindingsJson, @diff, @MinHash)
            RETURNING id
            """,
            new
            {
                agency,
                report.Year,
                Version = (current?.Version ?? 0) + 1,
                Format = report.Format.ToJson(),
                Issuer = report.Agency,
                item.PublishedOn,
                now,
                item.Sha256,
                item.Source,
                Errors = item.Findings.Count(d => d.Severity == Diagnostics.Severity.Error),
                Warnings = item.Findings.Count(d => d.Severity == Diagnostics.Severity.Warning),
                item.Place!.Confidence,
                item.Cells,
                item.ReportJson,
                item.FindingsJson,
                diff,
                item.MinHash,
            },
            tx);
        if (item.Findings.Length > 0)
        {
            await Rows.InsertAsync(connection, tx, "findings (report_id, code, severity, cell_key)",
                item.Findings.Select(d => new object?[] { reportId, d.Code, d.SeverityText, d.CellKeys.IsDefaultOrEmpty ? null : d.CellKeys[0] }));
        }

        if (item.SectionSignatures.Length > 0)
        {
            await Rows.InsertAsync(connection, tx, "section_signatures (report_id, section, minhash)",
                item.SectionSignatures.Select(s => new object?[] { reportId, s.Section, s.MinHash }));
        }

        await InsertFileAsync(item, reportId, now, tx);
        return current is null ? StoreResult.NewReport : StoreResult.NewVersion;
    }

    private Task InsertFileAsync(PreparedReport item, long? reportId, string now, DbTransaction tx) =>
        connection.ExecuteAsync(
            """
            INSERT INTO files (sha256, size, compression, content, name, source, imported_at, report_id, error)
            VALUES (@Sha256, @Size, @Compression, @Content, @Name, @Source, @now, @reportId, @Error)
            """,
            new { item.Sha256, item.Size, item.Compression, item.Content, item.Name, item.Source, now, reportId, item.Error },
            tx);
}
