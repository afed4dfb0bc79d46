using System.Globalization;
using System.Net;
using Gongkai.Web.Accounts;
using Gongkai.Web.Audit;
using Gongkai.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>
/// Proactive disclosure over HTTP: the 三审 chain from draft to the public 目录 with an audit line for every step, four
/// eyes, drafts invisible to the public, the catalogue's search, and 索引号 serials that never repeat.
/// </summary>
public sealed class DisclosureTests
{
    private const string Title = "关于调整中心城区路内停车收费标准的通知";

    private static Dictionary<string, string> Fields(string title = Title, string generatedOn = "2025-06-03", string category = "8") => new()
    {
        ["title"] = title,
        ["summary"] = "调整中心城区路内停车收费标准，自7月1日起执行。",
        ["body"] = "一、收费标准\n白天首小时5元，夜间免费。Parking fees.",
        ["docNumber"] = "某发改〔2025〕12号",
        ["category"] = category,
        ["mode"] = "proactive",
        ["generatedOn"] = generatedOn,
        ["changedOn"] = "",
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ADraftPassesThreeReviewsByOthersIntoThePublicCatalogueWithAnAuditLineForEveryStep(bool postgres)
    {
        using var app = new WebApp(postgres);
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        using var drafter = await SignedInAsync(app, agency.Id, "起草人", "drafter");
        using var first = await SignedInAsync(app, agency.Id, "初审人", "first");
        using var secrecy = await SignedInAsync(app, agency.Id, "保密审查人", "secrecy");
        using var approver = await SignedInAsync(app, agency.Id, "审批人", "approver");
        using var visitor = app.Client();

        await SettingsAsync(drafter, "000014349", "{org}/{yyyy}-{seq:5}");
        var id = await CreateAsync(drafter, Fields());
        var item = $"/disclosures/{id}";
        Assert.Contains("<code>000014349/2025-00001</code>", await drafter.GetStringAsync(item), StringComparison.Ordinal);

        // Not published: the public neither finds it nor opens it.
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/open/{id}")).StatusCode);
        Assert.DoesNotContain(Title, await visitor.GetStringAsync("/open?q=停车"), StringComparison.Ordinal);

        await ActAsync(drafter, id, "Submit");
        using (var own = await Workflow.PostAsync(drafter, item, $"{item}?handler=Pass", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
            Assert.Contains("审核须由起草人、修改人以外的人员进行", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var noReason = await Workflow.PostAsync(first, item, $"{item}?handler=Reject", new Dictionary<string, string> { ["comment"] = " " }))
        {
            Assert.Equal(HttpStatusCode.Conflict, noReason.StatusCode);
            Assert.Contains("退回修改须写明理由", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await ActAsync(first, id, "Reject", "白天收费标准写错了");
        var corrected = Fields();
        corrected["summary"] = "改正后：白天首小时5元。";
        using (var edit = await Workflow.PostAsync(drafter, $"{item}/edit", $"{item}/edit", corrected))
        {
            Workflow.AssertRedirect(edit, $"{item}?done=saved");
        }

        await ActAsync(drafter, id, "Submit");
        await ActAsync(first, id, "Pass");
        await ActAsync(secrecy, id, "Pass", "不涉及国家秘密和个人信息");
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/open/{id}")).StatusCode); // not before the final approval
        await ActAsync(approver, id, "Pass");

        var page = await drafter.GetStringAsync(item);
        Assert.Contains("id=\"stage\" class=\"stage-published\">已公开", page, StringComparison.Ordinal);
        Assert.Matches(@"<td>\d{4}-\d{2}-\d{2} \d{2}:\d{2}</td>", page); // sign-off times in Beijing time, not stored UTC
        Assert.DoesNotMatch(@"<td>\d{4}-\d{2}-\d{2}T", page);
        foreach (var name in new[] { "起草人", "初审人", "保密审查人", "审批人", "白天收费标准写错了", "不涉及国家秘密和个人信息" })
        {
            Assert.Contains(name, page, StringComparison.Ordinal);
        }

        var open = await visitor.GetStringAsync($"/open/{id}");
        Assert.Contains(Title, open, StringComparison.Ordinal);
        Assert.Contains("000014349/2025-00001", open, StringComparison.Ordinal);
        Assert.Contains("改正后：白天首小时5元。", open, StringComparison.Ordinal);
        Assert.Contains($"/open/{id}", await visitor.GetStringAsync("/open?q=停车"), StringComparison.Ordinal); // the page cached before is evicted
        Assert.Contains($"/open/{id}", await visitor.GetStringAsync("/open?q=" + Uri.EscapeDataString("停车 parking")), StringComparison.Ordinal);
        Assert.Contains($"/open/{id}", await visitor.GetStringAsync($"/open?category=8&year=2025&agency={agency.Id}"), StringComparison.Ordinal);
        Assert.DoesNotContain($"/open/{id}", await visitor.GetStringAsync("/open?category=3"), StringComparison.Ordinal);
        Assert.DoesNotContain($"/open/{id}", await visitor.GetStringAsync("/open?q=" + Uri.EscapeDataString("停车 不存在的词")), StringComparison.Ordinal);

        var audit = (await AuditLog.RecentAsync(app.Database, "disclosure", id.ToString(CultureInfo.InvariantCulture))).Reverse().ToList();
        Assert.Equal(
            ["disclosure.create", "disclosure.submit", "disclosure.reject", "disclosure.update", "disclosure.submit", "disclosure.pass", "disclosure.pass", "disclosure.pass"],
            audit.Select(a => a.Action));
        Assert.Equal(["drafter", "drafter", "first", "drafter", "drafter", "first", "secrecy", "approver"], audit.Select(a => a.UserName[..a.UserName.IndexOf('-', StringComparison.Ordinal)]));
        Assert.Contains("\"stage\":\"published\"", audit[^1].AfterJson, StringComparison.Ordinal);
        Assert.Contains("白天收费标准写错了", audit[2].AfterJson, StringComparison.Ordinal);
        Assert.Single(await AuditLog.RecentAsync(app.Database, "agency", agency.Id.ToString(CultureInfo.InvariantCulture)), a => a.Action == "disclosure.settings");

        // Taken back: it leaves the 目录 at once, though the public pages and the API had it cached.
        Assert.Contains(Title, await visitor.GetStringAsync("/api/catalogue?q=" + Uri.EscapeDataString("停车")), StringComparison.Ordinal);
        await ActAsync(approver, id, "Withdraw", "收费标准已调整，撤回重发");
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/open/{id}")).StatusCode);
        Assert.DoesNotContain($"/open/{id}", await visitor.GetStringAsync("/open?q=停车"), StringComparison.Ordinal);
        Assert.DoesNotContain(Title, await visitor.GetStringAsync("/api/catalogue?q=" + Uri.EscapeDataString("停车")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyTheAgencysClerksActAReviewerOfTheRegionReadsAndEveryoneElseIsRefused()
    {
        using var app = new WebApp();
        var (agency, _, root, outsider) = await Workflow.SampleAgenciesAsync(app.Database);
        using var drafter = await SignedInAsync(app, agency.Id, "起草人", "drafter");
        using var stranger = await SignedInAsync(app, outsider.Id, "外单位", "stranger");
        using var reviewer = await app.SignedInAsync(Roles.Reviewer, root.Id);
        using var visitor = app.Client();
        await SettingsAsync(drafter, "A1", "{org}-{yyyy}-{seq:3}");
        var id = await CreateAsync(drafter, Fields(generatedOn: "2024-01-02"));
        var item = $"/disclosures/{id}";
        await ActAsync(drafter, id, "Submit");

        // Generated in January 2024 and never published: overdue, in red.
        Assert.Contains($"id=\"disclosure-{id}\" class=\"stage-review overdue\"", await drafter.GetStringAsync("/disclosures"), StringComparison.Ordinal);
        Assert.Contains("届满日 2024-01-30", await drafter.GetStringAsync(item), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(item)).StatusCode);
        Assert.DoesNotContain(Title, await stranger.GetStringAsync("/disclosures"), StringComparison.Ordinal);
        using (var stolen = await Workflow.PostAsync(stranger, "/disclosures", $"{item}?handler=Pass", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
        }

        Assert.Contains(Title, await reviewer.GetStringAsync("/disclosures"), StringComparison.Ordinal);
        Assert.DoesNotContain("do-pass", await reviewer.GetStringAsync(item), StringComparison.Ordinal);
        using (var reviewerPass = await Workflow.PostAsync(reviewer, item, $"{item}?handler=Pass", new Dictionary<string, string>()))
        {
            Workflow.AssertRedirect(reviewerPass, "/account/denied");
        }

        Workflow.AssertRedirect(await visitor.GetAsync("/disclosures"), "/account/login");
        Workflow.AssertRedirect(await visitor.GetAsync(item), "/account/login");
        using (var underReview = await Workflow.PostAsync(drafter, item, $"{item}/edit", Fields(title: "审核中不能改")))
        {
            Assert.Equal(HttpStatusCode.Conflict, underReview.StatusCode);
        }

        Assert.Equal(["disclosure.create", "disclosure.submit"],
            (await AuditLog.RecentAsync(app.Database, "disclosure", id.ToString(CultureInfo.InvariantCulture))).Reverse().Select(a => a.Action));
    }

    [Fact]
    public async Task AColleagueWhoRewroteADraftCannotSignItsReview()
    {
        using var app = new WebApp();
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        using var drafter = await SignedInAsync(app, agency.Id, "起草人", "drafter");
        using var rewriter = await SignedInAsync(app, agency.Id, "改稿人", "rewriter");
        using var reviewer = await SignedInAsync(app, agency.Id, "初审人", "first");
        await SettingsAsync(drafter, "000014349", "{org}/{yyyy}-{seq:5}");
        var id = await CreateAsync(drafter, Fields());
        var item = $"/disclosures/{id}";
        var rewritten = Fields();
        rewritten["body"] = "改稿人重写的正文。";
        Workflow.AssertRedirect(await Workflow.PostAsync(rewriter, $"{item}/edit", $"{item}/edit", rewritten), $"{item}?done=saved");
        await ActAsync(drafter, id, "Submit");

        using (var own = await Workflow.PostAsync(rewriter, item, $"{item}?handler=Pass", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
            Assert.Contains("起草或修改过内容的人员不能签署", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await ActAsync(reviewer, id, "Pass");
    }

    [Fact]
    public async Task ConcurrentCreatesGetConsecutiveSerialsAndNeverTheSameIndexNumber()
    {
        using var app = new WebApp();
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        using var one = await SignedInAsync(app, agency.Id, "甲", "one");
        using var two = await SignedInAsync(app, agency.Id, "乙", "two");
        await SettingsAsync(one, "11341702486344515H", "{org}/{yyyy}{MM}-{seq:5}");

        var ids = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => CreateAsync(i % 2 == 0 ? one : two, Fields(title: $"第{i}件", generatedOn: "2021-10-08"))));

        var numbers = new List<string>();
        foreach (var id in ids)
        {
            var html = await one.GetStringAsync($"/disclosures/{id}");
            var at = html.IndexOf("11341702486344515H/", StringComparison.Ordinal);
            numbers.Add(html.Substring(at, "11341702486344515H/202110-00000".Length));
        }

        Assert.Equal(Enumerable.Range(1, 12).Select(n => $"11341702486344515H/202110-{n:00000}"), numbers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheSchemeIsCheckedAndPreviewedBeforeItIsSavedAndCreatingWithoutOneIsRefused()
    {
        using var app = new WebApp();
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        using var clerk = await SignedInAsync(app, agency.Id, "设置人", "settings");

        using (var none = await Workflow.PostAsync(clerk, "/disclosures/new", "/disclosures/new", Fields()))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, none.StatusCode);
            Assert.Contains("尚未设置索引号规则", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var bad = await clerk.GetStringAsync("/disclosures/settings?handler=Preview&orgCode=000014349&pattern=" + Uri.EscapeDataString("{org}/{MM}-{seq:5}"));
        Assert.Contains("须含 {yyyy}", WebUtility.HtmlDecode(bad), StringComparison.Ordinal);
        var good = await clerk.GetStringAsync("/disclosures/settings?handler=Preview&orgCode=000014349&pattern=" + Uri.EscapeDataString("{org}/{yyyy}-{seq:5}"));
        Assert.Matches("<code>000014349/20\\d\\d-00001</code>\\s*<code>000014349/20\\d\\d-00002</code>", good);

        using (var refused = await Workflow.PostAsync(clerk, "/disclosures/settings", "/disclosures/settings", new Dictionary<string, string> { ["orgCode"] = "0000 14349", ["pattern"] = "{org}/{yyyy}-{seq:5}" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("只能由字母、数字", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var invalid = await Workflow.PostAsync(clerk, "/disclosures/new", "/disclosures/new", Fields(title: " ", category: "16")))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
            var html = await invalid.Content.ReadAsStringAsync();
            Assert.Contains("请选择第二十条所列的信息类别", html, StringComparison.Ordinal);
        }

        Assert.Empty(await AuditLog.RecentAsync(app.Database, "disclosure"));
    }

    [Fact]
    public async Task NoQueryValueOnTheCatalogueMakesAServerError()
    {
        using var app = new WebApp();
        using var client = app.Client();
        string[] values = ["0", "-1", "2147483647", "-2147483648", "9223372036854775807", "abc", "%27%20OR%201%3D1--", "%25", "_", new string('9', 400), "%E4%B8%AD"];
        var failures = new List<string>();
        foreach (var path in new[] { "/open?q={0}", "/open?q=a%00{0}", "/open?page={0}", "/open?year={0}", "/open?agency={0}", "/open?category={0}", "/open/{0}" })
        {
            foreach (var value in values)
            {
                var url = string.Format(CultureInfo.InvariantCulture, path, value);
                using var response = await client.GetAsync(url);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{url}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>A clerk of the agency, signed in: the account <paramref name="login"/>-xxxx, shown as <paramref name="displayName"/>.</summary>
    private static async Task<HttpClient> SignedInAsync(WebApp app, long agencyId, string displayName, string login)
    {
        const string password = "Test-Passw0rd-1";
        var user = new WebUser { UserName = $"{login}-{Guid.NewGuid().ToString("N")[..4]}", DisplayName = displayName, Role = Roles.Clerk, AgencyId = agencyId };
        using (var scope = app.Services.CreateScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<UserManager<WebUser>>().CreateAsync(user, password);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        var client = app.Client();
        await WebApp.SignInAsync(client, user.UserName, password);
        return client;
    }

    private static async Task SettingsAsync(HttpClient clerk, string orgCode, string pattern)
    {
        using var saved = await Workflow.PostAsync(clerk, "/disclosures/settings", "/disclosures/settings", new Dictionary<string, string> { ["orgCode"] = orgCode, ["pattern"] = pattern });
        Workflow.AssertRedirect(saved, "/disclosures/settings?done=saved");
    }

    private static async Task<long> CreateAsync(HttpClient clerk, Dictionary<string, string> fields)
    {
        using var created = await Workflow.PostAsync(clerk, "/disclosures/new", "/disclosures/new", fields);
        Workflow.AssertRedirect(created, "/disclosures/");
        var location = created.Headers.Location!.OriginalString;
        return long.Parse(location["/disclosures/".Length..location.IndexOf('?', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
    }

    private static async Task ActAsync(HttpClient client, long id, string handler, string? comment = null)
    {
        var item = $"/disclosures/{id}";
        using var response = await Workflow.PostAsync(client, item, $"{item}?handler={handler}", new Dictionary<string, string> { ["comment"] = comment ?? "" });
        Workflow.AssertRedirect(response, $"{item}?done={handler.ToLowerInvariant()}");
    }
}
