using System.Text.RegularExpressions;
using Gongkai.Diagnostics;
using Gongkai.Web.Accounts;
using Gongkai.Web.BrowserTests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.Web.BrowserTests;

/// <summary>The public portal and signing in, in a real browser on a fresh installation (the five samples).</summary>
public sealed class PortalTests(BrowserApp fixture, ITestOutputHelper output) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task TheHomePageListsTheFiveSamplesInChineseAndALinkOpensAReport()
    {
        await using var flow = Flow.Start(fixture, output);
        await flow.RunAsync(async () =>
        {
            var page = await flow.NewPageAsync();
            await page.GotoAsync("/");

            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
            await Expect(page.Locator("h1")).ToHaveTextAsync("政府信息公开工作年度报告");
            await Expect(page.GetByText("登记库收录 5 个机关的 5 份年报")).ToBeVisibleAsync();
            await Expect(page.Locator("table.list tbody tr")).ToHaveCountAsync(5);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "巨鹿县巨鹿镇人民政府" })).ToBeVisibleAsync();
            await flow.ShotAsync(page, "home");

            // A click opens the report in the official layout, its findings marked on the cells.
            await page.GetByRole(AriaRole.Link, new() { Name = "巨鹿县巨鹿镇人民政府" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/reports/\d+$"));
            await Expect(page.Locator("table.meta")).ToContainTextAsync("巨鹿县巨鹿镇人民政府");
            await Expect(page.Locator("article.report h1")).ToContainTextAsync("政府信息公开工作年度报告");
            await Expect(page.Locator("article.report table.official").First).ToBeVisibleAsync();
            await Expect(page.Locator("#findings")).ToContainTextAsync(DiagnosticCodes.OutdatedTemplate.Code);
            await flow.ShotAsync(page, "report");
        });
    }

    [Fact]
    public async Task AReviewerSignsInThroughTheLoginFormAndSeesTheReviewLink()
    {
        await using var flow = Flow.Start(fixture, output);
        await flow.RunAsync(async () =>
        {
            var (user, password) = await fixture.App.CreateUserAsync(Roles.Reviewer);
            var page = await flow.NewPageAsync();
            await page.GotoAsync("/");
            await page.Locator("header .account").GetByRole(AriaRole.Link, new() { Name = "登录" }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("登录");

            await page.GetByLabel("用户名").FillAsync(user.UserName);
            await page.GetByLabel("密码").FillAsync("not-the-password");
            await page.Locator("main form button[type=submit]").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("用户名或密码不正确");
            await flow.ShotAsync(page, "wrong-password");

            await page.GetByLabel("密码").FillAsync(password);
            await page.Locator("main form button[type=submit]").ClickAsync();
            await Expect(page.Locator("header .who")).ToContainTextAsync("上级审核人");
            await Expect(page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "审核" })).ToBeVisibleAsync();
            await flow.ShotAsync(page, "signed-in");
        });
    }

    /// <summary>
    /// /agencies?parent=N is both a page (a link, a bookmark) and the htmx fragment that opens a region in the tree.
    /// The portal's output cache must keep the two apart, whichever is asked for first.
    /// </summary>
    [Fact]
    public async Task OpeningARegionInTheTreeAndOpeningItsAddressGiveAFragmentAndAPageWhicheverComesFirst()
    {
        await using var flow = Flow.Start(fixture, output);
        await flow.RunAsync(async () =>
        {
            var tree = await flow.NewPageAsync();
            await tree.GotoAsync("/agencies");
            await Expect(tree.Locator("main > h1")).ToHaveTextAsync("机关（按行政区划）");

            // 河北省: the fragment first (a click in the tree), then its address in a new tab.
            var hebei = tree.GetByRole(AriaRole.Button, new() { Name = "展开 河北省" });
            var hebeiUrl = await hebei.GetAttributeAsync("hx-get") ?? throw new InvalidOperationException("no hx-get on 河北省");
            await hebei.ClickAsync();
            var hebeiChildren = tree.Locator("#children-" + hebeiUrl.Split('=')[^1]);
            await Expect(hebeiChildren.Locator("ul.tree > li").First).ToBeVisibleAsync();
            await Expect(hebeiChildren.Locator("header, h1")).ToHaveCountAsync(0);
            var page = await flow.NewPageAsync();
            await page.GotoAsync(hebeiUrl);
            await Expect(page.Locator("main > h1")).ToHaveTextAsync("机关（按行政区划）");
            await Expect(page.Locator("header.site")).ToHaveCountAsync(1);

            // 重庆市: the page first, then the fragment.
            var chongqing = tree.GetByRole(AriaRole.Button, new() { Name = "展开 重庆市" });
            var chongqingUrl = await chongqing.GetAttributeAsync("hx-get") ?? throw new InvalidOperationException("no hx-get on 重庆市");
            await page.GotoAsync(chongqingUrl);
            await Expect(page.Locator("main > h1")).ToHaveTextAsync("机关（按行政区划）");
            await chongqing.ClickAsync();
            var chongqingChildren = tree.Locator("#children-" + chongqingUrl.Split('=')[^1]);
            await Expect(chongqingChildren.Locator("ul.tree > li").First).ToBeVisibleAsync();
            await Expect(chongqingChildren.Locator("header, h1")).ToHaveCountAsync(0);
            await flow.ShotAsync(tree, "tree-opened");
        });
    }
}
