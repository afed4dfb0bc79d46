using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Dapper;
using Gongkai.Web.Accounts;
using Gongkai.Web.Tests.Support;
using Gongkai.Writing;

namespace Gongkai.Web.Tests;

/// <summary>The REST API: the stateless check, reads on both engines, token-guarded import, ProblemDetails, OpenAPI.</summary>
public sealed class ApiTests
{
    private static readonly string RepoRoot = typeof(ApiTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public static TheoryData<string> Seeds() => [.. Directory.GetFiles(SeedDir, "*.txt").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    public static TheoryData<bool> Engines() => [false, true];

    private static string SeedDir => Path.Combine(AppContext.BaseDirectory, "seeds");

    private static MultipartFormDataContent FileForm(string name, byte[] bytes, string field = "file")
    {
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return new MultipartFormDataContent { { part, field, name } };
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = doc.RootElement.Clone();
        Assert.Equal((int)status, root.GetProperty("status").GetInt32());
        Assert.Matches("^[^（]*[\\u4e00-\\u9fff][^（]*（[^）]+）", root.GetProperty("title").GetString());
        return root;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task TheCheckApiReturnsTheSeedsCanonicalJsonEqualToItsTruthCells(string seed)
    {
        using var app = new WebApp();
        using var client = app.Client();

        using var response = await client.PostAsync("/api/check", FileForm(seed + ".txt", await File.ReadAllBytesAsync(Path.Combine(SeedDir, seed + ".txt"))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var got = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var truth = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepoRoot, "tests", "Gongkai.Core.Tests", "Golden", "seeds", seed + ".truth.json")));
        var lenient = truth.RootElement.TryGetProperty("lenient", out var l) ? l.EnumerateArray().Select(e => e.GetString()).ToHashSet() : [];
        Assert.Equal(CanonicalJson.Schema, got.RootElement.GetProperty("schema").GetString());
        Assert.Equal(truth.RootElement.GetProperty("format").GetString(), got.RootElement.GetProperty("format").GetString());
        Assert.Equal(truth.RootElement.GetProperty("year").GetInt32(), got.RootElement.GetProperty("year").GetInt32());
        var cells = got.RootElement.GetProperty("cells");
        foreach (var p in truth.RootElement.GetProperty("cells").EnumerateObject().Where(p => !lenient.Contains(p.Name)))
        {
            Assert.True(cells.TryGetProperty(p.Name, out var v), p.Name);
            Assert.True(p.Value.ValueKind == JsonValueKind.Null ? v.ValueKind == JsonValueKind.Null : v.ValueKind == JsonValueKind.Number && v.GetDecimal() == p.Value.GetDecimal(), $"{p.Name}: {v} vs {p.Value}");
        }

        Assert.Equal(JsonValueKind.Array, got.RootElement.GetProperty("diagnostics").ValueKind);
    }

    [Fact]
    public async Task CheckApiErrorsAreProblemDetailsWithChineseTitles()
    {
        using var app = new WebApp();
        using var client = app.Client();

        await ProblemAsync(await client.PostAsync("/api/check", new StringContent("x")), HttpStatusCode.UnsupportedMediaType);
        await ProblemAsync(await client.PostAsync("/api/check", FileForm("a.txt", [1], field: "other")), HttpStatusCode.BadRequest);
        await ProblemAsync(await client.PostAsync("/api/check", FileForm("a.exe", "MZ"u8.ToArray())), HttpStatusCode.UnsupportedMediaType);
        var unreadable = await ProblemAsync(await client.PostAsync("/api/check", FileForm("a.txt", "hello"u8.ToArray())), HttpStatusCode.UnprocessableEntity);
        Assert.False(string.IsNullOrEmpty(unreadable.GetProperty("detail").GetString()));
        await ProblemAsync(await client.GetAsync("/api/reports/987654"), HttpStatusCode.NotFound);
        await ProblemAsync(await client.GetAsync("/api/agencies/987654"), HttpStatusCode.NotFound);
        await ProblemAsync(await client.GetAsync("/api/export?format=pdf"), HttpStatusCode.BadRequest);
        await ProblemAsync(await client.GetAsync("/api/reports?page=0"), HttpStatusCode.BadRequest);
        await ProblemAsync(await client.GetAsync("/api/reports?page=2147483647"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task TheCheckApiIsRateLimitedWithAProblem()
    {
        using var app = new WebApp(settings: new Dictionary<string, string?> { ["Gongkai:CheckApiPerMinute"] = "2" });
        using var client = app.Client();

        for (var i = 0; i < 2; i++)
        {
            using var ok = await client.PostAsync("/api/check", FileForm("a.txt", "hello"u8.ToArray()));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, ok.StatusCode);
        }

        var problem = await ProblemAsync(await client.PostAsync("/api/check", FileForm("a.txt", "hello"u8.ToArray())), HttpStatusCode.TooManyRequests);
        Assert.Contains("最多 2 次检查", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApplicantPortalsLimitIsItsOwnAndSaysSo()
    {
        using var app = new WebApp(settings: new Dictionary<string, string?> { ["Gongkai:PublicFormsPerMinute"] = "2" });
        using var client = app.Client();
        for (var i = 0; i < 2; i++)
        {
            using var unknown = await client.PostAsJsonAsync("/api/track", new { code = "2222-2222-2222" });
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        using var refused = await client.PostAsJsonAsync("/api/track", new { code = "2222-2222-2222" });
        Assert.Equal("60", refused.Headers.RetryAfter?.ToString());
        var problem = await ProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Contains("最多提交或查询 2 次", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/apply")).StatusCode); // the same budget covers the pages
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/deadline?start=2026-03-02&days=20")).StatusCode); // other endpoints are not limited
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task TheRegistryIsReadThroughTheApiOnBothEngines(bool postgres)
    {
        using var app = new WebApp(postgres);
        using var client = app.Client();
        var seed = Directory.GetFiles(SeedDir, "001*.txt").Single();
        var bytes = await File.ReadAllBytesAsync(seed);
        long reportId;
        await using (var c = await app.Database.OpenAsync())
        {
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
            reportId = await c.ExecuteScalarAsync<long>("SELECT report_id FROM files WHERE sha256 = @sha", new { sha });
        }

        // The list: all five current reports, then one agency's.
        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/reports"));
        Assert.Equal(5, list.RootElement.GetProperty("total").GetInt64());
        var item = list.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == reportId);
        var agencyId = item.GetProperty("agencyId").GetInt64();
        var year = item.GetProperty("year").GetInt32();
        using var mine = JsonDocument.Parse(await client.GetStringAsync($"/api/reports?agency={agencyId}&year={year}"));
        Assert.Equal(reportId, mine.RootElement.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetInt64());
        using var none = JsonDocument.Parse(await client.GetStringAsync($"/api/reports?agency={agencyId}&year=1999"));
        Assert.Equal(0, none.RootElement.GetProperty("total").GetInt64());

        // One report: the canonical JSON of the seed, with its findings; its original file, byte for byte.
        var json = await client.GetStringAsync($"/api/reports/{reportId}");
        var expected = Gongkai.Reading.ReportPipeline.Default.ReadFile(seed).Report!;
        Assert.True(CanonicalJson.Read(json).SameContentAs(expected));
        using (var doc = JsonDocument.Parse(json))
        {
            Assert.NotEqual(0, doc.RootElement.GetProperty("diagnostics").GetArrayLength());
        }

        using var file = await client.GetAsync($"/api/reports/{reportId}/file");
        Assert.Equal(bytes, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);

        // The agency: its place in the tree from the root, its report of that year; the root's children lead to it.
        using var detail = JsonDocument.Parse(await client.GetStringAsync($"/api/agencies/{agencyId}"));
        var path = detail.RootElement.GetProperty("path").EnumerateArray().Select(a => a.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(1, path[0]);
        Assert.Equal(agencyId, path[^1]);
        Assert.Contains(detail.RootElement.GetProperty("reports").EnumerateArray(), r => r.GetProperty("year").GetInt32() == year && r.GetProperty("currentReportId").GetInt64() == reportId);
        using var children = JsonDocument.Parse(await client.GetStringAsync("/api/agencies"));
        Assert.Contains(children.RootElement.EnumerateArray(), a => a.GetProperty("id").GetInt64() == path[1]);
        using var below = JsonDocument.Parse(await client.GetStringAsync($"/api/agencies?parent={path[^2]}"));
        Assert.Contains(below.RootElement.EnumerateArray(), a => a.GetProperty("id").GetInt64() == agencyId);

        // The roll-up of that agency for that year is its own report; the export has a row for it.
        using var rollup = JsonDocument.Parse(await client.GetStringAsync($"/api/rollup?agency={agencyId}&year={year}"));
        var r0 = rollup.RootElement.GetProperty("rollups").EnumerateArray().Single();
        Assert.Equal(1, r0.GetProperty("reports").GetInt32());
        Assert.Equal((double)expected["s3.received.total"]!.Value, r0.GetProperty("report").GetProperty("cells").GetProperty("s3.received.total").GetDouble());
        var csv = await client.GetStringAsync($"/api/export?format=csv&agency={agencyId}&year={year}");
        Assert.Contains(reportId.ToString(System.Globalization.CultureInfo.InvariantCulture), csv);
        using var xlsx = await client.GetAsync("/api/export?format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
    }

    [Fact]
    public async Task ImportingNeedsTheTokenOfAReviewerOrAnAdmin()
    {
        using var app = new WebApp();
        using var client = app.Client();
        var (clerk, _) = await app.CreateUserAsync(Roles.Clerk);
        var (reviewer, _) = await app.CreateUserAsync(Roles.Reviewer);
        var (_, clerkToken) = await ApiTokens.IssueAsync(app.Database, clerk.Id, "t");
        var (_, reviewerToken) = await ApiTokens.IssueAsync(app.Database, reviewer.Id, "t");
        var bytes = (await File.ReadAllBytesAsync(Directory.GetFiles(SeedDir, "003*.txt").Single())).Concat("\n。\n"u8.ToArray()).ToArray();

        async Task<HttpResponseMessage> PostAsync(string? token, byte[] body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = FileForm("new.txt", body) };
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            return await client.SendAsync(request);
        }

        await ProblemAsync(await PostAsync(null, bytes), HttpStatusCode.Unauthorized);
        await ProblemAsync(await PostAsync("gk_0000", bytes), HttpStatusCode.Unauthorized);
        await ProblemAsync(await PostAsync(clerkToken, bytes), HttpStatusCode.Forbidden);
        await ProblemAsync(await PostAsync(reviewerToken, "hello"u8.ToArray()), HttpStatusCode.UnprocessableEntity);
        using var created = await PostAsync(reviewerToken, bytes);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("ids").EnumerateArray().Single().GetInt64();
        Assert.Equal($"/api/reports/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(bytes, await client.GetByteArrayAsync($"/api/reports/{id}/file"));
        var audit = await Gongkai.Web.Audit.AuditLog.RecentAsync(app.Database, "report", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(reviewer.UserName, Assert.Single(audit).UserName);
    }

    [Fact]
    public async Task ACookieSessionCannotImportThroughTheApi()
    {
        using var app = new WebApp();
        using var client = await app.SignedInAsync(Roles.Admin);

        using var response = await client.PostAsync("/api/reports", FileForm("a.txt", "x"u8.ToArray()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TheTokensPageIssuesATokenOnceListsItAndRevokesIt()
    {
        using var app = new WebApp();
        using var client = await app.SignedInAsync(Roles.Reviewer);
        var token = await WebApp.AntiforgeryTokenAsync(client, "/account/tokens");

        using var issued = await client.PostAsync("/account/tokens?handler=Issue", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "批量导入", ["__RequestVerificationToken"] = token }));
        var html = await issued.Content.ReadAsStringAsync();
        var secret = System.Text.RegularExpressions.Regex.Match(html, "<code id=\"token-value\">(gk_[0-9a-f]+)</code>").Groups[1].Value;
        Assert.StartsWith("gk_", secret);
        var listed = await client.GetStringAsync("/account/tokens");
        Assert.Contains("批量导入", listed);
        Assert.DoesNotContain(secret, listed);

        using var api = app.Client();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using (var before = await api.PostAsync("/api/reports", FileForm("a.txt", "hello"u8.ToArray())))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, before.StatusCode);
        }

        var id = System.Text.RegularExpressions.Regex.Match(listed, "name=\"id\" value=\"(\\d+)\"").Groups[1].Value;
        using var revoked = await client.PostAsync("/account/tokens?handler=Revoke", new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = id, ["__RequestVerificationToken"] = WebApp.TokenFrom(listed) }));
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        using (var after = await api.PostAsync("/api/reports", FileForm("a.txt", "hello"u8.ToArray())))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        }

        var audit = await Gongkai.Web.Audit.AuditLog.RecentAsync(app.Database, "api_token", id);
        Assert.Equal(["token.revoke", "token.issue"], audit.Select(a => a.Action));
    }

    [Fact]
    public async Task TheTokensPageNeedsASignIn()
    {
        using var app = new WebApp();
        using var client = app.Client();

        using var response = await client.GetAsync("/account/tokens");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOpenApiDocumentListsEveryApiEndpointWithAChineseSummaryAndResponses()
    {
        using var app = new WebApp();
        using var client = app.Client();

        using var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var paths = doc.RootElement.GetProperty("paths");
        string[][] expected =
        [
            ["/api/check", "post"], ["/api/agencies", "get"], ["/api/agencies/{id}", "get"], ["/api/reports", "get"], ["/api/reports", "post"],
            ["/api/reports/{id}", "get"], ["/api/reports/{id}/file", "get"], ["/api/rollup", "get"], ["/api/export", "get"],
            ["/api/deadline", "get"], ["/api/track", "post"], ["/api/catalogue", "get"], ["/api/cases", "get"], ["/api/cases/{id}", "get"],
            ["/api/cases/report/{year}", "get"],
        ];
        foreach (var e in expected)
        {
            Assert.True(paths.TryGetProperty(e[0], out var path), e[0]);
            Assert.True(path.TryGetProperty(e[1], out var op), $"{e[1]} {e[0]}");
            Assert.Matches("[\\u4e00-\\u9fff]", op.GetProperty("summary").GetString());
            Assert.True(op.GetProperty("responses").TryGetProperty("200", out _) || op.GetProperty("responses").TryGetProperty("201", out _), e[0]);
        }

        Assert.True(paths.GetProperty("/api/reports").GetProperty("post").GetProperty("responses").TryGetProperty("403", out _));
        Assert.Equal(expected.Select(e => e[0]).Distinct().Order(), paths.EnumerateObject().Select(p => p.Name).Where(p => p.StartsWith("/api/", StringComparison.Ordinal)).Order());
    }
}
