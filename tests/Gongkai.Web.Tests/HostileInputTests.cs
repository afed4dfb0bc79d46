using System.Net;
using Gongkai.Web.Tests.Support;
using Xunit.Abstractions;

namespace Gongkai.Web.Tests;

/// <summary>Extreme and malformed query values on every public page and read endpoint: refused or answered, never a server error.</summary>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    private static readonly string[] Paths =
    [
        "/agencies?parent={0}", "/agencies/{0}", "/reports/{0}", "/reports/{0}/download/pdf", "/search?q={0}", "/compare?ids={0}",
        "/compare?ids=1&agency={0}&year={0}", "/dashboard?agency={0}", "/dashboard?year={0}", "/error/{0}",
        "/api/agencies?parent={0}", "/api/agencies/{0}", "/api/reports?agency={0}", "/api/reports?year={0}", "/api/reports?page={0}",
        "/api/reports/{0}", "/api/reports/{0}/file", "/api/rollup?agency={0}", "/api/rollup?year={0}", "/api/export?format=csv&year={0}",
        "/lang/{0}?returnUrl={0}", "/search?q=a%00{0}", "/deadline?start={0}&days={0}", "/deadline?start=2025-01-27&days={0}",
        "/apply?agency={0}", "/apply?q={0}", "/open?q={0}&agency={0}&year={0}&page={0}", "/open/{0}",
    ];

    /// <summary>Casework pages a clerk reads, with a hostile value in the route or query.</summary>
    private static readonly string[] ClerkPaths =
    [
        "/cases?agency={0}&filter={0}&q={0}&year={0}", "/cases?handler=Csv&q={0}", "/cases/{0}", "/cases/report/{0}", "/cases/1/notice?kind={0}&index={0}", "/cases/overview?agency={0}",
    ];

    /// <summary>Hostile form values: impossible dates, huge and odd text.</summary>
    private static readonly string[] FormValues =
    [
        "2026-02-30", "9999-99-99", "0001-01-01", "-1", "2147483648", "", new string('字', 20_000), "<script>alert(1)</script>", "Disclosed,Nope", "NaN",
    ];

    private static readonly string[] Values =
    [
        "0", "-1", "2147483647", "-2147483648", "9223372036854775807", "-9223372036854775808", "1e9", "abc", "%27%20OR%201%3D1--",
        "..%2F..%2Fetc%2Fpasswd", "%3Cscript%3E", new string('9', 400), "1,2,3,4,5,6,7,8,9,10,11,12", "%E4%B8%AD",
    ];

    [Fact]
    public async Task NoQueryOrRouteValueMakesAServerError()
    {
        using var app = new WebApp();
        using var client = app.Client();
        var failures = new List<string>();
        foreach (var path in Paths)
        {
            foreach (var value in Values)
            {
                var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, path, value);
                using var response = await client.GetAsync(url);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{url}: {(int)response.StatusCode}");
                }

                output.WriteLine($"{(int)response.StatusCode} {url}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task NoValueAClerkOrAnApplicantCanPostToTheCaseworkFormsMakesAServerError()
    {
        using var app = new WebApp();
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        using var clerk = await app.SignedInAsync(Gongkai.Web.Accounts.Roles.Clerk, agency.Id);
        using var applicant = app.Client();
        var id = await CaseworkTests.RegisterAsync(clerk, "2026-03-02");
        var failures = new List<string>();
        foreach (var path in ClerkPaths)
        {
            foreach (var value in Values)
            {
                var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, path, value);
                using var response = await clerk.GetAsync(url);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"GET {url}: {(int)response.StatusCode}");
                }
            }
        }

        string[] steps = ["confirm", "correction", "corrected", "nocorrection", "consult", "delivered", "answered", "extend", "reasons", "explained", "defer", "fee", "paid", "unpaid", "decide", "withdraw", "archive"];
        string[] fields = ["date", "sent", "items", "correctBy", "party", "index", "approver", "approved", "reason", "grounds", "explainBy", "notified", "until", "method", "pages", "parts", "chosen", "reasons", "provided", "note"];
        foreach (var value in FormValues)
        {
            var form = fields.ToDictionary(f => f, _ => value);
            foreach (var step in steps)
            {
                using var response = await Workflow.PostAsync(clerk, $"/cases/{id}", $"/cases/{id}/{step}", form);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"POST /cases/{id}/{step} = {value[..Math.Min(20, value.Length)]}: {(int)response.StatusCode}");
                }
            }

            var intake = new[] { "channel", "arrived", "confirmed", "applicantType", "name", "idDocument", "phone", "email", "address", "content", "form", "delivery" }.ToDictionary(f => f, _ => value);
            foreach (var (client, page, action) in new[] { (clerk, "/cases/new", "/cases/new"), (applicant, $"/apply?agency={agency.Id}", $"/apply?agency={agency.Id}"), (applicant, "/track", "/track"), (applicant, "/track", "/track/notice") })
            {
                using var response = await Workflow.PostAsync(client, page, action, new Dictionary<string, string>(intake) { ["code"] = value, ["kind"] = value });
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"POST {action} = {value[..Math.Min(20, value.Length)]}: {(int)response.StatusCode}");
                }
            }

            var figures = new[] { "licensing", "penalty", "feesWan", "processingFees", "rulesIssued" }.ToDictionary(f => f, _ => value);
            using var generated = await Workflow.PostAsync(clerk, "/cases/report/2026", "/cases/report/2026", figures);
            if ((int)generated.StatusCode >= 500)
            {
                failures.Add($"POST /cases/report/2026 = {value[..Math.Min(20, value.Length)]}: {(int)generated.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
