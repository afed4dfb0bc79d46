using System.Collections.Immutable;
using System.Data.Common;
using Dapper;
using Gongkai.Casework;
using Gongkai.Checking;
using Gongkai.Data;
using Gongkai.Data.Queries;
using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Web.Accounts;
using Gongkai.Web.Audit;
using Gongkai.Web.Shared;
using Gongkai.Writing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Author;

/// <summary>
/// A clerk writes the agency's report for a year in the current template: totals and every checker rule live as
/// they type, drafts saved, exported, submitted to the superior office, fixed after a return.
/// </summary>
public sealed class EditModel(Database database, TimeProvider clock) : PageModel
{
    /// <summary>The first year written in the 2021 template (国办公开办函〔2021〕30号).</summary>
    public const int FirstYear = 2021;

    [FromRoute]
    public int Year { get; set; }

    private AnnualReport? previous;

    public Agency Agency { get; private set; } = null!;

    public Submission? Current { get; private set; }

    public AnnualReport Report { get; private set; } = null!;

    public ImmutableArray<Diagnostic> Findings { get; private set; } = [];

    public IReadOnlyList<ReviewComment> Comments { get; private set; } = [];

    public bool HasPrevious { get; private set; }

    /// <summary>What the last action did (saved, submitted) or why it was refused.</summary>
    public string? Message { get; private set; }

    public bool MessageIsError { get; private set; }

    public IReadOnlyList<string> Invalid { get; private set; } = [];

    public string Status => Current?.Status ?? SubmissionFlow.Missing;

    public bool Editable => SubmissionFlow.Editable(Current?.Status);

    public ReportView View => new(Report, Findings, Editable, AuthorForm.Computed, ReviewComment.ByCell(Comments));

    public IReadOnlyList<Diagnostic> Blocking => AuthorForm.Blocking(Findings);

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        if (await LoadAsync(c) is { } refused)
        {
            return refused;
        }

