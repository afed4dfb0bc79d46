using Dapper;
using Gongkai.Data;
using Gongkai.Data.Import;
using Gongkai.Data.Queries;
using Gongkai.Web.Accounts;
using Gongkai.Web.Shared;
using Gongkai.Writing;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Api;

/// <summary><c>/api/reports</c>: reports read from the registry, and imported into it with a reviewer's or an admin's API token.</summary>
public static class ReportsApi
{
    public const int PageSize = 50;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/reports", ListAsync)
            .WithSummary("报告列表（现行版本）：可按机构（含下级）与年度筛选，每页 50 份")
            .Produces<ReportPage>()
            .ProducesProblems(400, 404);
        api.MapGet("/reports/{id:long}", GetAsync)
            .WithSummary("一份报告的规范 JSON（annual-report/1），含检查发现的问题（diagnostics）")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblems(404);
        api.MapGet("/reports/{id:long}/file", FileAsync)
            .WithSummary("报告的原始文件（导入时的字节）")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblems(404);
        api.MapPost("/reports", ImportAsync)
            .WithSummary("导入报告到登记库（multipart 字段 file，可多个；需审核人或管理员的 API 令牌）")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ImportedReports>(StatusCodes.Status201Created)
            .ProducesProblems(400, 401, 403, 413, 415, 422)
            .DisableAntiforgery()
            .RequireAuthorization(Roles.Policies.ApiWrite)
            .RequireAuthorization(p => p.AddAuthenticationSchemes(ApiTokens.Scheme).RequireRole(Roles.Reviewer, Roles.Admin));
    }

    private static async Task<IResult> ListAsync(Database database, long? agency, int? year, int? page, CancellationToken cancellationToken)
    {
        if (page is < 1 or > 1_000_000)
        {
            return Problems.BadRequest("页码须在 1 到 1000000 之间", "page must be between 1 and 1,000,000");
        }

        await using var c = await database.OpenAsync(cancellationToken);
        var root = await AgencyQueries.ByIdAsync(c, agency ?? AgenciesApi.RootId);
        if (root is null)
        {
            return Problems.NotFound($"没有编号为 {agency} 的机构", "no such agency");
        }

        var (low, high) = AgencyQueries.PathRange(root.Path);
        var where = "r.is_current = 1 AND a.path >= @low AND a.path < @high" + (year is null ? "" : " AND r.year = @year");
        var args = new { low, high, year, skip = ((page ?? 1) - 1) * PageSize, take = PageSize };
        var total = await c.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE {where}", args);
        var rows = await c.QueryAsync<Row>(
            "SELECT r.id AS Id, r.agency_id AS AgencyId, a.full_name AS Agency, r.year AS Year, r.version AS Version, r.format AS Format, " +
            "r.published_on AS PublishedOn, r.imported_at AS ImportedAt, r.errors AS Errors, r.warnings AS Warnings " +
            $"FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE {where} ORDER BY r.year DESC, a.path, r.id LIMIT @take OFFSET @skip", args);
        return Results.Ok(new ReportPage(page ?? 1, PageSize, total, [.. rows.Select(r => r.Item)]));
    }

    private static async Task<IResult> GetAsync(Database database, long id, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var row = await c.QuerySingleOrDefaultAsync<(string Json, string Findings, string Source)>(
            "SELECT report_json, findings_json, source FROM reports WHERE id = @id", new { id });
        if (row.Json is null)
        {
            return Problems.NotFound($"没有编号为 {id} 的报告", "no such report");
        }

        var report = CanonicalJson.Read(row.Json, row.Source) with { Diagnostics = FindingsJson.Read(row.Findings) };
        return Results.Text(CanonicalJson.Write(report, includeDiagnostics: true), "application/json; charset=utf-8");
    }

    private static async Task<IResult> FileAsync(Database database, long id, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var file = await c.QueryFirstOrDefaultAsync<(string Compression, byte[] Content, string Name)>(
            "SELECT f.compression, f.content, f.name FROM files f JOIN reports r ON r.file_sha256 = f.sha256 WHERE r.id = @id", new { id });
        if (file.Content is null)
        {
            return Problems.NotFound($"没有编号为 {id} 的报告文件", "no file for this report");
        }

        var bytes = ReportPreparer.Decompress(file.Compression, file.Content);
        return Results.File(bytes, "application/octet-stream", Upload.SafeName(file.Name));
    }

    private static async Task<IResult> ImportAsync(HttpContext context, Database database, IOutputCacheStore cache, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (!request.HasFormContentType)
        {
            return Problems.Of(StatusCodes.Status415UnsupportedMediaType, "需要 multipart/form-data，字段名 file", "expected a multipart form with a file field");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var files = form.Files.GetFiles("file");
        if (files.Count == 0)
        {
            return Problems.BadRequest("缺少上传字段 file", "missing form field file");
        }

        var uploads = new List<Upload>();
        foreach (var file in files)
        {
            var upload = await Upload.ReadAsync(file, cancellationToken);
            if (upload.Error is not null)
            {
                return Results.Problem(statusCode: upload.Status, title: upload.Error);
            }

            uploads.Add(upload);
        }

        var result = await UploadImport.RunAsync(database, context.User, uploads, "api", cache, cancellationToken);
        if (result.Ids.Count == 0)
        {
            return Problems.Unprocessable("上传的文件都不是可读的年度报告", "no upload is a readable annual report",
                string.Join("；", result.Failures.Select(f => $"{f.File}：{f.Reason}")));
        }

        return Results.Created($"/api/reports/{result.Ids[0]}", result);
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public long AgencyId { get; init; }
        public string Agency { get; init; } = "";
        public long? Year { get; init; }
        public long Version { get; init; }
        public string Format { get; init; } = "";
        public string? PublishedOn { get; init; }
        public string ImportedAt { get; init; } = "";
        public long Errors { get; init; }
        public long Warnings { get; init; }

        public ReportItem Item => new(Id, AgencyId, Agency, (int?)Year, (int)Version, Format, PublishedOn, ImportedAt, (int)Errors, (int)Warnings);
    }
}
