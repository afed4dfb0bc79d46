using Dapper;
using Gongkai.Casework;
using Gongkai.Data;
using Gongkai.Data.Queries;
using Gongkai.Web.Accounts;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Author;

/// <summary>A clerk's agency and its reports by year: status and the publication deadline.</summary>
public sealed class IndexModel(Database database, TimeProvider clock) : PageModel
{
    public sealed record YearRow(int Year, string Status, DateOnly Deadline, bool Overdue, bool InRegistry);

    public Agency? Agency { get; private set; }

    public IReadOnlyList<YearRow> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.AgencyId() is not { } agencyId)
        {
            return Forbid();
        }

        await using var c = await database.OpenAsync(cancellationToken);
        Agency = await AgencyQueries.ByIdAsync(c, agencyId);
        if (Agency is null)
        {
            return NotFound();
        }

        var today = ChinaClock.Today(clock);
        var submissions = (await Submission.OfAgencyAsync(c, agencyId)).ToDictionary(s => s.Year);
        var registry = (await c.QueryAsync<long>("SELECT DISTINCT year FROM reports WHERE agency_id = @agencyId AND year IS NOT NULL", new { agencyId }))
            .Select(y => (int)y).ToHashSet();
        var years = submissions.Keys.Concat(registry).Append(today.Year - 1).Distinct().OrderDescending();
        Years = [.. years.Select(y =>
        {
            var status = submissions.TryGetValue(y, out var s) ? s.Status : registry.Contains(y) ? SubmissionFlow.Published : SubmissionFlow.Missing;
            var deadline = Quality.Deadline(y, Agency.Kind);
            return new YearRow(y, status, deadline, status != SubmissionFlow.Published && today > deadline, registry.Contains(y));
        })];
        return Page();
    }
}
