using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Dapper;
using Gongkai.Web.Accounts;
using Gongkai.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Gongkai.Web.Tests;

/// <summary>
/// Every endpoint of the application — each Razor Pages handler and each mapped route, found by asking the running
/// app, not from a list kept by hand — answered for each role exactly as the matrix below says: allowed, or refused
/// (401/403, or a redirect to the sign-in or access-denied page). An endpoint missing from the matrix fails the test,
/// so a new page cannot ship without a decision about who may use it.
/// </summary>
public sealed partial class AuthorizationMatrixTests(ITestOutputHelper output)
{
    private const string P = "public", C = "clerk", R = "reviewer", A = "admin";

    private static readonly string[] Everyone = [P, C, R, A];
    private static readonly string[] SignedIn = [C, R, A];
    private static readonly string[] ClerkOnly = [C];
    private static readonly string[] Reviewers = [R, A];
    private static readonly string[] AdminOnly = [A];

    /// <summary>Who may use each endpoint: "METHOD route[?handler=Name]".</summary>
    private static readonly Dictionary<string, string[]> Matrix = new()
    {
        // Public portal, checker and read API.
        ["GET /"] = Everyone,
        ["GET /agencies"] = Everyone,
        ["GET /agencies/{id:long}"] = Everyone,
        ["GET /reports/{id:long}"] = Everyone,
        ["GET /reports/{id:long}/download/{format}"] = Everyone,
        ["GET /search"] = Everyone,
        ["GET /compare"] = Everyone,
        ["GET /dashboard"] = Everyone,
        ["GET /check"] = Everyone,
        ["GET /deadline"] = Everyone,
        ["POST /check"] = Everyone,
        ["POST /check?handler=Docx"] = Everyone,
        ["POST /check?handler=Json"] = Everyone,
        ["GET /error/{code:int}"] = Everyone,
        ["POST /error/{code:int}"] = Everyone,
        ["GET /lib/{name}"] = Everyone,
        ["GET /css/{name}"] = Everyone,
        ["GET /js/{name}"] = Everyone,
        ["GET /lang/{lang}"] = Everyone,
        ["GET /openapi/{documentName}.json"] = Everyone,
        ["GET /api/agencies"] = Everyone,
        ["GET /api/agencies/{id:long}"] = Everyone,
        ["GET /api/reports"] = Everyone,
        ["GET /api/reports/{id:long}"] = Everyone,
        ["GET /api/reports/{id:long}/file"] = Everyone,
        ["GET /api/rollup"] = Everyone,
        ["GET /api/export"] = Everyone,
        ["POST /api/check"] = Everyone,

        // Writing to the registry through the API: a reviewer's or an admin's token.
        ["POST /api/reports"] = Reviewers,

        // Accounts.
        ["GET /account/login"] = Everyone,
        ["POST /account/login"] = Everyone,
        ["GET /account/denied"] = Everyone,
        ["GET /account/logout"] = Everyone,
        ["POST /account/logout"] = Everyone,
        ["GET /account/password"] = SignedIn,
        ["POST /account/password"] = SignedIn,
        ["GET /account/tokens"] = SignedIn,
        ["POST /account/tokens?handler=Issue"] = SignedIn,
        ["POST /account/tokens?handler=Revoke"] = SignedIn,

        // Authoring: an agency's clerk.
        ["GET /author"] = ClerkOnly,
        ["GET /author/{year:int}/{handler?}"] = ClerkOnly,
        ["GET /author/{year:int}/{handler?}?handler=Docx"] = ClerkOnly,
        ["GET /author/{year:int}/{handler?}?handler=Pdf"] = ClerkOnly,
        ["POST /author/{year:int}/{handler?}?handler=Live"] = ClerkOnly,
        ["POST /author/{year:int}/{handler?}?handler=Save"] = ClerkOnly,
        ["POST /author/{year:int}/{handler?}?handler=Submit"] = ClerkOnly,

        // Review: a superior office (or the admin).
        ["GET /review"] = Reviewers,
        ["GET /review/{id:long}/{handler?}"] = Reviewers,
        ["POST /review/{id:long}/{handler?}?handler=Comment"] = Reviewers,
        ["POST /review/{id:long}/{handler?}?handler=Return"] = Reviewers,
        ["POST /review/{id:long}/{handler?}?handler=Accept"] = Reviewers,
        ["POST /review/{id:long}/{handler?}?handler=Publish"] = Reviewers,

        // Casework reminders and overview.
        ["GET /cases/overview"] = SignedIn,
        ["POST /admin/users/{handler?}?handler=Email"] = AdminOnly,
        ["POST /account/password?handler=Email"] = SignedIn,

        // Administration.
        ["GET /admin/users/{handler?}"] = AdminOnly,
        ["POST /admin/users/{handler?}?handler=Create"] = AdminOnly,
        ["POST /admin/users/{handler?}?handler=Lock"] = AdminOnly,
        ["POST /admin/users/{handler?}?handler=Unlock"] = AdminOnly,
        ["GET /admin/audit"] = AdminOnly,

        // Casework: applications, appeals, the report from records (clerks act; reviewers and admins read).
        ["GET /cases"] = SignedIn,
        ["GET /cases?handler=Csv"] = SignedIn,
        ["GET /cases/new"] = ClerkOnly,
        ["POST /cases/new"] = ClerkOnly,
        ["GET /cases/{id:long}/{handler?}"] = SignedIn,
        ["GET /cases/{id:long}/{handler?}?handler=Notice"] = SignedIn,
        ["POST /cases/{id:long}/{handler?}?handler=Confirm"] = ClerkOnly,
        ["POST /cases/{id:long}/{handler?}?handler=Correction"] = ClerkOnly,
        ["POST /cases/{id:long}/{handler?}?handler=Corrected"] = ClerkOnly,
        ["POST /cases/{id:long}/{handler?}?handler=NoCorrection"] = ClerkOnly,
        ["POST /cases/{id:long}/{handler?}?handler=Consult"] = ClerkOnly,
        ["POST /cases/{id:long}/{handler?}?handler=Answered"] = ClerkOnly,
        ["POST /cases/{id:long}/{handler?}?handler=Delivered"] = ClerkOnly,
        ["POST /cases/{id:long}/{handler?}?handler=Reasons"] = ClerkOnly,
        ["POST /cases/{id:long}/{handler?}?handler=Explained"] = ClerkOnly,
        ["POST /cases/{id:long}/{handler?}?handler=Defer"] = ClerkOnly,
        ["POST /cases/{id:long}/{handler?}?handler=Extend"] = ClerkOnly,
        ["POST /cases/{id:long}/{handler?}?handler=Fee"] = ClerkOnly,
        ["POST /cases/{id:long}/{handler?}?handler=Paid"] = ClerkOnly,
        ["POST /cases/{id:long}/{handler?}?handler=Unpaid"] = ClerkOnly,
        ["POST /cases/{id:long}/{handler?}?handler=Decide"] = ClerkOnly,
        ["POST /cases/{id:long}/{handler?}?handler=Withdraw"] = ClerkOnly,
        ["POST /cases/{id:long}/{handler?}?handler=Archive"] = ClerkOnly,
        ["POST /cases/{id:long}/{handler?}?handler=Take"] = ClerkOnly,
        ["POST /cases/{id:long}/{handler?}?handler=Amend"] = ClerkOnly,
        ["GET /cases/appeals/{handler?}"] = SignedIn,
        ["POST /cases/appeals/{handler?}?handler=Add"] = ClerkOnly,
        ["POST /cases/appeals/{handler?}?handler=Decide"] = ClerkOnly,
        ["GET /cases/report/{year:int?}"] = ClerkOnly,
        ["POST /cases/report/{year:int?}"] = ClerkOnly,
        ["GET /cases/settings"] = ClerkOnly,
        ["POST /cases/settings"] = ClerkOnly,
        ["GET /admin/calendar"] = AdminOnly,
        ["POST /admin/calendar"] = AdminOnly,

        // The casework API: public calculator, tracking and catalogue; cases and the generated report with a token.
        ["GET /api/deadline"] = Everyone,
        ["POST /api/track"] = Everyone,
        ["GET /api/catalogue"] = Everyone,
        ["GET /api/cases"] = SignedIn,
        ["GET /api/cases/{id:long}"] = SignedIn,
        ["GET /api/cases/report/{year:int}"] = SignedIn,

        // The applicant portal: anyone may apply and track.
        ["GET /apply"] = Everyone,
        ["POST /apply"] = Everyone,
        ["GET /track/{handler?}"] = Everyone,
        ["POST /track/{handler?}"] = Everyone,
        ["POST /track/{handler?}?handler=Notice"] = Everyone,

        // Proactive disclosure (主动公开).
        ["GET /disclosures"] = SignedIn,
        ["GET /disclosures/new"] = ClerkOnly,
        ["POST /disclosures/new"] = ClerkOnly,
        ["GET /disclosures/settings"] = ClerkOnly,
        ["GET /disclosures/settings?handler=Preview"] = ClerkOnly,
        ["POST /disclosures/settings"] = ClerkOnly,
        ["GET /disclosures/{id:long}"] = SignedIn,
        ["POST /disclosures/{id:long}?handler=Submit"] = ClerkOnly,
        ["POST /disclosures/{id:long}?handler=Pass"] = ClerkOnly,
        ["POST /disclosures/{id:long}?handler=Reject"] = ClerkOnly,
        ["POST /disclosures/{id:long}?handler=Revise"] = ClerkOnly,
        ["POST /disclosures/{id:long}?handler=Withdraw"] = ClerkOnly,
        ["GET /disclosures/{id:long}/edit"] = ClerkOnly,
        ["POST /disclosures/{id:long}/edit"] = ClerkOnly,
        ["GET /open"] = Everyone,
        ["GET /open/{id:long}"] = Everyone,
    };

