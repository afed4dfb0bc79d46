using System.Net;
using Dapper;
using Gongkai.Casework;
using Gongkai.Web.Accounts;
using Gongkai.Web.Shared;
using Gongkai.Web.Tests.Support;
using Gongkai.Writing;

namespace Gongkai.Web.Tests;

/// <summary>The whole path of a report over HTTP: written, refused, submitted, returned with a comment, fixed, accepted, published, corrected.</summary>
public sealed class ReviewTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AReportGoesFromDraftToAPublishedRegistryVersionAndACorrectionIsANewVersion(bool postgres)
    {
        using var app = new WebApp(postgres);
        var (agency, lastYear, root, outsider) = await Workflow.SampleAgenciesAsync(app.Database);
        var year = lastYear + 1;
        var page = $"/author/{year}";
        using var clerk = await app.SignedInAsync(Roles.Clerk, agency.Id);
        using var reviewer = await app.SignedInAsync(Roles.Reviewer, root.Id);
        using var stranger = await app.SignedInAsync(Roles.Reviewer, outsider.Id);

        // The clerk's form starts from last year's carried-over counts.
        var form = await clerk.GetStringAsync(page);
        Assert.Contains("id=\"cell-s3-carried_in-total\"", form, StringComparison.Ordinal);
        await using (var c = await app.Database.OpenAsync())
        {
            var previous = CanonicalJson.Read(await c.QuerySingleAsync<string>("SELECT report_json FROM reports WHERE agency_id = @Id AND year = @lastYear AND is_current = 1", new { agency.Id, lastYear }));
            var carried = previous["s3.carried_out.natural"]?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
            Assert.Contains($"name=\"cell:s3.carried_in.natural\" id=\"cell-s3-carried_in-natural\" value=\"{carried}\"", form, StringComparison.Ordinal);
        }

        // Unbalanced: 5 new applications and no outcome. Live totals and the 勾稽 finding come back as the clerk types.
        var unbalanced = Balanced(received: 5, disclosed: 0);
        using (var live = await Workflow.PostAsync(clerk, page, $"{page}/live", unbalanced, htmx: true))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            var html = await live.Content.ReadAsStringAsync();
            Assert.Contains("id=\"cell-s3-received-total\" value=\"5\"", html, StringComparison.Ordinal);
            Assert.Contains("hx-swap-oob", html, StringComparison.Ordinal);
            Assert.Contains("GK0303", html, StringComparison.Ordinal);
        }

        using (var save = await Workflow.PostAsync(clerk, page, $"{page}/save", unbalanced))
        {
            Workflow.AssertRedirect(save, $"{page}?done=saved");
        }

        Assert.Equal(SubmissionFlow.Draft, await StatusAsync(app, agency.Id, year));
        using (var refused = await Workflow.PostAsync(clerk, page, $"{page}/submit", unbalanced))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("勾稽关系错误", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(SubmissionFlow.Draft, await StatusAsync(app, agency.Id, year));
        using (var submit = await Workflow.PostAsync(clerk, page, $"{page}/submit", Balanced(received: 5, disclosed: 5)))
        {
            Workflow.AssertRedirect(submit, $"{page}?done=submitted");
        }

        Assert.Equal(SubmissionFlow.Submitted, await StatusAsync(app, agency.Id, year));
        var id = await SubmissionIdAsync(app, agency.Id, year);
        var review = $"/review/{id}";

        // The superior office sees it; a reviewer of another region does not, and may not act on it.
        Assert.Contains(agency.FullName, await reviewer.GetStringAsync($"/review?year={year}"), StringComparison.Ordinal);
        Assert.DoesNotContain(agency.FullName, await stranger.GetStringAsync($"/review?year={year}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(review)).StatusCode);
        using (var stolen = await Workflow.PostAsync(stranger, "/review", $"{review}/accept", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
        }

        using (var denied = await clerk.GetAsync(review))
        {
            Workflow.AssertRedirect(denied, "/account/denied");
        }

        // A comment on a cell, then the return.
        using (var comment = await Workflow.PostAsync(reviewer, review, $"{review}/comment",
            new Dictionary<string, string> { ["cell"] = "s3.disclosed.natural", ["body"] = "予以公开数请与台账核对" }, htmx: true))
        {
            Assert.Equal(HttpStatusCode.OK, comment.StatusCode);
            Assert.Contains("予以公开数请与台账核对", await comment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var back = await Workflow.PostAsync(reviewer, review, $"{review}/return", new Dictionary<string, string> { ["body"] = "" }))
        {
            Workflow.AssertRedirect(back, $"{review}?done=returned");
        }

        Assert.Equal(SubmissionFlow.Returned, await StatusAsync(app, agency.Id, year));

        // The clerk sees the comment on its cell and in the list, fixes and resubmits.
        var returned = await clerk.GetStringAsync(page);
        Assert.Contains("予以公开数请与台账核对", returned, StringComparison.Ordinal);
        Assert.Matches("<td class=\"[^\"]*commented[^\"]*\"[^>]*data-cell=\"s3.disclosed.natural\"", returned);
        using (var resubmit = await Workflow.PostAsync(clerk, page, $"{page}/submit", Balanced(received: 6, disclosed: 6)))
        {
            Workflow.AssertRedirect(resubmit, $"{page}?done=submitted");
        }

        // Accepted, then published: a registry version of this agency with a publication row.
        using (var accept = await Workflow.PostAsync(reviewer, review, $"{review}/accept", new Dictionary<string, string>()))
        {
            Workflow.AssertRedirect(accept, $"{review}?done=accepted");
        }

        using (var publish = await Workflow.PostAsync(reviewer, review, $"{review}/publish", new Dictionary<string, string>()))
        {
            Workflow.AssertRedirect(publish, $"{review}?done=published");
        }

        using (var again = await Workflow.PostAsync(reviewer, review, $"{review}/publish", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }

        long firstId;
        string firstJson;
        await using (var c = await app.Database.OpenAsync())
        {
            var published = await c.QuerySingleAsync<(long Id, string Json, string? PublishedOn)>(
                "SELECT id, report_json, published_on FROM reports WHERE agency_id = @Id AND year = @year AND is_current = 1", new { agency.Id, year });
            (firstId, firstJson) = (published.Id, published.Json);
            Assert.Equal(6m, CanonicalJson.Read(firstJson)["s3.disclosed.natural"]);
            Assert.NotNull(published.PublishedOn);
            Assert.Equal(firstId, await c.ExecuteScalarAsync<long>("SELECT report_id FROM submissions WHERE id = @id", new { id }));
            Assert.Equal(1L, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM publications WHERE report_id = @firstId", new { firstId }));
        }

        Assert.Equal(SubmissionFlow.Published, await StatusAsync(app, agency.Id, year));
        var actions = (await Audit.AuditLog.RecentAsync(app.Database, "submission", id.ToString(System.Globalization.CultureInfo.InvariantCulture))).Select(e => e.Action).ToList();
        foreach (var action in new[] { "submission.save", "submission.submit", "comment.add", "submission.return", "submission.accept", "submission.publish" })
        {
            Assert.Contains(action, actions);
        }

        // A correction: the clerk edits the published report, it goes through review again, and is a second version.
        using (var correct = await Workflow.PostAsync(clerk, page, $"{page}/submit", Balanced(received: 7, disclosed: 7)))
        {
            Workflow.AssertRedirect(correct, $"{page}?done=submitted");
        }

        using (await Workflow.PostAsync(reviewer, review, $"{review}/accept", new Dictionary<string, string>()))
        {
        }

        using (var publish = await Workflow.PostAsync(reviewer, review, $"{review}/publish", new Dictionary<string, string>()))
        {
            Workflow.AssertRedirect(publish, $"{review}?done=published");
        }

        await using (var c = await app.Database.OpenAsync())
        {
            var versions = (await c.QueryAsync<(long Id, long Version, long IsCurrent, string Json)>(
                "SELECT id, version, is_current, report_json FROM reports WHERE agency_id = @Id AND year = @year ORDER BY version", new { agency.Id, year })).ToList();
            Assert.Equal(2, versions.Count);
            Assert.Equal((firstId, 1L, 0L, firstJson), versions[0]);
            Assert.Equal(7m, CanonicalJson.Read(versions[1].Json)["s3.disclosed.natural"]);
            Assert.Equal(2L, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM publications WHERE submission_id = @id", new { id }));
        }

        // The published version is on the portal's agency data.
        Assert.Contains(agency.FullName, await app.Client().GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACommentCannotBeAddedByAReviewerOutsideTheSubtreeNorReturnWithoutAnyComment()
    {
        using var app = new WebApp();
        var (agency, lastYear, root, outsider) = await Workflow.SampleAgenciesAsync(app.Database);
        var year = lastYear + 1;
        using var clerk = await app.SignedInAsync(Roles.Clerk, agency.Id);
        using (var submit = await Workflow.PostAsync(clerk, $"/author/{year}", $"/author/{year}/submit", Balanced(1, 1)))
        {
            Workflow.AssertRedirect(submit, $"/author/{year}?done=submitted");
        }

        var review = $"/review/{await SubmissionIdAsync(app, agency.Id, year)}";
        using var stranger = await app.SignedInAsync(Roles.Reviewer, outsider.Id);
        using (var comment = await Workflow.PostAsync(stranger, "/review", $"{review}/comment", new Dictionary<string, string> { ["body"] = "x" }, htmx: true))
        {
            Assert.Equal(HttpStatusCode.NotFound, comment.StatusCode);
        }

        using var reviewer = await app.SignedInAsync(Roles.Reviewer, root.Id);
        using (var back = await Workflow.PostAsync(reviewer, review, $"{review}/return", new Dictionary<string, string> { ["body"] = "" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, back.StatusCode);
        }

        using var admin = await app.SignedInAsync(Roles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(review)).StatusCode);
        Assert.Equal(SubmissionFlow.Submitted, await StatusAsync(app, agency.Id, year));
    }

    [Fact]
    public async Task TheReviewListShowsEachExpectedAgencyOfTheSubtreeWithItsStatusAgainstTheDeadline()
    {
        using var app = new WebApp();
        var (agency, lastYear, root, outsider) = await Workflow.SampleAgenciesAsync(app.Database);
        using var reviewer = await app.SignedInAsync(Roles.Reviewer, root.Id);

        var due = await reviewer.GetStringAsync($"/review?year={lastYear + 1}");
        var past = await reviewer.GetStringAsync($"/review?year={lastYear}");

        // Nothing for the year after the sample's: missing, and overdue once the deadline has passed.
        var today = ChinaClock.Today(TimeProvider.System);
        var overdue = today > Gongkai.Data.Queries.Quality.Deadline(lastYear + 1, agency.Kind) ? " overdue" : "";
        Assert.Contains($"id=\"agency-{agency.Id}\" class=\"status-missing{overdue}\"", due, StringComparison.Ordinal);
        Assert.Contains($"id=\"agency-{agency.Id}\" class=\"status-published\"", past, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"agency-{outsider.Id}\"", due, StringComparison.Ordinal);
        Assert.Contains("data-status=\"missing\">未报送：<strong>", due, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, SubmissionAction.Save, "draft")]
    [InlineData("draft", SubmissionAction.Submit, "submitted")]
    [InlineData("returned", SubmissionAction.Submit, "submitted")]
    [InlineData("submitted", SubmissionAction.Return, "returned")]
    [InlineData("submitted", SubmissionAction.Accept, "accepted")]
    [InlineData("accepted", SubmissionAction.Publish, "published")]
    [InlineData("published", SubmissionAction.Save, "draft")]
    [InlineData("submitted", SubmissionAction.Save, null)]
    [InlineData("accepted", SubmissionAction.Save, null)]
    [InlineData("draft", SubmissionAction.Accept, null)]
    [InlineData("submitted", SubmissionAction.Publish, null)]
    [InlineData("published", SubmissionAction.Publish, null)]
    [InlineData(null, SubmissionAction.Submit, null)]
    public void TheTransitionTableAllowsOnlyTheWorkflowsMoves(string? from, SubmissionAction action, string? to) =>
        Assert.Equal(to, SubmissionFlow.Next(from, action));

    /// <summary>Table 三's natural-person column: new, outcomes, and carried out equal to the prefilled carried in.</summary>
    internal static Dictionary<string, string> Balanced(int received, int disclosed)
    {
        var form = new Dictionary<string, string>
        {
            ["cell:s3.disclosed.natural"] = disclosed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["section:overview"] = "本年度主动公开、依申请公开、政府信息管理、平台建设和监督保障工作情况。",
            ["section:problems"] = "存在的问题与改进措施。",
            ["section:other"] = "本年度未收取信息处理费。",
        };
        foreach (var column in new[] { "natural", "business", "research", "nonprofit", "legal", "other_org" })
        {
            form[$"cell:s3.received.{column}"] = column == "natural" ? received.ToString(System.Globalization.CultureInfo.InvariantCulture) : "0";
            form[$"cell:s3.carried_in.{column}"] = "0";
            form[$"cell:s3.carried_out.{column}"] = "0";
        }

        return form;
    }

    internal static async Task<string?> StatusAsync(WebApp app, long agencyId, int year)
    {
        await using var c = await app.Database.OpenAsync();
        return await c.ExecuteScalarAsync<string?>("SELECT status FROM submissions WHERE agency_id = @agencyId AND year = @year", new { agencyId, year });
    }

    internal static async Task<long> SubmissionIdAsync(WebApp app, long agencyId, int year)
    {
        await using var c = await app.Database.OpenAsync();
        return await c.ExecuteScalarAsync<long>("SELECT id FROM submissions WHERE agency_id = @agencyId AND year = @year", new { agencyId, year });
    }
}
