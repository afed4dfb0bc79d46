using Dapper;
using Gongkai.Casework;
using Gongkai.Data;
using Gongkai.Data.Queries;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Review;

/// <summary>
/// A superior office's view of its subtree for one year: every agency expected to report (it has a clerk account,
/// a submission or a registry report) with its status against the deadline, and the count per status.
/// </summary>
public sealed class IndexModel(Database database, TimeProvider clock) : PageModel
{
    public sealed record Row(long AgencyId, string Agency, string Kind, long? SubmissionId, string Status, DateOnly Deadline, bool Overdue);

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public Agency Root { get; private set; } = null!;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<(string Status, int Count)> Counts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        if (await Submission.ReviewRootAsync(c, User) is not { } root)
        {
            return Forbid();
        }

        Root = root;
        var today = ChinaClock.Today(clock);
        var year = Year ??= today.Year - 1;
        var (low, high) = AgencyQueries.PathRange(root.Path);
        var agencies = await c.QueryAsync<(long Id, string FullName, string Kind)>(
            "SELECT a.id, a.full_name, a.kind FROM agencies a WHERE a.path >= @low AND a.path < @high AND (" +
            "a.id IN (SELECT agency_id FROM users WHERE role = 'clerk' AND agency_id IS NOT NULL) OR a.id IN (SELECT agency_id FROM submissions) " +
            "OR a.id IN (SELECT agency_id FROM reports)) ORDER BY a.path",
            new { low, high });
        var submissions = (await c.QueryAsync<(long Id, long AgencyId, string Status)>(
            "SELECT s.id, s.agency_id, s.status FROM submissions s JOIN agencies a ON a.id = s.agency_id WHERE s.year = @year AND a.path >= @low AND a.path < @high",
            new { year, low, high })).ToDictionary(s => s.AgencyId);
        var registry = (await c.QueryAsync<long>(
            "SELECT r.agency_id FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.is_current = 1 AND r.year = @year AND a.path >= @low AND a.path < @high",
            new { year, low, high })).ToHashSet();
        Rows = [.. agencies.Select(a =>
        {
            var found = submissions.TryGetValue(a.Id, out var s);
            var status = found ? s.Status : registry.Contains(a.Id) ? SubmissionFlow.Published : SubmissionFlow.Missing;
            var deadline = Quality.Deadline(year, a.Kind);
            return new Row(a.Id, a.FullName, a.Kind, found ? s.Id : null, status, deadline, status != SubmissionFlow.Published && today > deadline);
        })];
        Counts = [.. SubmissionFlow.All.Select(s => (s, Rows.Count(r => r.Status == s)))];
        return Page();
    }
}
