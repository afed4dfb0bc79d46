using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Data;
using Gongkai.Data.Tests.Support;
using Gongkai.Web.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Support;

/// <summary>
/// The real web application in process, on its own database: an SQLite file in a temporary directory, or a new
/// database on the test PostgreSQL server. The five seed reports are imported at start (as on a fresh install).
/// </summary>
public sealed partial class WebApp : WebApplicationFactory<Program>
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "gk-web-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string db;
    private readonly Dictionary<string, string?> settings;

    public WebApp(bool postgres = false, IDictionary<string, string?>? settings = null)
    {
        Directory.CreateDirectory(directory);
        db = postgres ? PostgresServer.Shared.CreateDatabase() : Path.Combine(directory, "gongkai.db");
        this.settings = new Dictionary<string, string?>
        {
            ["db"] = db,
            ["Gongkai:Samples"] = Path.Combine(AppContext.BaseDirectory, "seeds"),
            ["Gongkai:CheckApiPerMinute"] = "100000",
            ["Gongkai:PublicFormsPerMinute"] = "100000",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            this.settings[k] = v;
        }
    }

    public Database Database => Services.GetRequiredService<Database>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (k, v) in settings)
        {
            builder.UseSetting(k, v);
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects (so a test sees 302 to the login page).</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A new account with a known password (no forced change).</summary>
    public async Task<(WebUser User, string Password)> CreateUserAsync(string role, long? agencyId = null, string? name = null)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WebUser>>();
        var user = new WebUser { UserName = name ?? $"{role}{Guid.NewGuid().ToString("N")[..6]}", DisplayName = name ?? role, Role = role, AgencyId = agencyId };
        const string password = "Test-Passw0rd-1";
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return (user, password);
    }

    /// <summary>A client signed in as a new account of this role.</summary>
    public async Task<HttpClient> SignedInAsync(string role, long? agencyId = null)
    {
        var (user, password) = await CreateUserAsync(role, agencyId);
        var client = Client();
        await SignInAsync(client, user.UserName, password);
        return client;
    }

    public static async Task SignInAsync(HttpClient client, string userName, string password)
    {
        var token = await AntiforgeryTokenAsync(client, "/account/login");
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The antiforgery token of the first form on a page (the cookie half stays in the client).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return TokenFrom(html);
    }

    public static string TokenFrom(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("no antiforgery token on the page");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

/// <summary>A scope with the account manager, for tests that change an account directly.</summary>
public static class ScopeExtensions
{
    public static UsersScope CreateAsyncScopeCompat(this IServiceProvider services) => new(services.CreateScope());

    public sealed class UsersScope(IServiceScope scope) : IDisposable
    {
        public UserManager<WebUser> Users { get; } = scope.ServiceProvider.GetRequiredService<UserManager<WebUser>>();

        public void Dispose() => scope.Dispose();
    }
}
