using System.Net;
using Dapper;
using Gongkai.Data;

namespace Gongkai.Web.Tests.Support;

/// <summary>Posting forms as a browser would (with the page's antiforgery token), and the sample agencies the tests act for.</summary>
public static class Workflow
{
    /// <summary>Posts a form with the antiforgery token of <paramref name="page"/>; htmx requests also carry the header htmx sends.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string action, IDictionary<string, string> fields, bool htmx = false)
    {
        var token = TokenOfForm(await client.GetStringAsync(page), action);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(form) };
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
            request.Headers.Add("RequestVerificationToken", token);
        }

        return await client.SendAsync(request);
    }

    /// <summary>
    /// The antiforgery token inside the page's form that posts to <paramref name="action"/> (its <c>action</c> or
    /// <c>hx-post</c>), so a form that lacks one fails the test as it would fail a browser; the page's first token
    /// when no form on the page posts there (a request made by a test only).
    /// </summary>
    public static string TokenOfForm(string html, string action)
    {
        foreach (var attribute in new[] { $"action=\"{action}\"", $"hx-post=\"{action}\"" })
        {
            var at = html.IndexOf(attribute, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var start = html.LastIndexOf("<form", at, StringComparison.Ordinal);
            var end = html.IndexOf("</form>", at, StringComparison.Ordinal);
            Assert.True(start >= 0 && end > at, $"no form around {attribute}");
            return WebApp.TokenFrom(html[start..end]);
        }

        return WebApp.TokenFrom(html);
    }

    /// <summary>A sample agency with a registry report, the region above it (a reviewer's root) and an agency outside that region.</summary>
    public static async Task<(Agency Agency, int LastYear, Agency Root, Agency Outsider)> SampleAgenciesAsync(Database database)
    {
        await using var c = await database.OpenAsync();
        var agencies = (await c.QueryAsync<Agency>(
            "SELECT id AS Id, parent_id AS ParentId, path AS Path, kind AS Kind, code AS Code, name AS Name, full_name AS FullName, confidence AS Confidence, evidence AS Evidence, placed_by AS PlacedBy " +
            "FROM agencies WHERE id IN (SELECT agency_id FROM reports WHERE year IS NOT NULL) ORDER BY id")).ToList();
        Assert.True(agencies.Count >= 2, "the samples give at least two agencies");
        var agency = agencies.OrderByDescending(a => a.Depth).First();
        var lastYear = (int)await c.ExecuteScalarAsync<long>("SELECT MAX(year) FROM reports WHERE agency_id = @Id", new { agency.Id });
        var rootId = agency.PathIds[^2];
        var root = (await Data.Queries.AgencyQueries.ByIdAsync(c, rootId))!;
        var outsider = agencies.First(a => !a.Path.StartsWith(root.Path, StringComparison.Ordinal));
        return (agency, lastYear, root, outsider);
    }

    public static void AssertRedirect(HttpResponseMessage response, string startsWith)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"expected a redirect, got {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result[..Math.Min(2000, response.Content.ReadAsStringAsync().Result.Length)]}");
        var location = response.Headers.Location!;
        Assert.StartsWith(startsWith, location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString, StringComparison.Ordinal);
    }
}
