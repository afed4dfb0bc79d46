using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Web.Accounts;
using Gongkai.Web.Tests.Support;

namespace Gongkai.Web.Tests;

/// <summary>The casework API: what anyone may ask (deadline, tracking, catalogue) and what needs a clerk's or reviewer's token.</summary>
public sealed class CaseworkApiTests
{
    [Fact]
    public async Task TheDeadlineCalculatorAnswersWithTheDateAndHowItWasCounted()
    {
        using var app = new WebApp();
        using var client = app.Client();
        var json = await client.GetFromJsonAsync<JsonElement>("/api/deadline?start=2025-01-27&days=20");
        Assert.Equal("2025-03-03", json.GetProperty("due").GetString());
        Assert.Contains("跳过春节 1/28–2/4", json.GetProperty("explanation").GetString());
        Assert.False(json.GetProperty("estimate").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/deadline?start=2025-02-30&days=20")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/deadline?start=2025-01-27&days=0")).StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ATokenGivesTheCasesOfOnesOwnAgencyOrSubtreeAndTheCodeGivesTheApplicantTheStatus(bool postgres)
    {
        using var app = new WebApp(postgres);
        var (agency, _, root, outsider) = await Workflow.SampleAgenciesAsync(app.Database);
        using var clerk = await app.SignedInAsync(Roles.Clerk, agency.Id);
        var id = await CaseworkTests.RegisterAsync(clerk, "2026-03-02", "王某");
        var page = await clerk.GetStringAsync($"/cases/{id}");
        var code = System.Text.RegularExpressions.Regex.Match(page, "id=\"tracking-code\">([^<]+)<").Groups[1].Value;

        using var anonymous = app.Client();
        using (var tracked = await anonymous.PostAsJsonAsync("/api/track", new { code }))
        {
            var json = await tracked.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("办理中", json.GetProperty("status").GetString());
            Assert.Equal("2026-03-30", json.GetProperty("replyDue").GetString());
            Assert.Equal(agency.FullName, json.GetProperty("agency").GetString());
            Assert.False(json.TryGetProperty("applicant", out _)); // nothing about the applicant travels back
        }

        // Who was consulted is not the applicant's to know.
        Workflow.AssertRedirect(await CaseworkTests.StepAsync(clerk, id, "consult", new() { ["party"] = "某某房地产开发有限公司", ["sent"] = "2026-03-05" }), $"/cases/{id}");
        using (var tracked = await anonymous.PostAsJsonAsync("/api/track", new { code }))
        {
            var text = await tracked.Content.ReadAsStringAsync();
            Assert.DoesNotContain("某某房地产", text);
            Assert.Contains("征求第三方或有关机关意见", text);
        }

        var trackPage = await (await Workflow.PostAsync(anonymous, "/track", "/track", new Dictionary<string, string> { ["code"] = code })).Content.ReadAsStringAsync();
        Assert.DoesNotContain("某某房地产", trackPage);
        Assert.Contains("某某房地产", await clerk.GetStringAsync($"/cases/{id}"));

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsJsonAsync("/api/track", new { code = "2222-2222-2222" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostAsync("/api/track", new StringContent("not json"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/cases")).StatusCode);

        var clerkApi = await WithTokenAsync(app, Roles.Clerk, agency.Id);
        var cases = await clerkApi.GetFromJsonAsync<JsonElement>("/api/cases");
        Assert.Equal("王某", Assert.Single(cases.EnumerateArray()).GetProperty("applicant").GetString());
        Assert.Single((await clerkApi.GetFromJsonAsync<JsonElement>("/api/cases?q=" + Uri.EscapeDataString("王某 危房"))).EnumerateArray());
        Assert.Empty((await clerkApi.GetFromJsonAsync<JsonElement>("/api/cases?q=" + Uri.EscapeDataString("李四"))).EnumerateArray());
        var detail = await clerkApi.GetFromJsonAsync<JsonElement>($"/api/cases/{id}");
        Assert.Equal("答复期限", detail.GetProperty("next").GetProperty("what").GetString());
        Assert.Equal("InPerson", detail.GetProperty("case").GetProperty("Channel").GetString());
        Assert.Equal("110101199001011234", detail.GetProperty("case").GetProperty("Applicant").GetProperty("IdDocument").GetString());
        Assert.Equal(code, detail.GetProperty("trackingCode").GetString());
        var report = await clerkApi.GetFromJsonAsync<JsonElement>("/api/cases/report/2026");
        Assert.Equal(1, report.GetProperty("cells").GetProperty("s3.received.natural").GetDecimal());
        Assert.Equal(1, report.GetProperty("cells").GetProperty("s3.carried_out.total").GetDecimal());

        var reviewerApi = await WithTokenAsync(app, Roles.Reviewer, root.Id);
        Assert.Single((await reviewerApi.GetFromJsonAsync<JsonElement>("/api/cases")).EnumerateArray());
        var supervised = await reviewerApi.GetFromJsonAsync<JsonElement>($"/api/cases/{id}"); // the applicant masked, no tracking code
        Assert.Equal("1101**********1234", supervised.GetProperty("case").GetProperty("Applicant").GetProperty("IdDocument").GetString());
        Assert.Equal("138****0000", supervised.GetProperty("case").GetProperty("Applicant").GetProperty("Phone").GetString());
        Assert.Equal(JsonValueKind.Null, supervised.GetProperty("trackingCode").ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await reviewerApi.GetAsync($"/api/cases/report/2026?agency={agency.Id}")).StatusCode);
        var otherApi = await WithTokenAsync(app, Roles.Clerk, outsider.Id);
        Assert.Empty((await otherApi.GetFromJsonAsync<JsonElement>("/api/cases")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await otherApi.GetAsync($"/api/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherApi.GetAsync($"/api/cases/report/2026?agency={agency.Id}")).StatusCode);
    }

    [Fact]
    public async Task TheCatalogueListsNothingUnpublished()
    {
        using var app = new WebApp();
        using var client = app.Client();
        var json = await client.GetFromJsonAsync<JsonElement>("/api/catalogue?q=x&category=99&page=-5");
        Assert.Equal(0, json.GetProperty("total").GetInt32());
        Assert.Empty(json.GetProperty("items").EnumerateArray());
    }

    private static async Task<HttpClient> WithTokenAsync(WebApp app, string role, long agencyId)
    {
        var (user, _) = await app.CreateUserAsync(role, agencyId);
        var token = (await ApiTokens.IssueAsync(app.Database, user.Id, "test")).Token;
        var client = app.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
