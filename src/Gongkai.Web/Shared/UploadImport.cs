using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using Gongkai.Data;
using Gongkai.Data.Import;
using Gongkai.Web.Api;
using Gongkai.Web.Audit;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Shared;

/// <summary>
/// Uploads stored in the registry at a signed-in user's request (the checker's 保存到登记库, <c>POST /api/reports</c>):
/// imported like files (<see cref="Importer"/>), one audit-log line per request, and the portal's cache evicted.
/// </summary>
public static class UploadImport
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<ImportedReports> RunAsync(Database database, ClaimsPrincipal user, IReadOnlyList<Upload> uploads, string channel,
        IOutputCacheStore cache, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        var who = user.Identity?.Name ?? "?";
        var items = uploads.Select(u => new ImportItem($"{channel}:{who}/{u.Name}", u.Name, u.Bytes, null)).ToList();
        var summary = await new Importer(database).RunAsync(items, cancellationToken: cancellationToken);

        var ids = new List<long>();
        await using var c = await database.OpenAsync(cancellationToken);
        foreach (var upload in uploads)
        {
            var sha = Convert.ToHexStringLower(SHA256.HashData(upload.Bytes));
            if (await c.ExecuteScalarAsync<long?>("SELECT report_id FROM files WHERE sha256 = @sha", new { sha }) is { } id && !ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        var result = new ImportedReports(ids, summary.NewReports, summary.NewVersions, summary.AlreadyStored,
            [.. summary.Failures.Select(f => new ImportFailureItem(f.Source[(f.Source.LastIndexOf('/') + 1)..], f.Reason))]);
        await AuditLog.WriteAsync(c, null, database, user, "import", "report", ids.Count == 1 ? ids[0] : null, null,
            JsonSerializer.Serialize(new { channel, files = uploads.Select(u => u.Name), result.Ids, result.NewReports, result.NewVersions, result.AlreadyStored, failures = result.Failures.Count }, Json));
        if (summary.NewReports + summary.NewVersions + summary.SameContent > 0)
        {
            await cache.EvictByTagAsync(Caching.RegistryTag, cancellationToken);
        }

        return result;
    }
}
