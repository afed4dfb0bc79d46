using System.Globalization;
using System.Text;
using Gongkai.Data;
using Gongkai.Data.Queries;
using Gongkai.Web.Shared;
using Gongkai.Writing;
using Gongkai.Writing.Export;

namespace Gongkai.Web.Pages.Portal;

/// <summary>
/// <c>/reports/{id}/download/{format}</c>: the original file as imported, or the report written by Gongkai as DOCX,
/// HTML, PDF (Chromium), canonical JSON (with findings) or a one-row CSV in the export's columns.
/// </summary>
public static class Downloads
{
    public static IReadOnlyList<string> Formats { get; } = ["original", "docx", "html", "pdf", "json", "csv"];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/reports/{id:long}/download/{format}", DownloadAsync).CacheOutput(Caching.Portal).ExcludeFromDescription();

    private static async Task<IResult> DownloadAsync(long id, string format, Database database, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var stored = await StoredReport.LoadAsync(c, id);
        if (stored is null || !Formats.Contains(format))
        {
            return Results.NotFound();
        }

        var report = stored.Report;
        var name = $"{stored.Agency.FullName}{stored.Year}年政府信息公开工作年度报告";
        switch (format)
        {
            case "original":
                var original = await StoredReport.OriginalAsync(c, stored.FileSha256);
                return original is { } o
                    ? Results.File(o.Bytes, "application/octet-stream", Upload.SafeName(o.Name))
                    : Results.NotFound();
            case "docx":
                return Results.File(DocxWriter.ToBytes(report), DocxWriter.ContentType, name + ".docx");
            case "html":
                return Results.File(Encoding.UTF8.GetBytes(HtmlWriter.Write(report)), "text/html; charset=utf-8", name + ".html");
            case "json":
                return Results.File(Encoding.UTF8.GetBytes(CanonicalJson.Write(report with { Diagnostics = stored.Findings }, includeDiagnostics: true)), "application/json; charset=utf-8", name + ".json");
            case "csv":
                var path = await AgencyQueries.PathAsync(c, stored.Agency);
                var region = string.Join('/', path.Skip(1).SkipLast(1).Where(a => a.Kind != "unplaced").Select(a => a.Name));
                var row = new ExportRow(stored.Id, stored.Agency.FullName, region, stored.Year, stored.Version, stored.Source, stored.PublishedOn,
                    DateTimeOffset.Parse(stored.ImportedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), report, stored.Findings);
                using (var memory = new MemoryStream())
                {
                    CsvExport.Write([row], memory);
                    return Results.File(memory.ToArray(), "text/csv; charset=utf-8", name + ".csv");
                }

            default:
                var (pdf, problem) = await Task.Run(() => PdfWriter.Write(report), cancellationToken);
                return pdf is not null
                    ? Results.File(pdf, "application/pdf", name + ".pdf")
                    : Results.Problem(statusCode: 503, title: "暂时无法生成 PDF（PDF unavailable）", detail: problem?.Message);
        }
    }
}
