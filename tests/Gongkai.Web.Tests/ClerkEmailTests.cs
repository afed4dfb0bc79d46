using System.Net;
using Dapper;
using Gongkai.Web.Accounts;
using Gongkai.Web.Tests.Support;

namespace Gongkai.Web.Tests;

/// <summary>The e-mail reminders go to: set by the admin on the users page or by the user on the account page, validated and audited.</summary>
public sealed class ClerkEmailTests
{
    [Theory]
    [InlineData("lisi@example.gov.cn", "lisi@example.gov.cn")]
    [InlineData("  li.si+cases@mail.example.cn ", "li.si+cases@mail.example.cn")]
    [InlineData("", null)]
    [InlineData("   ", null)]
    public void AnAddressIsStoredTrimmedAndAnEmptyFieldClearsIt(string typed, string? stored)
    {
        Assert.True(EmailAddress.TryNormalize(typed, out var address));
        Assert.Equal(stored, address);
    }

    [Theory]
    [InlineData("lisi")]
    [InlineData("lisi@localhost")]
    [InlineData("李四 <lisi@example.gov.cn>")]
    [InlineData("lisi@example.gov.cn, wangwu@example.gov.cn")]
    [InlineData("li si@example.gov.cn")]
    [InlineData("李四@example.gov.cn")]
    [InlineData("lisi@example.")]
    [InlineData("lisi@[127.0.0.1]")]
    public void AnythingButOneBareAddressIsRefused(string typed) => Assert.False(EmailAddress.TryNormalize(typed, out _));

    [Fact]
    public async Task TheAdminSetsAndClearsAClerksEmailAndEachChangeIsAudited()
    {
        using var app = new WebApp(settings: new Dictionary<string, string?> { ["Gongkai:Reminders:IntervalMinutes"] = "0" });
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        var (clerk, _) = await app.CreateUserAsync(Roles.Clerk, agency.Id);
        using var admin = await app.SignedInAsync(Roles.Admin);
        var action = $"/admin/users/email?id={clerk.Id}";

        using (var set = await Workflow.PostAsync(admin, "/admin/users", action, new Dictionary<string, string> { ["Email"] = " lisi@example.gov.cn " }))
        {
            Workflow.AssertRedirect(set, "/admin/users");
        }

        Assert.Equal("lisi@example.gov.cn", await EmailAsync(app, clerk.Id));
        Assert.Contains("value=\"lisi@example.gov.cn\"", await admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);
        using (var refused = await Workflow.PostAsync(admin, "/admin/users", action, new Dictionary<string, string> { ["Email"] = "李四 <lisi@example.gov.cn>" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("电子邮箱格式不对", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal("lisi@example.gov.cn", await EmailAsync(app, clerk.Id));
        using (var cleared = await Workflow.PostAsync(admin, "/admin/users", action, new Dictionary<string, string> { ["Email"] = "" }))
        {
            Workflow.AssertRedirect(cleared, "/admin/users");
        }

        Assert.Null(await EmailAsync(app, clerk.Id));
        await using var c = await app.Database.OpenAsync();
        var audit = (await c.QueryAsync<(string Before, string After)>(
            "SELECT before_json, after_json FROM audit_log WHERE action = 'user.email' AND entity_id = @id ORDER BY id", new { id = clerk.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) })).ToList();
        Assert.Equal(2, audit.Count);
        Assert.Contains("\"email\":null", audit[0].Before, StringComparison.Ordinal);
        Assert.Contains("\"email\":\"lisi@example.gov.cn\"", audit[0].After, StringComparison.Ordinal);
        Assert.Contains("\"email\":null", audit[1].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAccountCreatedWithAnEmailKeepsIt()
    {
        using var app = new WebApp(settings: new Dictionary<string, string?> { ["Gongkai:Reminders:IntervalMinutes"] = "0" });
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        using var admin = await app.SignedInAsync(Roles.Admin);

        using var created = await Workflow.PostAsync(admin, "/admin/users", "/admin/users/create", new Dictionary<string, string>
        {
            ["UserName"] = "wangwu", ["DisplayName"] = "王五", ["Role"] = Roles.Clerk, ["Agency"] = $"#{agency.Id}", ["Email"] = "wangwu@example.gov.cn",
        });

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        await using var c = await app.Database.OpenAsync();
        Assert.Equal("wangwu@example.gov.cn", await c.ExecuteScalarAsync<string?>("SELECT email FROM users WHERE user_name = 'wangwu'"));
    }

    [Fact]
    public async Task AUserSetsTheirOwnEmailOnTheAccountPage()
    {
        using var app = new WebApp(settings: new Dictionary<string, string?> { ["Gongkai:Reminders:IntervalMinutes"] = "0" });
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        var (clerk, password) = await app.CreateUserAsync(Roles.Clerk, agency.Id);
        using var client = app.Client();
        await WebApp.SignInAsync(client, clerk.UserName, password);
        const string Action = "/account/password?handler=Email";

        using (var refused = await Workflow.PostAsync(client, "/account/password", Action, new Dictionary<string, string> { ["Email"] = "not an address" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        }

        using (var saved = await Workflow.PostAsync(client, "/account/password", Action, new Dictionary<string, string> { ["Email"] = "me@example.gov.cn" }))
        {
            Workflow.AssertRedirect(saved, "/account/password?done=email");
        }

        Assert.Equal("me@example.gov.cn", await EmailAsync(app, clerk.Id));
        var page = await client.GetStringAsync("/account/password?done=email");
        Assert.Contains("id=\"email-saved\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"me@example.gov.cn\"", page, StringComparison.Ordinal);
        await using var c = await app.Database.OpenAsync();
        Assert.Equal(clerk.UserName, await c.ExecuteScalarAsync<string>("SELECT user_name FROM audit_log WHERE action = 'user.email' AND entity_id = @id", new { id = clerk.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
    }

    private static async Task<string?> EmailAsync(WebApp app, long userId)
    {
        await using var c = await app.Database.OpenAsync();
        return await c.ExecuteScalarAsync<string?>("SELECT email FROM users WHERE id = @userId", new { userId });
    }
}
