using System.Text.Json;
using Gongkai.Data;
using Gongkai.Data.Queries;
using Gongkai.Reports;
using Gongkai.Writing;
using Gongkai.Writing.Export;

namespace Gongkai.Web.Api;

/// <summary><c>/api/rollup</c> and <c>/api/export</c>: sums and tables over a subtree of the registry.</summary>
public static class RegistryApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/rollup", RollupAsync)
            .WithSummary("汇总：机构（含下级）某年度现行报告逐单元格求和，附报告数与各单元格空白份数")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblems(404);
        api.MapGet("/export", ExportAsync)
            .WithSummary("导出 CSV 或 XLSX：每份报告一行，每个单元格一列，另附问题清单")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .ProducesProblems(400, 404);
    }

    private static async Task<IResult> RollupAsync(Database database, long? agency, int? year, CancellationToken cancellationToken)
    {
        if (await ScopeAsync(database, agency, year, cancellationToken) is not { } scope)
        {
            return Problems.NotFound($"没有编号为 {agency} 的机构", "no such agency");
        }

        var rollups = await Rollups.SumAsync(database, scope, cancellationToken);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, CanonicalJson.Options))
        {
            w.WriteStartObject();
            w.WriteNumber("agency", scope.Root.Id);
            w.WriteString("scope", scope.Describe());
            w.WriteStartArray("rollups");
            foreach (var r in rollups)
            {
                w.WriteStartObject();
                w.WriteNumber("year", r.Year);
                w.WriteString("format", r.Format.ToJson());
                w.WriteNumber("reports", r.Reports);
                w.WriteStartObject("blank");
                foreach (var (key, count) in r.Blank.Where(b => b.Value > 0).OrderBy(b => b.Key, StringComparer.Ordinal))
                {
                    w.WriteNumber(key, count);
                }

                w.WriteEndObject();
                w.WritePropertyName("report");
                w.WriteRawValue(CanonicalJson.Write(r.Report));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Results.Bytes(stream.ToArray(), "application/json; charset=utf-8");
    }

    private static async Task<IResult> ExportAsync(Database database, string? format, long? agency, int? year, CancellationToken cancellationToken)
    {
        format = (format ?? "csv").ToLowerInvariant();
        if (format is not ("csv" or "xlsx"))
        {
            return Problems.BadRequest("format 只能是 csv 或 xlsx", "format must be csv or xlsx");
        }

        if (await ScopeAsync(database, agency, year, cancellationToken) is not { } scope)
        {
            return Problems.NotFound($"没有编号为 {agency} 的机构", "no such agency");
        }

        // Written to a temporary file first (the writers are synchronous, and an export can be large); deleted on close.
        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        try
        {
            await Task.Run(
                () =>
                {
                    var rows = ExportQuery.Rows(database, scope).Select(r =>
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        return r;
                    });
                    if (format == "csv")
                    {
                        CsvExport.Write(rows, temp);
                    }
                    else
                    {
                        XlsxExport.Write(rows, temp);
                    }
                },
                cancellationToken);
            temp.Position = 0;
        }
        catch
        {
            await temp.DisposeAsync();
            throw;
        }

        var name = "gongkai-" + scope.Root.Id + (year is null ? "" : "-" + year) + "." + format;
        return format == "csv"
            ? Results.File(temp, "text/csv; charset=utf-8", name)
            : Results.File(temp, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    private static async Task<Scope?> ScopeAsync(Database database, long? agency, int? year, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var root = await AgencyQueries.ByIdAsync(c, agency ?? AgenciesApi.RootId);
        return root is null ? null : new Scope(root, year, year);
    }
}
