using System.Globalization;
using Gongkai.Casework;
using Gongkai.Casework.Disclosure;
using Gongkai.Casework.Statistics;
using Gongkai.Data;
using Gongkai.Data.Casework;
using Gongkai.Data.Queries;
using Gongkai.Reports;
using Gongkai.Web.Accounts;
using Gongkai.Web.Audit;
using Gongkai.Web.Casework;
using Gongkai.Web.Shared;
using Gongkai.Writing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Cases;

/// <summary>
/// The annual report from the records: tables 三 and 四 counted from the agency's applications and appeals, table 二
/// and the 信息处理费 from the figures entered here, and a narrative drafted from the numbers — written into the
/// year's draft and opened in the authoring page, where the clerk edits the narrative and submits it.
/// </summary>
public sealed class ReportModel(Database database, TimeProvider clock) : PageModel
{
    [FromRoute]
    public int? Year { get; set; }

    public int ReportYear { get; private set; }

    public Agency Agency { get; private set; } = null!;

    public HandEnteredFigures Figures { get; private set; } = HandEnteredFigures.None;

    public AnnualReport Preview { get; private set; } = null!;

    /// <summary>The year's applications and appeals, read once per request.</summary>
    public YearRecords Records { get; private set; } = null!;

    public int Cases => Records.Cases.Count;

    public int Appeals => Records.Appeals.Count;

    /// <summary>The 信息处理费 paid in the year on the agency's cases, in 元.</summary>
    public decimal FeesFromRecords => Records.FeesPaidYuan;

    /// <summary>The agency's 主动公开 items published in the year, by 第二十条 category: a reference for table 二.</summary>
    public IReadOnlyList<(Article20Category Category, int Count)> Published { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    /// <summary>Saves the hand-entered figures and writes the generated report into the year's draft.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        try
        {
            Figures = ReadFigures(Request.Form);
        }
        catch (FormException e)
        {
            Message = e.Message;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var json = CanonicalJson.Write(Records.Report(Agency.FullName, Figures));
        await using var c = await database.OpenAsync(cancellationToken);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        var before = await Submission.FindAsync(c, Agency.Id, ReportYear, tx);
        if (SubmissionFlow.Next(before?.Status, SubmissionAction.Save) is not { } status)
        {
            Message = SubmissionFlow.Refusal(before?.Status, SubmissionAction.Save);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        await FiguresStore.SetAsync(c, tx, database, Agency.Id, ReportYear, Figures);
        var now = Submission.Stamp(clock);
        var id = before is null
            ? await Dapper.SqlMapper.ExecuteScalarAsync<long>(c,
                "INSERT INTO submissions (agency_id, year, status, report_json, updated_at, updated_by) VALUES (@agency, @year, @status, @json, @now, @user) RETURNING id",
                new { agency = Agency.Id, year = ReportYear, status, json, now, user = User.UserId() }, tx)
            : before.Id;
        if (before is not null)
        {
            await Dapper.SqlMapper.ExecuteAsync(c, "UPDATE submissions SET status = @status, report_json = @json, updated_at = @now, updated_by = @user WHERE id = @id",
                new { id, status, json, now, user = User.UserId() }, tx);
        }

        await AuditLog.WriteAsync(c, tx, database, User, "submission.generate", "submission", id, before?.ReportJson, json);
        await tx.CommitAsync(cancellationToken);
        return Redirect($"/author/{ReportYear}?done=generated");
    }

    public static HandEnteredFigures ReadFigures(IFormCollection form)
    {
        int N(string key, string label) => string.IsNullOrWhiteSpace(form[key]) ? 0 : FormDates.Count(form[key], label);
        decimal Amount(string key, string label) =>
            decimal.TryParse(((string?)form[key] ?? "0").Trim() is { Length: > 0 } s ? s : "0", NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d >= 0 && d < 1_000_000_000
                ? d
                : throw new FormException($"{label}须为非负数。");
        return new HandEnteredFigures(
            N("rulesIssued", "规章本年制发件数"), N("rulesRepealed", "规章本年废止件数"), N("rulesInForce", "规章现行有效件数"),
            N("normativeIssued", "行政规范性文件本年制发件数"), N("normativeRepealed", "行政规范性文件本年废止件数"), N("normativeInForce", "行政规范性文件现行有效件数"),
            N("licensing", "行政许可处理决定数量"), N("penalty", "行政处罚处理决定数量"), N("coercion", "行政强制处理决定数量"),
            Amount("feesWan", "行政事业性收费金额"), Amount("processingFees", "信息处理费"));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (User.AgencyId() is not { } agencyId || !CaseAccess.CanAct(User, agencyId))
        {
            return Forbid();
        }

        var today = ChinaClock.Today(clock);
        ReportYear = Year ?? today.Year - 1;
        if (ReportYear < AnnualStatistics.FirstYear || ReportYear > today.Year)
        {
            return NotFound();
        }

        await using var c = await database.OpenAsync(cancellationToken);
        Agency = (await AgencyQueries.ByIdAsync(c, agencyId))!;
        Records = await YearRecords.LoadAsync(c, agencyId, ReportYear);
        // Nothing entered yet: the fees the records show are the starting value.
        Figures = await FiguresStore.GetAsync(c, agencyId, ReportYear) ?? HandEnteredFigures.None with { ProcessingFeesYuan = FeesFromRecords };
        Preview = Records.Report(Agency.FullName, Figures);

        Published = [.. (await Dapper.SqlMapper.QueryAsync<(long Category, long Count)>(c,
            "SELECT category, COUNT(*) FROM disclosures WHERE agency_id = @agencyId AND status = 'published' AND attribute = 'proactive' " +
            "AND published_on >= @begin AND published_on <= @end GROUP BY category ORDER BY category",
            new { agencyId, begin = $"{ReportYear}-01-01", end = $"{ReportYear}-12-31" }))
            .Where(r => Article20Categories.FromNumber((int)r.Category) is not null)
            .Select(r => (Article20Categories.FromNumber((int)r.Category)!.Value, (int)r.Count))];
        return null;
    }
}