        Findings = Check(Report);
        Message = done switch
        {
            "saved" => Lang.T(HttpContext, "草稿已保存。", "Draft saved."),
            "submitted" => Lang.T(HttpContext, "已报送上级审核。", "Submitted for review."),
            "generated" => Lang.T(HttpContext, "已由办案台账生成表二至表四和正文初稿，请核对、修改正文后保存或报送。", "Tables 2–4 and a draft narrative were generated from the case records; check, edit and save or submit."),
            _ => null,
        };
        return Page();
    }

    /// <summary>htmx, as the clerk types: the findings and the computed cells (out-of-band swaps); nothing is saved.</summary>
    public async Task<IActionResult> OnPostLiveAsync(CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        if (await LoadAsync(c) is { } refused)
        {
            return refused;
        }

        (Report, Invalid) = AuthorForm.Read(Request.Form, Report);
        Findings = Check(Report);
        return Partial("_Live", this);
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) => SaveAsync(submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) => SaveAsync(submit: true, cancellationToken);

    public async Task<IActionResult> OnGetDocxAsync(CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        if (await LoadAsync(c) is { } refused)
        {
            return refused;
        }

        return File(DocxWriter.ToBytes(Report), DocxWriter.ContentType, FileName("docx"));
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        if (await LoadAsync(c) is { } refused)
        {
            return refused;
        }

        var (pdf, problem) = PdfWriter.Write(Report);
        return pdf is not null
            ? File(pdf, "application/pdf", FileName("pdf"))
            : new ObjectResult(new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = "无法生成 PDF（PDF unavailable）", Detail = problem?.Message })
            {
                StatusCode = StatusCodes.Status503ServiceUnavailable,
            };
    }

    private async Task<IActionResult> SaveAsync(bool submit, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        if (await LoadAsync(c) is { } refused)
        {
            return refused;
        }

        (Report, Invalid) = AuthorForm.Read(Request.Form, Report);
        Findings = Check(Report);
        if (Invalid.Count > 0)
        {
            return Refuse(StatusCodes.Status422UnprocessableEntity, Lang.T(HttpContext,
                $"有 {Invalid.Count} 个单元格不是数字，未保存。", $"{Invalid.Count} cells are not numbers; nothing was saved."));
        }

        var saved = SubmissionFlow.Next(Current?.Status, SubmissionAction.Save);
        if (saved is null)
        {
            return Refuse(StatusCodes.Status409Conflict, SubmissionFlow.Refusal(Current?.Status, SubmissionAction.Save));
        }

        var blocked = submit && Blocking.Count > 0;
        var status = submit && !blocked ? SubmissionFlow.Next(saved, SubmissionAction.Submit)! : saved;
        var json = CanonicalJson.Write(Report);
        var now = Submission.Stamp(clock);
        await using (var tx = await c.BeginTransactionAsync(cancellationToken))
        {
            var before = await Submission.FindAsync(c, Agency.Id, Year, tx);
            if (before?.Status != Current?.Status)
            {
                return Refuse(StatusCodes.Status409Conflict, Lang.T(HttpContext, "年报状态已被他人改变，请刷新。", "The report changed meanwhile; reload."));
            }

            long id;
            if (before is null)
            {
                id = await c.ExecuteScalarAsync<long>(
                    "INSERT INTO submissions (agency_id, year, status, report_json, updated_at, updated_by, submitted_at) " +
                    "VALUES (@agency, @year, @status, @json, @now, @user, @submitted) RETURNING id",
                    new { agency = Agency.Id, year = Year, status, json, now, user = User.UserId(), submitted = status == SubmissionFlow.Submitted ? now : null }, tx);
            }
            else
            {
                id = before.Id;
                await c.ExecuteAsync(
                    "UPDATE submissions SET status = @status, report_json = @json, updated_at = @now, updated_by = @user, " +
                    "submitted_at = CASE WHEN @submitted IS NULL THEN submitted_at ELSE @submitted END WHERE id = @id",
                    new { id, status, json, now, user = User.UserId(), submitted = status == SubmissionFlow.Submitted ? now : null }, tx);
            }

            await AuditLog.WriteAsync(c, tx, database, User, "submission.save", "submission", id, before?.ReportJson, json);
            if (status == SubmissionFlow.Submitted)
            {
                // The resubmission answers the reviewer's open comments; they stay on record, marked resolved.
                await c.ExecuteAsync("UPDATE review_comments SET resolved_at = @now WHERE submission_id = @id AND resolved_at IS NULL", new { id, now }, tx);
                await AuditLog.WriteAsync(c, tx, database, User, "submission.submit", "submission", id,
                    StatusJson(before?.Status ?? SubmissionFlow.Missing), StatusJson(status));
            }

            await tx.CommitAsync(cancellationToken);
        }

        if (blocked)
        {
            Current = await Submission.FindAsync(c, Agency.Id, Year);
            return Refuse(StatusCodes.Status422UnprocessableEntity, Lang.T(HttpContext,
                $"草稿已保存，但不能报送：还有 {Blocking.Count} 处勾稽关系错误（见下方带“错误”标记的问题）。每列“本年新收”加“上年结转”必须等于“办理结果总计”加“结转下年度”；请改正后再报送。",
                $"Draft saved, but not submitted: {Blocking.Count} arithmetic errors remain (marked “error” below). In each column new + carried in must equal the outcomes total + carried out; fix them and submit again."));
        }

        return Redirect($"/author/{Year}?done={(submit ? "submitted" : "saved")}");
    }

    private static string StatusJson(string status) => $"{{\"status\":\"{status}\"}}";

    private IActionResult Refuse(int statusCode, string message)
    {
        Message = message;
        MessageIsError = true;
        Response.StatusCode = statusCode;
        return Page();
    }

    /// <summary>Loads the clerk's agency, the submission or a new report, last year's report and the comments; a result when refused.</summary>
    private async Task<IActionResult?> LoadAsync(DbConnection c)
    {
        if (User.AgencyId() is not { } agencyId || await AgencyQueries.ByIdAsync(c, agencyId) is not { } agency)
        {
            return Forbid();
        }

        if (Year < FirstYear || Year > ChinaClock.Today(clock).Year)
        {
            return NotFound();
        }

        Agency = agency;
        Current = await Submission.FindAsync(c, agencyId, Year);
        previous = await Submission.RegistryOrSubmittedAsync(c, agencyId, Year - 1);
        HasPrevious = previous is not null;
        Report = Current?.Report ?? AuthorForm.New(agency.FullName, Year, previous);
        Comments = Current is null ? [] : await ReviewComment.OfAsync(c, Current.Id, openOnly: true);
        return null;
    }

    private ImmutableArray<Diagnostic> Check(AnnualReport report) => Checker.Check(report, previous);

    private string FileName(string extension) => $"{Agency.FullName}{Year}年政府信息公开工作年度报告（草稿）.{extension}";
}
