using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using Gongkai.Casework;
using Gongkai.Checking;
using Gongkai.Data;
using Gongkai.Data.Import;
using Gongkai.Data.Queries;
using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Web.Accounts;
using Gongkai.Web.Audit;
using Gongkai.Web.Shared;
using Gongkai.Writing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Pages.Review;

/// <summary>
/// One submission before its superior office: the report with its findings, comments on cells or on the whole
/// report, and the reviewer's moves — return, accept, publish (an immutable registry version). Every handler checks
/// that the agency lies in the reviewer's subtree.
/// </summary>
public sealed class SubmissionModel(Database database, TimeProvider clock, IOutputCacheStore cache) : PageModel
{
    public const int MaxCommentLength = 2000;

    [FromRoute]
    public long Id { get; set; }

    public Submission Current { get; private set; } = null!;

    public Agency Agency { get; private set; } = null!;

    public AnnualReport Report { get; private set; } = null!;

    public ImmutableArray<Diagnostic> Findings { get; private set; } = [];

    public IReadOnlyList<ReviewComment> Comments { get; private set; } = [];

    public IReadOnlyList<(long ReportId, string PublishedAt, string Sha256)> Publications { get; private set; } = [];

    public string? Message { get; private set; }

    public bool MessageIsError { get; private set; }

    public ReportView View => new(Report, Findings, Comments: ReviewComment.ByCell(Comments.Where(c => c.ResolvedAt is null)));

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        if (await LoadAsync(c) is { } refused)
        {
            return refused;
        }

