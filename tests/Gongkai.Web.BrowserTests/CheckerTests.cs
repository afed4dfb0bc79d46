using System.Text.RegularExpressions;
using Gongkai.Diagnostics;
using Gongkai.Web.BrowserTests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.Web.BrowserTests;

/// <summary>The checker (/check) in a real browser: no account, a seed uploaded through the file input.</summary>
public sealed class CheckerTests(BrowserApp fixture, ITestOutputHelper output) : IClassFixture<BrowserApp>
{
    /// <summary>洺州镇 2023: table 二 lacks 政府集中采购 and table 三 the （五）/（六） rows (GK0202), as the golden findings say.</summary>
    private const string Seed = "004_31cc482f1e5f2a44.txt";

    [Fact]
    public async Task AnUploadedSeedShowsItsFindingsOnTheCellsAndOnTheSourceLines()
    {
        await using var flow = Flow.Start(fixture, output);
        await flow.RunAsync(async () =>
        {
            var page = await flow.NewPageAsync();
            await page.GotoAsync("/check");
            await Expect(page.Locator("h1")).ToHaveTextAsync("年报检查");

            await page.Locator("#check-files").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "seeds", Seed));
            await Expect(page.Locator("#check-chosen li")).ToContainTextAsync(Seed);
            await flow.ShotAsync(page, "chosen");
            await page.Locator("#check-submit").ClickAsync();

            var file = page.Locator("#check-results section.checked-file");
            await Expect(file.Locator("h2").First).ToHaveTextAsync(Seed, new() { Timeout = 30_000 });
            var findings = file.Locator("ol.findings > li");
            await Expect(findings.Filter(new() { HasText = DiagnosticCodes.RowMissing.Code }).First).ToBeVisibleAsync();
            await Expect(findings.Filter(new() { HasText = "政府集中采购" })).ToHaveCountAsync(1);

            // Every error is marked on its cell: a red cell with a numbered mark that links to the explanation.
            var marked = file.Locator("table.official td.finding-error");
            Assert.True(await marked.CountAsync() > 0, "no cell is marked as an error");
            // Among its marks, one leads to an error in the list of findings.
            var marks = marked.First.Locator("sup.mark a");
            string? target = null;
            foreach (var href in await marks.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            {
                if (href.StartsWith('#') && ((await page.Locator(href).GetAttributeAsync("class")) ?? "").Split(' ').Contains("error"))
                {
                    target = href;
                    break;
                }
            }

            Assert.True(target is not null, "no mark of the first red cell links to an error");
            var mark = marks.And(page.Locator($"a[href='{target}']")).First;

            // And on the source: the line the finding points at is highlighted.
            await Expect(file.Locator("pre.source span.line sup.mark").First).ToBeVisibleAsync();
            await flow.ShotAsync(page, "findings");

            await mark.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(target) + "$"));
            await flow.ShotAsync(page, "finding-explained");
        });
    }
}
