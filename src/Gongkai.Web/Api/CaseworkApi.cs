using System.Security.Claims;
using System.Text.Json;
using Gongkai.Casework;
using Gongkai.Casework.Applications;
using Gongkai.Casework.Disclosure;
using Gongkai.Casework.Notices;
using Gongkai.Casework.Statistics;
using Gongkai.Data;
using Gongkai.Data.Casework;
using Gongkai.Data.Queries;
using Gongkai.Web.Accounts;
using Gongkai.Web.Casework;
using Gongkai.Web.Shared;
using Gongkai.Writing;

namespace Gongkai.Web.Api;

/// <summary>
/// The casework API: the deadline calculator, an application's status by tracking code and the 主动公开 catalogue
/// for anyone; with a token, the cases a clerk or reviewer may read and the year's report generated from them.
/// </summary>
public static class CaseworkApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/deadline", Deadline)
            .WithSummary("期限计算：起算日加 N 个工作日（法定节假日、调休上班日），附计算过程")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblems(400);
        api.MapPost("/track", TrackAsync)
            .DisableAntiforgery()
            .RequireRateLimiting(Caching.PublicFormLimit)
            .WithSummary("凭查询码查询政府信息公开申请的办理状态和期限（请求体 {\"code\": \"…\"}）")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblems(400, 404, 429);
        api.MapGet("/catalogue", CatalogueAsync)
            .CacheOutput(Caching.Catalogue)
            .WithSummary("主动公开目录：索引号、名称、内容概述、生成日期；按机关（含下级）、类别、年度、关键词检索")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
        api.MapGet("/cases", CasesAsync)
            .RequireAuthorization(Roles.Policies.ApiCasework)
            .WithSummary("依申请公开案件列表（需令牌：机关填报人看本机关，审核人看所辖机关）")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblems(401, 403);
        api.MapGet("/cases/{id:long}", CaseAsync)
            .RequireAuthorization(Roles.Policies.ApiCasework)
            .WithSummary("一件申请：登记信息、各办理步骤、期限及计算过程（需令牌）")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblems(401, 403, 404);
        api.MapGet("/cases/report/{year:int}", ReportAsync)
            .RequireAuthorization(Roles.Policies.ApiCasework)
            .WithSummary("由办案台账生成某机关某年度报告的规范 JSON（不保存；需令牌）")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblems(400, 401, 403, 404);
    }

    private static async Task<IResult> Deadline(Database database, string? start, int? days, CancellationToken cancellationToken)
    {
        if (!FormDates.TryDate(start, out var from))
        {
            return Problems.BadRequest("start 须为形如 2025-01-27 的日期", "start must be a date like 2025-01-27");
        }

        if (days is not (>= 1 and <= 3650))
        {
            return Problems.BadRequest("days 须为 1 到 3650 的整数", "days must be 1 to 3650");
        }

        var due = (await CalendarStore.LoadAsync(database, cancellationToken)).AddWorkingDays(from, days.Value);
        return Results.Json(new { start = IsoDate.Format(due.Start), workingDays = due.WorkingDays, due = IsoDate.Format(due.Due), explanation = due.Explanation, estimate = due.IsEstimate });
    }

    private static async Task<IResult> TrackAsync(Database database, HttpRequest request, CancellationToken cancellationToken)
    {
        string? code;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            code = body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        }
        catch (JsonException)
        {
            code = null;
        }

        if (code is null)
        {
            return Problems.BadRequest("请求体须为 {\"code\": \"查询码\"}", "the body must be {\"code\": \"…\"}");
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        if (code.Length > 40 || await CaseStore.ByTrackingCodeAsync(connection, code) is not { } found)
        {
            return Problems.NotFound("查询码不正确", "unknown tracking code");
        }

        var v = found.Case;
        var clock = PublicClock.Of(v, await CalendarStore.LoadAsync(connection));
        var agency = await AgencyQueries.ByIdAsync(connection, found.AgencyId);
        return Results.Json(new
        {
            number = found.Number,
            agency = agency?.FullName,
            status = v.Status.Label(),
            arrived = IsoDate.Format(v.Arrived),
            received = v.Received is { } r ? IsoDate.Format(r) : null,
            correctBy = v.Correction is { CorrectedReceived: null } corr ? IsoDate.Format(corr.CorrectBy) : null,
            replyDue = v.Status.IsOpen() && clock?.Reply is { } reply ? IsoDate.Format(reply.Due) : null,
            outcome = v.Decision?.Outcome.Label(),
            decided = v.Decision is { } d ? IsoDate.Format(d.Date) : null,
            howCounted = clock?.Lines ?? [],
            notices = CaseNotices.Available(v).Where(n => n.Kind != NoticeKind.ThirdPartyConsultation).Select(n => n.Title),
        });
    }

    private static async Task<IResult> CatalogueAsync(Database database, long? agency, int? category, int? year, string? q, int? page, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var result = await DisclosureCatalogue.SearchAsync(c, new CatalogueQuery(
            agency, category is { } n ? Article20Categories.FromNumber(n) : null, year, q, Math.Clamp(page ?? 1, 1, 100_000)));
        return Results.Json(new
        {
            total = result.Total,
            page = result.Page,
            pages = result.Pages,
            items = result.Entries,
        });
    }

    private static async Task<IResult> CasesAsync(Database database, ClaimsPrincipal user, long? agency, bool? open, string? q, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var visible = await CaseAccess.VisibleAgenciesAsync(c, user);
        var list = await CaseStore.ListAsync(c, agency is { } only ? [.. visible.Where(a => a == only)] : visible, open == true ? "open" : null, search: q);
        return Results.Json(list.Select(x => new
        {
            x.Id, x.AgencyId, agency = x.AgencyName, x.Number, status = x.CaseStatus.Label(), applicant = x.ApplicantName,
            arrived = x.ArrivedOn, received = x.ReceivedOn, due = x.DueOn, dueWhat = x.DueWhat, closed = x.ClosedOn,
            outcome = x.Outcome is { } o && Enum.TryParse<ApplicationOutcome>(o, out var oc) ? oc.Label() : null,
            clerk = x.AssignedName,
        }));
    }

    private static async Task<IResult> CaseAsync(Database database, ClaimsPrincipal user, long id, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        if (await CaseStore.GetAsync(c, id) is not { } stored || !await CaseAccess.CanReadAsync(c, user, stored.AgencyId))
        {
            return Problems.NotFound($"没有编号为 {id} 的申请", "no such application");
        }

        var calendar = await CalendarStore.LoadAsync(c);
        var next = stored.Case.NextDeadline(calendar);
        var handles = CaseAccess.CanAct(user, stored.AgencyId); // a supervisor gets the applicant masked and no tracking code
        return Results.Json(new
        {
            stored.Id,
            stored.AgencyId,
            stored.Number,
            trackingCode = handles ? stored.TrackingCode : null,
            status = stored.Case.Status.Label(),
            next = next is { } n ? new { what = n.What, due = IsoDate.Format(n.Due) } : null,
            howCounted = stored.Case.Clock(calendar)?.Lines ?? [],
            @case = JsonSerializer.SerializeToElement(handles ? stored.Case : stored.Case with { Applicant = stored.Case.Applicant.Masked() }, CaseJson.Options),
        });
    }

    private static async Task<IResult> ReportAsync(Database database, ClaimsPrincipal user, int year, long? agency, CancellationToken cancellationToken)
    {
        if (year < AnnualStatistics.FirstYear || year > 2999)
        {
            return Problems.BadRequest($"年度须在 {AnnualStatistics.FirstYear} 年以后", $"the year must be {AnnualStatistics.FirstYear} or later");
        }

        await using var c = await database.OpenAsync(cancellationToken);
        var agencyId = agency ?? user.AgencyId();
        if (agencyId is not { } id || await AgencyQueries.ByIdAsync(c, id) is not { } found || !await CaseAccess.CanReadAsync(c, user, id))
        {
            return Problems.NotFound("没有可查看的机构（agency 参数）", "no such agency you may read (agency parameter)");
        }

        var records = await YearRecords.LoadAsync(c, id, year);
        var report = records.Report(found.FullName, await FiguresStore.GetAsync(c, id, year) ?? HandEnteredFigures.None);
        return Results.Text(CanonicalJson.Write(report), "application/json; charset=utf-8");
    }
}
