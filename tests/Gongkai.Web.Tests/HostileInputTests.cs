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
}