        Message = done switch
        {
            "returned" => Lang.T(HttpContext, "已退回填报机关修改。", "Returned to the agency."),
            "accepted" => Lang.T(HttpContext, "已审核通过。", "Accepted."),
            "published" => Lang.T(HttpContext, "已公开，登记库新增一个不可更改的版本。", "Published as a new, immutable registry version."),
            _ => null,
        };
        return Page();
    }

    /// <summary>htmx: a comment on a cell (<c>cell</c> = a template key) or on the whole report (<c>cell</c> empty).</summary>
    public async Task<IActionResult> OnPostCommentAsync(string? cell, string? body, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        if (await LoadAsync(c) is { } refused)
        {
            return refused;
        }

        var error = await AddCommentAsync(c, cell, body, required: true);
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            Message = error;
            MessageIsError = true;
        }
        else
        {
            Comments = await ReviewComment.OfAsync(c, Current.Id);
        }

        return Request.Headers.ContainsKey("HX-Request") ? Partial("_Comments", this) : error is null ? Redirect($"/review/{Id}") : Page();
    }

    /// <summary>Back to the clerk with the open comments (and the one given here, if any).</summary>
    public async Task<IActionResult> OnPostReturnAsync(string? body, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        if (await LoadAsync(c) is { } refused)
        {
            return refused;
        }

        if (SubmissionFlow.Next(Current.Status, SubmissionAction.Return) is null)
        {
            return Refuse(StatusCodes.Status409Conflict, SubmissionFlow.Refusal(Current.Status, SubmissionAction.Return));
        }

        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        if (await AddCommentAsync(c, null, body, required: false, tx) is { } error)
        {
            return Refuse(StatusCodes.Status422UnprocessableEntity, error);
        }

        var open = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM review_comments WHERE submission_id = @Id AND resolved_at IS NULL", new { Current.Id }, tx);
        if (open == 0)
        {
            return Refuse(StatusCodes.Status422UnprocessableEntity, Lang.T(HttpContext,
                "退回时须至少提出一条审核意见（针对单元格或全文）。", "Give at least one comment (on a cell or the whole report) when returning."));
        }

        if (!await MoveAsync(c, tx, SubmissionAction.Return, SubmissionFlow.Returned))
        {
            return Refuse(StatusCodes.Status409Conflict, SubmissionFlow.Refusal(Current.Status, SubmissionAction.Return));
        }

        await tx.CommitAsync(cancellationToken);
        return Redirect($"/review/{Id}?done=returned");
    }

    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        if (await LoadAsync(c) is { } refused)
        {
            return refused;
        }

        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        if (SubmissionFlow.Next(Current.Status, SubmissionAction.Accept) is not { } next || !await MoveAsync(c, tx, SubmissionAction.Accept, next))
        {
            return Refuse(StatusCodes.Status409Conflict, SubmissionFlow.Refusal(Current.Status, SubmissionAction.Accept));
        }

        await tx.CommitAsync(cancellationToken);
        return Redirect($"/review/{Id}?done=accepted");
    }

    /// <summary>
    /// An accepted report becomes a new registry version: printed as the official-layout HTML, imported like any
    /// document with the agency fixed to the submitting one, a publications row (time, who, SHA-256 of the file),
    /// the submission marked published — all in one transaction; then the portal's cache is dropped.
    /// </summary>
    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        if (await LoadAsync(c) is { } refused)
        {
            return refused;
        }

        if (SubmissionFlow.Next(Current.Status, SubmissionAction.Publish) is null)
        {
            return Refuse(StatusCodes.Status409Conflict, SubmissionFlow.Refusal(Current.Status, SubmissionAction.Publish));
        }

        var report = Report with { Agency = Agency.FullName, Year = Current.Year };
        var bytes = Encoding.UTF8.GetBytes(HtmlWriter.Write(report));
        var now = Submission.Stamp(clock);
        var today = ChinaClock.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using (var tx = await c.BeginTransactionAsync(cancellationToken))
        {
            var (reportId, _, sha) = await Publishing.StoreAsync(c, tx, clock, Agency.Id,
                $"{Agency.FullName}{Current.Year}年政府信息公开工作年度报告.html", bytes, today);
            var publication = await c.ExecuteScalarAsync<long>(
                "INSERT INTO publications (report_id, submission_id, published_at, published_by, file_sha256) VALUES (@reportId, @submission, @now, @user, @sha) RETURNING id",
                new { reportId, submission = Current.Id, now, user = User.UserId(), sha }, tx);
            var updated = await c.ExecuteAsync(
                "UPDATE submissions SET status = @published, report_id = @reportId, updated_at = @now, updated_by = @user WHERE id = @Id AND status = @accepted",
                new { published = SubmissionFlow.Published, accepted = SubmissionFlow.Accepted, reportId, now, user = User.UserId(), Current.Id }, tx);
            if (updated != 1)
            {
                return Refuse(StatusCodes.Status409Conflict, SubmissionFlow.Refusal(Current.Status, SubmissionAction.Publish));
            }

            await AuditLog.WriteAsync(c, tx, database, User, "submission.publish", "submission", Current.Id,
                $"{{\"status\":\"{Current.Status}\"}}",
                $"{{\"status\":\"published\",\"report_id\":{reportId},\"publication_id\":{publication},\"file_sha256\":\"{sha}\"}}");
            await tx.CommitAsync(cancellationToken);
        }

        await cache.EvictByTagAsync(Caching.RegistryTag, cancellationToken);
        return Redirect($"/review/{Id}?done=published");
    }

    private async Task<bool> MoveAsync(DbConnection c, DbTransaction tx, SubmissionAction action, string next)
    {
        var updated = await c.ExecuteAsync(
            "UPDATE submissions SET status = @next, updated_at = @now, updated_by = @user WHERE id = @Id AND status = @from",
            new { next, now = Submission.Stamp(clock), user = User.UserId(), Current.Id, from = Current.Status }, tx);
        if (updated != 1)
        {
            return false;
        }

        await AuditLog.WriteAsync(c, tx, database, User, "submission." + action.ToString().ToLowerInvariant(), "submission", Current.Id,
            $"{{\"status\":\"{Current.Status}\"}}", $"{{\"status\":\"{next}\"}}");
        return true;
    }

    /// <summary>Stores a comment; an error message when it is refused. Comments are taken while the report awaits review.</summary>
    private async Task<string?> AddCommentAsync(DbConnection c, string? cell, string? body, bool required, DbTransaction? tx = null)
    {
        body = body?.Trim() ?? "";
        if (body.Length == 0)
        {
            return required ? Lang.T(HttpContext, "意见不能为空。", "The comment is empty.") : null;
        }

        if (Current.Status != SubmissionFlow.Submitted)
        {
            return SubmissionFlow.Refusal(Current.Status, SubmissionAction.Return);
        }

        if (body.Length > MaxCommentLength)
        {
            return Lang.T(HttpContext, $"意见不能超过 {MaxCommentLength} 字。", $"At most {MaxCommentLength} characters.");
        }

        var key = string.IsNullOrWhiteSpace(cell) ? null : cell.Trim();
        if (key is not null && !Report.Cells.ContainsKey(key))
        {
            return Lang.T(HttpContext, "没有这个单元格。", "No such cell.");
        }

        var id = await c.ExecuteScalarAsync<long>(
            "INSERT INTO review_comments (submission_id, cell_key, body, author_id, created_at) VALUES (@submission, @key, @body, @user, @now) RETURNING id",
            new { submission = Current.Id, key, body, user = User.UserId(), now = Submission.Stamp(clock) }, tx);
        await AuditLog.WriteAsync(c, tx, database, User, "comment.add", "submission", Current.Id, null,
            System.Text.Json.JsonSerializer.Serialize(new { comment = id, cell = key, body }));
        return null;
    }

    private IActionResult Refuse(int statusCode, string message)
    {
        Message = message;
        MessageIsError = true;
        Response.StatusCode = statusCode;
        return Page();
    }

    /// <summary>The submission, if it exists, was ever submitted, and its agency lies in the reviewer's subtree; 404 otherwise.</summary>
    private async Task<IActionResult?> LoadAsync(DbConnection c)
    {
        if (await Submission.ReviewRootAsync(c, User) is not { } root)
        {
            return Forbid();
        }

        if (await Submission.ByIdAsync(c, Id) is not { SubmittedAt: not null } submission
            || await AgencyQueries.ByIdAsync(c, submission.AgencyId) is not { } agency
            || !agency.Path.StartsWith(root.Path, StringComparison.Ordinal))
        {
            return NotFound();
        }

        Current = submission;
        Agency = agency;
        Report = submission.Report;
        var previous = await Submission.RegistryOrSubmittedAsync(c, agency.Id, submission.Year - 1);
        Findings = Checker.Check(Report, previous);
        Comments = await ReviewComment.OfAsync(c, submission.Id);
        Publications = [.. await c.QueryAsync<(long, string, string)>(
            "SELECT report_id, published_at, file_sha256 FROM publications WHERE submission_id = @Id ORDER BY id", new { submission.Id })];
        return null;
    }
}