    /// <summary>Pages whose answer is a fixed status for everyone (the access-denied page says 403 to whoever reads it).</summary>
    private static readonly Dictionary<string, HttpStatusCode> FixedStatus = new() { ["GET /account/denied"] = HttpStatusCode.Forbidden };

    [Fact]
    public async Task EveryEndpointIsInTheMatrixAndEveryRoleGetsExactlyWhatTheMatrixAllows()
    {
        using var app = new WebApp();
        var endpoints = await EndpointsAsync(app);

        Assert.Empty(endpoints.Except(Matrix.Keys));
        Assert.Empty(Matrix.Keys.Except(endpoints));

        var context = await SetUpAsync(app);
        var failures = new List<string>();
        // Requests that end a session or change state for later checks go last.
        foreach (var endpoint in endpoints.OrderBy(e => e.Contains("logout", StringComparison.Ordinal)).ThenBy(e => e.StartsWith("POST", StringComparison.Ordinal)).ThenBy(e => e, StringComparer.Ordinal))
        {
            foreach (var role in Everyone)
            {
                var (status, location) = await SendAsync(app, context, role, endpoint);
                var refused = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                    || (status is HttpStatusCode.Redirect or HttpStatusCode.Found && (location.StartsWith("/account/login", StringComparison.Ordinal) || location.StartsWith("/account/denied", StringComparison.Ordinal)));
                var allowed = Matrix[endpoint].Contains(role);
                if (FixedStatus.TryGetValue(endpoint, out var expected))
                {
                    refused = status != expected;
                }

                output.WriteLine($"{endpoint,-62} {role,-9} {(int)status} {location}");
                if ((int)status >= 500)
                {
                    failures.Add($"{endpoint} as {role}: {(int)status}");
                }
                else if (allowed == refused)
                {
                    failures.Add($"{endpoint} as {role}: {(allowed ? "should be allowed" : "should be refused")}, got {(int)status} {location}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task ARequestForAHandlerAPageDoesNotHaveIsNeverAServerError()
    {
        using var app = new WebApp();
        var context = await SetUpAsync(app);
        var pages = (await EndpointsAsync(app)).Where(e => !e.Contains("/api/", StringComparison.Ordinal))
            .Select(e => e[(e.IndexOf(' ', StringComparison.Ordinal) + 1)..]).Select(e => e.Split("?handler=")[0]).Distinct().ToList();
        var failures = new List<string>();
        foreach (var page in pages.Where(p => !p.Contains("{name}", StringComparison.Ordinal) && !p.Contains("{lang}", StringComparison.Ordinal) && !p.Contains("openapi", StringComparison.Ordinal) && !p.Contains("{format}", StringComparison.Ordinal) && p != "/account/denied"))
        {
            foreach (var role in Everyone)
            {
                foreach (var endpoint in new[] { $"GET {page}?handler=Nope", $"POST {page}?handler=Nope", $"POST {page}", $"PUT {page}", $"DELETE {page}" })
                {
                    var (status, location) = await SendAsync(app, context, role, endpoint);
                    if ((int)status >= 500)
                    {
                        failures.Add($"{endpoint} as {role}: {(int)status} {location}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Every endpoint of the running app: each Razor Pages handler (method and name) and each other route with its methods.</summary>
    private static async Task<List<string>> EndpointsAsync(WebApp app)
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var list = new List<string>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                if (compiled.HandlerMethods.Count == 0)
                {
                    list.Add($"GET {pattern}"); // a page without a model answers GET (and renders for any method)
                }

                foreach (var handler in compiled.HandlerMethods)
                {
                    list.Add($"{handler.HttpMethod.ToUpperInvariant()} {pattern}{(handler.Name is { } n ? "?handler=" + n : "")}");
                }
            }
            else
            {
                foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                {
                    list.Add($"{method} {pattern}");
                }
            }
        }

        return [.. list.Distinct()];
    }

    private sealed record Context(Dictionary<string, HttpClient> Clients, Dictionary<string, string> Tokens, Dictionary<string, string> Csrf, long ReportId, long AgencyId, long SubmissionId, int Year, long CaseId = 0, long DisclosureId = 0);

    /// <summary>A client per role (the clerk acts for a sample agency, the reviewer for the region above it), each with an API token, and one submitted report to review.</summary>
    private static async Task<Context> SetUpAsync(WebApp app)
    {
        var (agency, lastYear, root, _) = await Workflow.SampleAgenciesAsync(app.Database);
        var clients = new Dictionary<string, HttpClient> { [P] = app.Client() };
        var tokens = new Dictionary<string, string>();
        long clerkId = 0;
        foreach (var (role, agencyId) in new[] { (C, (long?)agency.Id), (R, root.Id), (A, null) })
        {
            var (user, password) = await app.CreateUserAsync(role, agencyId);
            clerkId = role == C ? user.Id : clerkId;
            var client = app.Client();
            await WebApp.SignInAsync(client, user.UserName, password);
            clients[role] = client;
            tokens[role] = (await ApiTokens.IssueAsync(app.Database, user.Id, "matrix")).Token;
        }

        var csrf = new Dictionary<string, string>();
        foreach (var (role, client) in clients)
        {
            csrf[role] = await WebApp.AntiforgeryTokenAsync(client, role == P ? "/account/login" : "/account/password");
        }

        // The clerk saves a draft for the year after its last report, which the reviewer can then open.
        var year = lastYear + 1;
        using (var save = await Workflow.PostAsync(clients[C], $"/author/{year}", $"/author/{year}?handler=Save", new Dictionary<string, string>()))
        {
            Assert.True(save.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"draft not saved: {(int)save.StatusCode}");
        }

        await using var c = await app.Database.OpenAsync();
        var submission = await c.ExecuteScalarAsync<long>("SELECT id FROM submissions WHERE agency_id = @Id", new { agency.Id });
        var report = await c.ExecuteScalarAsync<long>("SELECT MIN(id) FROM reports");
        // An application of the clerk's agency, for the case pages.
        await using var tx = await c.BeginTransactionAsync();
        var opened = Gongkai.Casework.Applications.ApplicationCase.Open(Gongkai.Casework.Applications.IntakeChannel.InPerson, new DateOnly(2026, 3, 2),
            new Gongkai.Casework.Applications.Applicant(Gongkai.Casework.Statistics.ApplicantType.Natural, "张三", "110101199001011234", Phone: "1"), new Gongkai.Casework.Applications.RequestDetails("名单"));
        var stored = await Gongkai.Data.Casework.CaseStore.InsertAsync(c, tx, app.Database, agency.Id, opened, Gongkai.Casework.WorkingCalendar.Default);
        // A draft of proactive disclosure of the clerk's agency, for the item pages.
        await Gongkai.Data.Casework.DisclosureStore.SaveSettingsAsync(c, tx, app.Database, agency.Id, "000014349", Gongkai.Casework.Disclosure.IndexScheme.Default, clerkId);
        var disclosure = await Gongkai.Data.Casework.DisclosureStore.CreateAsync(c, tx, app.Database, agency.Id,
            new Gongkai.Casework.Disclosure.DisclosureDraft("停车收费标准", "概述", "正文", null, Gongkai.Casework.Disclosure.Article20Category.Fees, Gongkai.Casework.Disclosure.DisclosureMode.Proactive, new DateOnly(2025, 6, 3), null), clerkId);
        await tx.CommitAsync();
        return new Context(clients, tokens, csrf, report, agency.Id, submission, year, stored.Id, disclosure.Id);
    }

    private static async Task<(HttpStatusCode Status, string Location)> SendAsync(WebApp app, Context context, string role, string endpoint)
    {
        var space = endpoint.IndexOf(' ', StringComparison.Ordinal);
        var method = endpoint[..space];
        var url = Url(endpoint[(space + 1)..], context);
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (role != P)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", context.Tokens[role]);
        }

        if (method == "POST")
        {
            if (url.StartsWith("/api/", StringComparison.Ordinal))
            {
                var form = new MultipartFormDataContent();
                var seed = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal).First();
                form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(seed)), "file", Path.GetFileName(seed));
                request.Content = form;
            }
            else
            {
                request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = context.Csrf[role] });
                request.Headers.Add("RequestVerificationToken", context.Csrf[role]);
            }
        }

        // Signing out would end the session the later checks use: it gets a client of its own.
        var client = endpoint.Contains("logout", StringComparison.Ordinal) && method == "POST" && role != P ? await FreshClientAsync(app, role, context) : context.Clients[role];
        using var response = await client.SendAsync(request);
        var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString) : "";
        return (response.StatusCode, location);
    }

    private static async Task<HttpClient> FreshClientAsync(WebApp app, string role, Context context)
    {
        var (user, password) = await app.CreateUserAsync(role, role == C ? context.AgencyId : null);
        var client = app.Client();
        await WebApp.SignInAsync(client, user.UserName, password);
        context.Csrf[role] = await WebApp.AntiforgeryTokenAsync(client, "/account/password");
        return client;
    }

    /// <summary>The route with sample values: a report, an agency, the submission, the year after the clerk's last report.</summary>
    private static string Url(string route, Context context)
    {
        var at = route.IndexOf("?handler=", StringComparison.Ordinal);
        var query = at >= 0 ? route[at..] : "";
        var path = at >= 0 ? route[..at] : route;
        path = Parameter().Replace(path, m => m.Groups[1].Value switch
        {
            "id" when path.StartsWith("/review", StringComparison.Ordinal) => context.SubmissionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "id" when path.Contains("agencies", StringComparison.Ordinal) => context.AgencyId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "id" when path.StartsWith("/cases", StringComparison.Ordinal) || path.StartsWith("/api/cases", StringComparison.Ordinal) => context.CaseId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "id" when path.StartsWith("/disclosures", StringComparison.Ordinal) || path.StartsWith("/open", StringComparison.Ordinal) => context.DisclosureId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "id" => context.ReportId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "year" => context.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "format" => "json",
            "name" when path.StartsWith("/lib", StringComparison.Ordinal) => "htmx.min.js",
            "name" when path.StartsWith("/css", StringComparison.Ordinal) => "site.css",
            "name" => "site.js",
            "lang" => "en",
            "code" => "404",
            "documentName" => "v1",
            "handler" => "",
            var other => throw new InvalidOperationException("no sample value for {" + other + "}"),
        });
        return path.TrimEnd('/') is { Length: > 0 } p ? p + query : "/" + query;
    }

    [GeneratedRegex(@"\{(\w+)(?::\w+)?\??\}")]
    private static partial Regex Parameter();
}
