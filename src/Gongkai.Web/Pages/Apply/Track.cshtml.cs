using Gongkai.Casework;
using Gongkai.Casework.Notices;
using Gongkai.Data;
using Gongkai.Data.Casework;
using Gongkai.Data.Queries;
using Gongkai.Web.Casework;
using Gongkai.Web.Shared;
using Gongkai.Writing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Pages.Apply;

/// <summary>
/// The applicant follows an application by its tracking code: status, the reply deadline with how it was counted,
/// and the notices addressed to the applicant (DOCX). The code travels in a POST body, never in a URL.
/// </summary>
[EnableRateLimiting(Caching.PublicFormLimit)]
public sealed class TrackModel(Database database) : PageModel
{
    public StoredCase? Found { get; private set; }

    public string? AgencyName { get; private set; }

    public ApplicationClock? Clock { get; private set; }

    public WorkingCalendar Calendar { get; private set; } = WorkingCalendar.Default;

    public string Code { get; private set; } = "";

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken cancellationToken)
    {
        await FindAsync(code, cancellationToken);
        return Page();
    }

    /// <summary>A notice addressed to the applicant; third-party consultation letters are not the applicant's.</summary>
    public async Task<IActionResult> OnPostNoticeAsync(string? code, NoticeKind kind, CancellationToken cancellationToken)
    {
        if (!await FindAsync(code, cancellationToken) || kind == NoticeKind.ThirdPartyConsultation)
        {
            return Page();
        }

        await using var c = await database.OpenAsync(cancellationToken);
        return await CaseNotices.MakeAsync(c, Found!, kind, -1, Calendar) is { } notice
            ? File(NoticeWriter.Docx(notice), DocxWriter.ContentType, $"{Found!.Number}-{kind}.docx")
            : NotFound();
    }

    private async Task<bool> FindAsync(string? code, CancellationToken cancellationToken)
    {
        Code = (code ?? "").Trim();
        await using var c = await database.OpenAsync(cancellationToken);
        Found = Code.Length > 0 && Code.Length < 40 ? await CaseStore.ByTrackingCodeAsync(c, Code) : null;
        if (Found is null)
        {
            Error = Lang.T(HttpContext, "查询码不正确，请核对后重新输入（查询码为 12 位字母数字，如 7H3K-Q9PX-M2WD）。", "Unknown tracking code (12 letters and digits, e.g. 7H3K-Q9PX-M2WD).");
            Response.StatusCode = StatusCodes.Status404NotFound;
            return false;
        }

        AgencyName = (await AgencyQueries.ByIdAsync(c, Found.AgencyId))?.FullName;
        Calendar = await CalendarStore.LoadAsync(c);
        Clock = PublicClock.Of(Found.Case, Calendar);
        return true;
    }
}
