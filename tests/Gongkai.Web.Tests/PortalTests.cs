using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Dapper;
using Gongkai.Data.Import;
using Gongkai.Web.Tests.Support;

namespace Gongkai.Web.Tests;

/// <summary>The public portal over the sample registry: report pages, downloads, search, comparison, dashboards, the tree.</summary>
public sealed class PortalTests
{
    private static string Seed(string prefix) => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), prefix + "_*.txt").Single();

    private static async Task<long> ReportIdAsync(WebApp app, string agencyFullName)
    {
        await using var c = await app.Database.OpenAsync();
        return await c.ExecuteScalarAsync<long>(
            "SELECT r.id FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE a.full_name = @agencyFullName AND r.is_current = 1", new { agencyFullName });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AReportPageMarksEachFindingOnItsCellsAndExplainsIt(bool postgres)
    {
        using var app = new WebApp(postgres);
        using var client = app.Client();
        var id = await ReportIdAsync(app, "卢氏县东明镇人民政府");

        var html = await client.GetStringAsync($"/reports/{id}");

        Assert.Contains("东明镇人民政府2024年政府信息公开工作年度报告", html);
        // A cell with an error is shaded and carries the numbers of its findings, which link to the explanation.
        Assert.Matches("<td class=\"value finding-error\"[^>]*data-cell=\"s3\\.withheld\\.state_secret\\.natural\"", html);
        Assert.Matches("<li id=\"f-1\" class=\"(error|warning)\">", html);
        Assert.Contains("href=\"#f-1\"", html);
        Assert.Contains("依据：", html);
        Assert.Contains("GK0", html);
    }

    [Fact]
    public async Task EveryDownloadOfAReportIsServedInItsFormat()
    {
        using var app = new WebApp();
        using var client = app.Client();
        var id = await ReportIdAsync(app, "巨鹿县巨鹿镇人民政府");

        var original = await client.GetByteArrayAsync($"/reports/{id}/download/original");
        Assert.Equal(await File.ReadAllBytesAsync(Seed("000")), original);

        var docx = await client.GetByteArrayAsync($"/reports/{id}/download/docx");
        using (var zip = new ZipArchive(new MemoryStream(docx)))
        {
            Assert.NotNull(zip.GetEntry("word/document.xml"));
        }

        Assert.Contains("<table>", await client.GetStringAsync($"/reports/{id}/download/html"));

        using var json = JsonDocument.Parse(await client.GetStringAsync($"/reports/{id}/download/json"));
        Assert.Equal(2024, json.RootElement.GetProperty("year").GetInt32());
        Assert.True(json.RootElement.GetProperty("cells").EnumerateObject().Any());

        var csv = await client.GetStringAsync($"/reports/{id}/download/csv");
        Assert.Equal(3, csv.TrimEnd().Split('\n').Length); // Chinese header, key header, the report
        Assert.Contains("巨鹿县巨鹿镇人民政府", csv);

        using var pdf = await client.GetAsync($"/reports/{id}/download/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("%PDF"u8.ToArray(), (await pdf.Content.ReadAsByteArrayAsync())[..4]);

        using var unknown = await client.GetAsync($"/reports/{id}/download/exe");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task NarrativeTextWithMarkupIsShownAsTextNeverRunAsScript()
    {
        using var app = new WebApp();
        var dir = Directory.CreateTempSubdirectory("gk-xss-");
        var text = (await File.ReadAllTextAsync(Seed("001"))).Replace("一是政府信息管理情况。", "一是<script>alert('xss')</script><img src=x onerror=alert(1)>政府信息管理情况。", StringComparison.Ordinal);
        var path = Path.Combine(dir.FullName, "xss.txt");
        await File.WriteAllTextAsync(path, text.Replace("2024年", "2025年", StringComparison.Ordinal));
        await new Importer(app.Database).RunAsync([path]);
        await using var c = await app.Database.OpenAsync();
        var id = await c.ExecuteScalarAsync<long>("SELECT MAX(id) FROM reports");
        using var client = app.Client();

        var html = await client.GetStringAsync($"/reports/{id}");

        Assert.Contains("&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        dir.Delete(recursive: true);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SearchFindsAgenciesByNameAndReportsByTheirText(bool postgres)
    {
        using var app = new WebApp(postgres);
        using var client = app.Client();

        var html = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("巨鹿"));

        Assert.Contains("巨鹿县官亭镇人民政府", html);
        Assert.Contains("<mark>巨鹿</mark>", html);
        var none = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("不存在的词语甲乙丙"));
        Assert.Contains("机关（0）", none);
        Assert.Contains("年报正文（0）", none);
    }

    [Fact]
    public async Task ComparingTwoReportsListsEveryCellWithTheChange()
    {
        using var app = new WebApp();
        using var client = app.Client();
        var a = await ReportIdAsync(app, "巨鹿县巨鹿镇人民政府");
        var b = await ReportIdAsync(app, "重庆市渝北区大盛镇人民政府");

        var html = await client.GetStringAsync($"/compare?ids={a},{b}");
        var differences = await client.GetStringAsync($"/compare?ids={a},{b}&diff=true");

        Assert.Contains("data-cell=\"s3.received.total\"", html);
        Assert.Contains("<th class=\"num\">变化</th>", html);
        Assert.True(differences.Length < html.Length);
        Assert.DoesNotContain("<tr class=\"\"", differences);

        using var add = await client.GetAsync($"/compare?ids={a}&agency=" + Uri.EscapeDataString("大盛镇") + "&year=2024");
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        Assert.Equal($"/compare?ids={a},{b}", add.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task TheDashboardCarriesAChartOptionForEachChartAndServesEChartsItself()
    {
        using var app = new WebApp();
        using var client = app.Client();

        var html = await client.GetStringAsync("/dashboard?year=2024");

        foreach (var id in new[] { "trend-data", "outcome-data", "applicant-data", "quality-data" })
        {
            var start = html.IndexOf($"id=\"{id}\">", StringComparison.Ordinal) + id.Length + 6;
            var json = html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)];
            using var option = JsonDocument.Parse(json);
            Assert.True(option.RootElement.TryGetProperty("series", out _), id);
        }

        Assert.Contains("2024 年办理结果", html);
        var src = System.Text.RegularExpressions.Regex.Match(html, "src=\"(/lib/echarts\\.min\\.js\\?v=[0-9a-f]+)\"").Groups[1].Value;
        using var echarts = await client.GetAsync(src);
        Assert.Equal(HttpStatusCode.OK, echarts.StatusCode);
        Assert.True((await echarts.Content.ReadAsByteArrayAsync()).Length > 500_000);
    }

    [Fact]
    public async Task TheAgenciesTreeOpensANodeInPlaceAndAnAgencyListsItsReports()
    {
        using var app = new WebApp();
        using var client = app.Client();

        var page = await client.GetStringAsync("/agencies");
        Assert.Contains("河北省", page);
        Assert.Contains("hx-get=\"/agencies?parent=", page);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/agencies?parent=1");
        request.Headers.Add("HX-Request", "true");
        using var fragment = await client.SendAsync(request);
        var partial = await fragment.Content.ReadAsStringAsync();
        Assert.StartsWith("<ul class=\"tree\">", partial.TrimStart());
        Assert.DoesNotContain("<html", partial);

        await using var c = await app.Database.OpenAsync();
        var agency = await c.ExecuteScalarAsync<long>("SELECT id FROM agencies WHERE full_name = '巨鹿县巨鹿镇人民政府'");
        var html = await client.GetStringAsync($"/agencies/{agency}");
        Assert.Contains("2024年", html);
        Assert.Contains("/reports/", html);
    }

    [Fact]
    public async Task AMissingReportOrAgencyIsNotFound()
    {
        using var app = new WebApp();
        using var client = app.Client();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/reports/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/agencies/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/reports/999999/download/pdf")).StatusCode);
    }

    [Fact]
    public async Task TheCacheKeepsFragmentsPagesLanguagesAndSignedInPagesApart()
    {
        using var app = new WebApp();
        using var client = app.Client();

        using (var request = new HttpRequestMessage(HttpMethod.Get, "/agencies?parent=1"))
        {
            request.Headers.Add("HX-Request", "true");
            using var fragment = await client.SendAsync(request);
            Assert.DoesNotContain("<html", await fragment.Content.ReadAsStringAsync());
        }

        Assert.Contains("<html", await client.GetStringAsync("/agencies?parent=1"));
        Assert.Contains("<html", await client.GetStringAsync("/agencies?parent=1&utm=x"));

        Assert.Contains("按行政区划", await client.GetStringAsync("/agencies"));
        using var english = app.Client();
        (await english.GetAsync("/lang/en?returnUrl=/")).Dispose();
        Assert.Contains("Agencies by region", await english.GetStringAsync("/agencies"));

        using var reviewer = await app.SignedInAsync(Gongkai.Web.Accounts.Roles.Reviewer);
        Assert.Contains("上级审核人", await reviewer.GetStringAsync("/"));
        Assert.DoesNotContain("上级审核人", await client.GetStringAsync("/"));
    }
}
