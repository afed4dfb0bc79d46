using Dapper;
using Gongkai.Casework;
using Gongkai.Casework.Applications;
using Gongkai.Data;
using Gongkai.Data.Casework;
using Gongkai.Data.Queries;
using Gongkai.Web.Audit;
using Gongkai.Web.Casework;
using Gongkai.Web.Casework.Reminders;
using Gongkai.Web.Pages.Cases;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Pages.Apply;

/// <summary>
/// The applicant portal: apply online to an agency that handles applications in Gongkai (one with a clerk). The
/// application arrives today; under 第三十一条第（三）项 it is received on the day both sides confirm, which the
/// clerk records. The applicant gets a tracking code to follow it at /track.
/// </summary>
[EnableRateLimiting(Caching.PublicFormLimit)]
public sealed class IndexModel(Database database, TimeProvider clock, OutboxSignal outbox) : PageModel
{
    [FromQuery(Name = "agency")]
    public long? AgencyId { get; set; }

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    public Agency? Agency { get; private set; }

    public IReadOnlyList<(long Id, string FullName)> Agencies { get; private set; } = [];

    public StoredCase? Created { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The applicant and request fields: empty, or as typed when the form comes back with an error.</summary>
    public ApplicantFieldsView Fields { get; private set; } = ApplicantFieldsView.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await LoadAsync(c);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await LoadAsync(c);
        if (Agency is null)
        {
            return NotFound();
        }

        ApplicationCase opened;
        try
        {
            opened = Intake.Read(Request.Form, ChinaClock.Today(clock), IntakeChannel.Online);
        }
        catch (Exception e) when (e is FormException or CaseTransitionException)
        {
            Error = e.Message;
            Fields = ApplicantFieldsView.Typed(Request.Form);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var calendar = await CalendarStore.LoadAsync(c);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        Created = await CaseStore.InsertAsync(c, tx, database, Agency.Id, opened, calendar);
        await AuditLog.WriteAsync(c, tx, database, User, "application.apply-online", "application", Created.Id, null, CaseJson.Write(opened));
        // The tracking code by e-mail at once (the page shows it only now); the 登记回执 follows the clerk's confirmation.
        var queued = opened.Applicant.Email.Length > 0
            && await ApplicantOutbox.QueueAsync(c, tx, database, Created.Id, [ApplicantMailRound.Submitted], opened.Applicant.Email) > 0;
        await tx.CommitAsync(cancellationToken);
        if (queued)
        {
            outbox.Raise();
        }

        return Page();
    }

    /// <summary>The chosen agency when it takes applications here, else the list of those that do.</summary>
    private async Task LoadAsync(System.Data.Common.DbConnection c)
    {
        const string Accepting = "SELECT DISTINCT a.id AS Id, a.full_name AS FullName, a.path FROM agencies a JOIN users u ON u.agency_id = a.id AND u.role = 'clerk'";
        if (AgencyId is { } id && (await c.QueryAsync<long>(Accepting.Replace("a.id AS Id, a.full_name AS FullName, a.path", "a.id", StringComparison.Ordinal) + " WHERE a.id = @id", new { id })).Any())
        {
            Agency = await AgencyQueries.ByIdAsync(c, id);
            return;
        }

        var q = (Query ?? "").Trim();
        Agencies = [.. (await c.QueryAsync<(long Id, string FullName, string Path)>(
            Accepting + " WHERE (@q = '' OR a.full_name LIKE @like OR a.name LIKE @like) ORDER BY a.path LIMIT 200",
            new { q, like = $"%{q.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%" })).Select(a => (a.Id, a.FullName))];
    }
}
