using Gongkai.Reading;
using Gongkai.Web.Shared;
using Gongkai.Writing;

namespace Gongkai.Web.Api;

/// <summary>The REST API under <c>/api</c>, described at <c>/openapi/v1.json</c>. Errors are ProblemDetails.</summary>
public static class ApiEndpoints
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("Gongkai");
        api.MapPost("/check", CheckAsync)
            .DisableAntiforgery()
            .RequireRateLimiting(Caching.CheckApiLimit)
            .WithSummary("检查一份年报：返回规范 JSON 及问题清单（不保存）")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblems(400, 413, 415, 422, 429);
        AgenciesApi.Map(api);
        ReportsApi.Map(api);
        RegistryApi.Map(api);
        CaseworkApi.Map(api);
    }

    private static async Task<IResult> CheckAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Problems.Of(StatusCodes.Status415UnsupportedMediaType, "需要 multipart/form-data，字段名 file", "expected a multipart form with a file field");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files["file"];
        if (file is null)
        {
            return Problems.BadRequest("缺少上传字段 file", "missing form field file");
        }

        var upload = await Upload.ReadAsync(file, cancellationToken);
        if (upload.Error is not null)
        {
            return Results.Problem(statusCode: upload.Status, title: upload.Error);
        }

        var outcome = ReportPipeline.Default.Read(upload.Bytes, upload.Name);
        if (outcome.Report is null)
        {
            return Problems.Unprocessable("无法读取为年度报告", "not a readable annual report", string.Join("; ", outcome.Diagnostics.Select(d => d.Message)));
        }

        var report = outcome.Report with { Diagnostics = [.. outcome.Report.Diagnostics, .. Checking.Checker.Check(outcome.Report)] };
        return Results.Text(CanonicalJson.Write(report, includeDiagnostics: true), "application/json; charset=utf-8");
    }
}
