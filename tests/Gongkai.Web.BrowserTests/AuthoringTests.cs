using System.IO.Compression;
using System.Text.RegularExpressions;
using Gongkai.Diagnostics;
using Gongkai.Web.Accounts;
using Gongkai.Web.BrowserTests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.Web.BrowserTests;

/// <summary>A clerk writes the agency's report in the browser: live totals and rules as she types, a draft, a DOCX.</summary>
public sealed partial class AuthoringTests(BrowserApp fixture, ITestOutputHelper output) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task AClerkTypesNumbersSeesLiveTotalsAndRulesAndExportsADocx()
    {
        await using var flow = Flow.Start(fixture, output);
        await flow.RunAsync(async () =>
        {
            var (township, _) = await Sample.JuluAsync(fixture);
            var year = Sample.DueYear(fixture);
            var page = await flow.SignedInAsync(Roles.Clerk, township);
            await page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "年报填报" }).ClickAsync();
            await Expect(page.Locator("main > h1")).ToContainTextAsync(Sample.Township);
            await page.Locator($"#year-{year} a.edit").ClickAsync();
            await Expect(page.Locator("main > h1")).ToContainTextAsync($"{year}年度报告");
            await flow.ShotAsync(page, "new-report");

            // 一、本年新收: natural persons 3, businesses 2 → the total (a computed, read-only cell) becomes 5 as she types.
            var total = page.Locator("#cell-s3-received-total");
            await Expect(total).ToHaveAttributeAsync("readonly", new Regex(".*"));
            await page.Locator("#cell-s3-received-natural").FillAsync("3");
            await page.Locator("#cell-s3-received-business").FillAsync("2");
            await Expect(total).ToHaveValueAsync("5");

            // Nothing is decided yet: 一 + 二 ≠ 三 + 四, a live error that blocks submitting.
            await Expect(page.Locator("#findings")).ToContainTextAsync(DiagnosticCodes.Balance.Code);
            await Expect(page.Locator("#submit-state .submit-blocked")).ToBeVisibleAsync();
            await flow.ShotAsync(page, "live-total-and-error");

            // All five disclosed: the table balances and the report may be submitted.
            await page.Locator("#cell-s3-disclosed-natural").FillAsync("3");
            await page.Locator("#cell-s3-disclosed-business").FillAsync("2");
            await Expect(page.Locator("#cell-s3-disclosed-total")).ToHaveValueAsync("5");
            await Expect(page.Locator("#findings")).Not.ToContainTextAsync(DiagnosticCodes.Balance.Code);
            await Expect(page.Locator("#submit-state .submit-ready")).ToBeVisibleAsync();
            await page.Locator("#section-overview").FillAsync($"{year}年，本镇认真贯彻《中华人民共和国政府信息公开条例》，主动公开政府信息。");
            await flow.ShotAsync(page, "balanced");

            await page.Locator("#save").ClickAsync();
            await Expect(page.Locator("#message")).ToBeVisibleAsync();
            await Expect(page.Locator("#cell-s3-received-total")).ToHaveValueAsync("5");
            await flow.ShotAsync(page, "saved");

            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-docx").ClickAsync());
            Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
            var path = Path.Combine(Path.GetTempPath(), $"gk-browser-{Guid.NewGuid():N}.docx");
            await download.SaveAsAsync(path);
            try
            {
                using var zip = ZipFile.OpenRead(path);
                var entry = zip.GetEntry("word/document.xml");
                Assert.NotNull(entry);
                using var reader = new StreamReader(entry.Open());
                var xml = await reader.ReadToEndAsync();
                Assert.Contains(Sample.Township, xml, StringComparison.Ordinal);
                Assert.Matches(TextRun("5"), xml);
            }
            finally
            {
                File.Delete(path);
            }
        });
    }

    private static Regex TextRun(string text) => new($"<w:t(?: [^>]*)?>{Regex.Escape(text)}</w:t>");
}
