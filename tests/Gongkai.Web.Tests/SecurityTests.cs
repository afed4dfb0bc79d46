using System.Net;
using Dapper;
using Gongkai.Web.Accounts;
using Gongkai.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Web.Tests;

/// <summary>Cookies, headers, CSRF, redirects, lockout and the append-only tables, as an attacker would probe them.</summary>
public sealed class SecurityTests
{
    [Fact]
    public async Task TheSignInCookieIsHttpOnlySameSiteStrictAndSecureOverHttps()
    {
        using var app = new WebApp();
        var (user, password) = await app.CreateUserAsync(Roles.Reviewer);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var token = await WebApp.AntiforgeryTokenAsync(client, "/account/login");

        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user.UserName, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("gk-auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=strict", cookie);
        Assert.Contains("secure", cookie);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/check")]
    [InlineData("/reports/1")]
    [InlineData("/api/reports")]
    public async Task EveryResponseForbidsFramingSniffingAndForeignScripts(string path)
    {
        using var app = new WebApp();
        using var client = app.Client();

        using var response = await client.GetAsync(path);

        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task AFormPostedWithoutItsAntiforgeryTokenIsRefused()
    {
        using var app = new WebApp();
        var (user, password) = await app.CreateUserAsync(Roles.Reviewer);
        using var client = app.Client();

        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user.UserName, ["Password"] = password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith("gk-auth=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task ReturnAddressesLeadOnlyBackIntoTheSite(string returnUrl)
    {
        using var app = new WebApp();
        var (user, password) = await app.CreateUserAsync(Roles.Clerk);
        using var client = app.Client();

        using var lang = await client.GetAsync("/lang/en?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal("/", lang.Headers.Location!.OriginalString);

        var token = await WebApp.AntiforgeryTokenAsync(client, "/account/login");
        using var login = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user.UserName, ["Password"] = password, ["ReturnUrl"] = returnUrl, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal("/", login.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne()
    {
        using var app = new WebApp();
        var (user, password) = await app.CreateUserAsync(Roles.Clerk);
        using var client = app.Client();

        async Task<HttpResponseMessage> TryAsync(string p)
        {
            var token = await WebApp.AntiforgeryTokenAsync(client, "/account/login");
            return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = user.UserName, ["Password"] = p, ["__RequestVerificationToken"] = token,
            }));
        }

        for (var i = 0; i < 5; i++)
        {
            (await TryAsync("wrong-" + i)).Dispose();
        }

        using var right = await TryAsync(password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("已锁定", await right.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheAuditLogAndThePublicationsCannotBeChangedOrDeleted(bool postgres)
    {
        using var app = new WebApp(postgres);
        using var client = app.Client();
        await using var c = await app.Database.OpenAsync();
        await c.ExecuteAsync("INSERT INTO audit_log (at, user_name, action, entity) VALUES ('2026-01-01T00:00:00Z', 'x', 'test', 'test')");

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => c.ExecuteAsync("UPDATE audit_log SET action = 'changed'"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => c.ExecuteAsync("DELETE FROM audit_log"));
        Assert.Equal(1, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'test'"));

        var report = await c.ExecuteScalarAsync<long>("SELECT MIN(id) FROM reports");
        await c.ExecuteAsync("INSERT INTO publications (report_id, published_at, file_sha256) VALUES (@report, '2026-01-01T00:00:00Z', 'x')", new { report });
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => c.ExecuteAsync("UPDATE publications SET published_at = '2020-01-01T00:00:00Z'"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => c.ExecuteAsync("DELETE FROM publications"));
    }

    [Fact]
    public async Task AFirstRunAdminMustChangeTheOneTimePasswordBeforeAnythingElse()
    {
        using var app = new WebApp();
        var (user, password) = await app.CreateUserAsync(Roles.Admin);
        using (var scope = app.Services.CreateAsyncScopeCompat())
        {
            var users = scope.Users;
            var stored = (await users.FindByIdAsync(user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))!;
            stored.MustChangePassword = true;
            await users.UpdateAsync(stored);
        }

        using var client = app.Client();
        await WebApp.SignInAsync(client, user.UserName, password);

        using var admin = await client.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Equal("/account/password", admin.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TheForwardedSchemeIsTrustedOnlyWhenTheAppIsSaidToBeBehindAProxy(bool behindProxy)
    {
        using var app = new WebApp(settings: new Dictionary<string, string?> { ["Gongkai:BehindProxy"] = behindProxy ? "true" : "false" });
        using var client = app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/lang/en?returnUrl=/");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await client.SendAsync(request);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("gk-lang=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Equal(behindProxy, cookie.Contains("secure", StringComparison.Ordinal));
    }
}
