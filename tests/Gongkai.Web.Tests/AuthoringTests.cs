using System.Net;
using Dapper;
using Gongkai.Data.Queries;
using Gongkai.Web.Accounts;
using Gongkai.Web.Shared;
using Gongkai.Web.Tests.Support;

namespace Gongkai.Web.Tests;

/// <summary>A clerk writing the agency's report: the years and deadlines, live totals, saving, export, and what it may not touch.</summary>
public sealed class AuthoringTests
{
    [Fact]
    public async Task TheClerksYearsShowTheStatusAndTheStatutoryDeadline()
    {
        using var app = new WebApp();
        var (agency, lastYear, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        using var clerk = await app.SignedInAsync(Roles.Clerk, agency.Id);

        var html = await clerk.GetStringAsync("/author");

        Assert.Contains(agency.FullName, html, StringComparison.Ordinal);
        Assert.Contains($"id=\"year-{lastYear}\" class=\"status-published", html, StringComparison.Ordinal);
        var deadline = Quality.Deadline(lastYear, agency.Kind).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(deadline, html, StringComparison.Ordinal);
        Assert.EndsWith(agency.Kind == "department" ? "-01-31" : "-03-31", deadline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLiveCheckReturnsTheComputedTotalsAndSavesNothing()
    {
        using var app = new WebApp();
        var (agency, lastYear, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        var page = $"/author/{lastYear + 1}";
        using var clerk = await app.SignedInAsync(Roles.Clerk, agency.Id);

        using var live = await Workflow.PostAsync(clerk, page, $"{page}/live", new Dictionary<string, string>
        {
            ["cell:s3.received.natural"] = "3",
            ["cell:s3.received.business"] = "4",
            ["cell:s4.review.upheld"] = "2",
            ["cell:s4.review.corrected"] = "1",
        }, htmx: true);

        var html = await live.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Contains("id=\"cell-s3-received-total\" value=\"7\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"findings\" hx-swap-oob=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"submit-state\" hx-swap-oob=\"true\"", html, StringComparison.Ordinal);
        Assert.Null(await ReviewTests.StatusAsync(app, agency.Id, lastYear + 1));
    }

    [Fact]
    public async Task ASavedDraftExportsAsDocxAndCannotBeChangedOnceSubmitted()
    {
        using var app = new WebApp();
        var (agency, lastYear, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        var page = $"/author/{lastYear + 1}";
        using var clerk = await app.SignedInAsync(Roles.Clerk, agency.Id);
        using (var save = await Workflow.PostAsync(clerk, page, $"{page}/save", ReviewTests.Balanced(2, 2)))
        {
            Workflow.AssertRedirect(save, $"{page}?done=saved");
        }

        using (var docx = await clerk.GetAsync($"{page}/docx"))
        {
            Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
            var bytes = await docx.Content.ReadAsByteArrayAsync();
            Assert.Equal((byte)'P', bytes[0]);
            Assert.Equal((byte)'K', bytes[1]);
        }

        using (var pdf = await clerk.GetAsync($"{page}/pdf"))
        {
            // Printed by headless Chromium when the machine has it; a problem response saying so otherwise.
            Assert.True(pdf.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, pdf.StatusCode.ToString());
            if (pdf.StatusCode == HttpStatusCode.OK)
            {
                Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(), 0, 4), StringComparison.Ordinal);
            }
        }

        using (var submit = await Workflow.PostAsync(clerk, page, $"{page}/submit", ReviewTests.Balanced(2, 2)))
        {
            Workflow.AssertRedirect(submit, $"{page}?done=submitted");
        }

        using (var change = await Workflow.PostAsync(clerk, page, $"{page}/save", ReviewTests.Balanced(3, 3)))
        {
            Assert.Equal(HttpStatusCode.Conflict, change.StatusCode);
        }

        Assert.Equal(SubmissionFlow.Submitted, await ReviewTests.StatusAsync(app, agency.Id, lastYear + 1));
    }

    [Fact]
    public async Task ACellThatIsNotANumberIsRefusedAndNothingIsSaved()
    {
        using var app = new WebApp();
        var (agency, lastYear, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        var page = $"/author/{lastYear + 1}";
        using var clerk = await app.SignedInAsync(Roles.Clerk, agency.Id);

        using var save = await Workflow.PostAsync(clerk, page, $"{page}/save", new Dictionary<string, string> { ["cell:s3.received.natural"] = "五" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, save.StatusCode);
        Assert.Null(await ReviewTests.StatusAsync(app, agency.Id, lastYear + 1));
    }

    [Fact]
    public async Task AClerkSeesOnlyItsOwnAgencysDraftAndNoReviewPages()
    {
        using var app = new WebApp();
        var (agency, lastYear, _, outsider) = await Workflow.SampleAgenciesAsync(app.Database);
        var year = lastYear + 1;
        var page = $"/author/{year}";
        using var clerk = await app.SignedInAsync(Roles.Clerk, agency.Id);
        var form = ReviewTests.Balanced(1, 1);
        form["section:overview"] = "甲机关草稿专用文字";
        using (var save = await Workflow.PostAsync(clerk, page, $"{page}/save", form))
        {
            Workflow.AssertRedirect(save, $"{page}?done=saved");
        }

        using var other = await app.SignedInAsync(Roles.Clerk, outsider.Id);
        var html = await other.GetStringAsync(page);
        Assert.DoesNotContain("甲机关草稿专用文字", html, StringComparison.Ordinal);
        Assert.Contains(outsider.FullName, html, StringComparison.Ordinal);

        await using (var c = await app.Database.OpenAsync())
        {
            var id = await c.ExecuteScalarAsync<long>("SELECT id FROM submissions WHERE agency_id = @Id", new { agency.Id });
            using var review = await other.GetAsync($"/review/{id}");
            Workflow.AssertRedirect(review, "/account/denied");
        }

        using var anonymous = app.Client();
        Workflow.AssertRedirect(await anonymous.GetAsync(page), "/account/login");
    }
}
