using System.Net;
using System.Net.Http.Headers;
using Dapper;
using Gongkai.Checking;
using Gongkai.Diagnostics;
using Gongkai.Reading;
using Gongkai.Web.Accounts;
using Gongkai.Web.Shared;
using Gongkai.Web.Tests.Support;

namespace Gongkai.Web.Tests;

/// <summary>The checker page: uploads read and checked, findings on cells and source lines, nothing stored unless asked.</summary>
public sealed class CheckPageTests
{
    private static string Seed(string prefix) => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), prefix + "*.txt").Single();

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, IEnumerable<(string Name, byte[] Bytes)> files, bool save = false, bool htmx = false)
    {
        var token = await WebApp.AntiforgeryTokenAsync(client, "/check");
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        if (save)
        {
            form.Add(new StringContent("on"), "save");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/check") { Content = form };
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
        }

        return await client.SendAsync(request);
    }

    private static async Task<string> CheckAsync(HttpClient client, params (string Name, byte[] Bytes)[] files)
    {
        using var response = await PostAsync(client, files);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task TheCheckPageOffersAMultipleFileInputADropZoneAndNoSaveBoxToTheAnonymous()
    {
        using var app = new WebApp();
        using var client = app.Client();

        var html = await client.GetStringAsync("/check");

        Assert.Contains("type=\"file\" name=\"files\" id=\"check-files\" multiple", html);
        Assert.Contains("data-dropzone=\"check-files\"", html);
        Assert.Contains("hx-encoding=\"multipart/form-data\"", html);
        Assert.Contains("/js/check.js?v=", html);
        Assert.DoesNotContain("name=\"save\"", html);
    }

    [Fact]
    public async Task AnUploadedSeedShowsEachFindingOnItsCellAndOnItsSourceLine()
    {
        using var app = new WebApp();
        using var client = app.Client();
        var path = Seed("003");
        var report = ReportPipeline.Default.ReadFile(path).Report!;
        var findings = DiagnosticOrder.Sorted([.. report.Diagnostics, .. Checker.Check(report)]);
        var onCell = findings.First(d => d.Severity == Severity.Error && d.CellKeys.Length > 0);
        var onLine = findings.First(d => d.Severity == Severity.Error && d.Location.Line > 0);

        var html = await CheckAsync(client, (Path.GetFileName(path), await File.ReadAllBytesAsync(path)));

        Assert.Matches($"<td class=\"value finding-error\"[^>]*data-cell=\"{onCell.CellKeys[0]}\">", html);
        Assert.Contains(onCell.Code, html);
        Assert.Contains($"<span class=\"line hit-error\" id=\"f1-L{onLine.Location.Line}\">", html);
        Assert.Contains($"href=\"#f1-L{onLine.Location.Line}\"", html);
        Assert.Contains("id=\"f1-report\"", html);
        Assert.Contains("?handler=Docx", html);
    }

    [Fact]
    public async Task ADocxShowsTheRowsItsReaderNumberedAsTheSource()
    {
        using var app = new WebApp();
        using var client = app.Client();
        var report = ReportPipeline.Default.ReadFile(Seed("001")).Report!;
        var docx = Gongkai.Writing.DocxWriter.ToBytes(report);

        var html = await CheckAsync(client, ("r.docx", docx));

        Assert.Contains("源文件为二进制格式（office）", html);
        Assert.Matches("<span class=\"line\" id=\"f1-L1\"><span class=\"ln\">1</span>[^<]*政府信息公开", html);
        Assert.Contains("id=\"f1-report\"", html);
    }

    [Fact]
    public async Task ABrokenFileBesideAGoodOneGetsOneLineNamingItAndTheGoodOneIsStillChecked()
    {
        using var app = new WebApp();
        using var client = app.Client();
        var path = Seed("001");

        var html = await CheckAsync(client, ("broken.docx", "PK\u0003\u0004 not really a zip"u8.ToArray()), (Path.GetFileName(path), await File.ReadAllBytesAsync(path)));

        Assert.Matches("<p class=\"notice error file-error\">broken\\.docx：[^<]+</p>", html);
        Assert.Contains("id=\"f2-report\"", html);
        Assert.DoesNotContain("id=\"f1-report\"", html);
    }

    [Fact]
    public async Task AFileNameWithDirectoriesIsShownAndStoredWithoutThem()
    {
        using var app = new WebApp();
        using var client = await app.SignedInAsync(Roles.Clerk);
        var bytes = (await File.ReadAllBytesAsync(Seed("002"))).Concat("\n补充说明。\n"u8.ToArray()).ToArray();

        using var response = await PostAsync(client, [("../../etc/报告.txt", bytes)], save: true);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<h2>报告.txt</h2>", html);
        Assert.DoesNotContain("../", html);
        await using var c = await app.Database.OpenAsync();
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        Assert.Equal("报告.txt", await c.ExecuteScalarAsync<string>("SELECT name FROM files WHERE sha256 = @sha", new { sha }));
    }

    [Fact]
    public async Task AnOversizeFileIsRefusedByNameAndTheOthersAreStillChecked()
    {
        using var app = new WebApp();
        using var client = app.Client();
        var big = new byte[Upload.MaxBytes + 1];
        Array.Fill(big, (byte)'a');

        var html = await CheckAsync(client, ("big.txt", big), ("a.txt", await File.ReadAllBytesAsync(Seed("003"))));

        Assert.Contains("big.txt：文件超过 20 MB", html);
        Assert.Contains("id=\"f2-report\"", html);
    }

    [Fact]
    public async Task MoreThanTwentyFilesAreRefusedBeyondTheTwentieth()
    {
        using var app = new WebApp();
        using var client = app.Client();
        var files = Enumerable.Range(1, 21).Select(i => ($"x{i}.txt", "不是年报"u8.ToArray())).ToArray();

        var html = await CheckAsync(client, files);

        Assert.Contains("一次最多检查 20 个文件", html);
        Assert.Contains("x20.txt：", html);
        Assert.DoesNotContain("x21.txt", html);
    }

    [Fact]
    public async Task ANarrativeWithAScriptTagIsRenderedAsText()
    {
        using var app = new WebApp();
        using var client = app.Client();
        var text = (await File.ReadAllTextAsync(Seed("001"))).Replace("一、总体情况\n", "一、总体情况\n<script>alert('x')</script>\n", StringComparison.Ordinal);
        Assert.Contains("<script>alert", text);

        var html = await CheckAsync(client, ("x.txt", System.Text.Encoding.UTF8.GetBytes(text)));

        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html);
    }

    [Fact]
    public async Task NothingIsStoredForAnAnonymousUserEvenIfSaveIsPosted()
    {
        using var app = new WebApp();
        using var client = app.Client();
        var bytes = (await File.ReadAllBytesAsync(Seed("000"))).Concat("\n。\n"u8.ToArray()).ToArray();
        await using var c = await app.Database.OpenAsync();
        var before = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM files");

        using var response = await PostAsync(client, [("a.txt", bytes)], save: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM files"));
    }

    [Fact]
    public async Task ASignedInUserWhoTicksSaveStoresTheUploadAndTheAuditLogSaysSo()
    {
        using var app = new WebApp();
        using var client = await app.SignedInAsync(Roles.Reviewer);
        var bytes = (await File.ReadAllBytesAsync(Seed("004"))).Concat("\n。\n"u8.ToArray()).ToArray();

        using var response = await PostAsync(client, [("new.txt", bytes)], save: true, htmx: true);
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<html", html);
        Assert.Contains("id=\"check-saved\"", html);
        await using var c = await app.Database.OpenAsync();
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        var id = await c.ExecuteScalarAsync<long?>("SELECT report_id FROM files WHERE sha256 = @sha", new { sha });
        Assert.NotNull(id);
        Assert.Contains($"href=\"/reports/{id}\"", html);
        var audit = await Gongkai.Web.Audit.AuditLog.RecentAsync(app.Database, "report");
        Assert.Contains(audit, a => a.Action == "import" && a.AfterJson!.Contains("new.txt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheCurrentTemplateDocxIsMadeFromThePostedJsonWithout2019Columns()
    {
        using var app = new WebApp();
        using var client = app.Client();
        var html = await CheckAsync(client, ("a.txt", await File.ReadAllBytesAsync(Seed("000"))));
        var json = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "name=\"json\" value=\"([^\"]+)\"").Groups[1].Value);
        Assert.Contains("\"format\": \"2019\"", json);

        using var response = await client.PostAsync("/check?handler=Docx", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["json"] = json, ["name"] = "../a.txt", ["__RequestVerificationToken"] = WebApp.TokenFrom(html),
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("a.docx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var text = docx.MainDocumentPart!.Document.InnerText;
        Assert.Contains("申请人无正当理由逾期不补正", text);
        Assert.DoesNotContain("本年增/减", text);
    }

    [Fact]
    public async Task TheJsonDownloadWithoutAnAntiforgeryTokenIsRefused()
    {
        using var app = new WebApp();
        using var client = app.Client();

        using var response = await client.PostAsync("/check?handler=Json", new FormUrlEncodedContent(new Dictionary<string, string> { ["json"] = "{}" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
