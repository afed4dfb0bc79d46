using System.Text.RegularExpressions;
using Gongkai.Web.Accounts;
using Gongkai.Web.BrowserTests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.Web.BrowserTests;

/// <summary>
/// The whole way of a report, by three people in three browsers: the township's clerk submits, the county's
/// reviewer returns it with a comment on a cell, the clerk fixes and resubmits, the reviewer accepts and publishes, and
/// the public finds it on the portal.
/// </summary>
public sealed class ReviewTests(BrowserApp fixture, ITestOutputHelper output) : IClassFixture<BrowserApp>
{
    private const string Comment = "自然人申请数与收文登记簿不符（登记簿为 4 件），请核对。";

    [Fact]
    public async Task AReturnedReportIsFixedResubmittedAcceptedAndPublishedOnThePortal()
    {
        await using var flow = Flow.Start(fixture, output);
        await flow.RunAsync(async () =>
        {
            var (township, county) = await Sample.JuluAsync(fixture);
            var year = Sample.DueYear(fixture);
            var clerk = await flow.SignedInAsync(Roles.Clerk, township);
            var reviewer = await flow.SignedInAsync(Roles.Reviewer, county);

            // The clerk writes a balanced report (3 requests, all disclosed) and submits it.
            await clerk.GotoAsync($"/author/{year}");
            await FillAsync(clerk, natural: 3);
            await clerk.Locator("#submit").ClickAsync();
            await Expect(clerk.Locator("#status")).ToContainTextAsync("已报送待审");
            await flow.ShotAsync(clerk, "clerk-submitted");

            // The reviewer sees it in the county's list and returns it with a comment on the cell.
            await reviewer.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "审核" }).ClickAsync();
            var row = reviewer.Locator($"#agency-{township}");
            await Expect(row).ToHaveAttributeAsync("data-status", "submitted");
            await flow.ShotAsync(reviewer, "reviewer-list");
            await row.Locator("a.open").ClickAsync();
            await reviewer.Locator("#report td[data-cell='s3.received.natural']").ClickAsync();
            await Expect(reviewer.Locator("#comment-cell")).ToHaveValueAsync("s3.received.natural");
            await reviewer.Locator("#comment-body").FillAsync(Comment);
            await reviewer.Locator("#comment").ClickAsync();
            await Expect(reviewer.Locator("#comments li.comment[data-cell='s3.received.natural'] .comment-body")).ToHaveTextAsync(Comment);
            await flow.ShotAsync(reviewer, "reviewer-comment");
            await reviewer.Locator("#return").ClickAsync();
            await Expect(reviewer.Locator("#status")).ToContainTextAsync("已退回");

            // The clerk sees the comment on the cell, fixes the numbers and resubmits.
            await clerk.GotoAsync($"/author/{year}");
            await Expect(clerk.Locator("#status")).ToContainTextAsync("已退回");
            await Expect(clerk.Locator("#comments li.comment[data-cell='s3.received.natural'] .comment-body")).ToHaveTextAsync(Comment);
            await Expect(clerk.Locator("td[data-cell='s3.received.natural']")).ToHaveClassAsync(new Regex(@"\bcommented\b"));
            await flow.ShotAsync(clerk, "clerk-returned");
            await FillAsync(clerk, natural: 4);
            await clerk.Locator("#submit").ClickAsync();
            await Expect(clerk.Locator("#status")).ToContainTextAsync("已报送待审");

            // The reviewer accepts and publishes: an immutable registry version.
            await reviewer.ReloadAsync();
            await Expect(reviewer.Locator("#status")).ToContainTextAsync("已报送待审");
            await Expect(reviewer.Locator("#report #cell-s3-received-natural")).ToHaveTextAsync("4");
            await Expect(reviewer.Locator("#comments li.comment.resolved")).ToHaveCountAsync(1);
            await reviewer.Locator("#accept").ClickAsync();
            await Expect(reviewer.Locator("#status")).ToContainTextAsync("已审核通过");
            await reviewer.Locator("#publish").ClickAsync();
            await Expect(reviewer.Locator("#status")).ToContainTextAsync("已公开");
            var published = reviewer.Locator("#publications a[href^='/reports/']");
            await Expect(published).ToHaveCountAsync(1);
            var href = await published.GetAttributeAsync("href") ?? "";
            await flow.ShotAsync(reviewer, "reviewer-published");

            // Anyone: the home page lists it, and its page shows the published numbers.
            var visitor = await flow.NewPageAsync();
            await visitor.GotoAsync("/");
            await Expect(visitor.GetByText("登记库收录 5 个机关的 6 份年报")).ToBeVisibleAsync();
            var link = visitor.Locator($"table.list a[href='{href}']");
            await Expect(link).ToHaveTextAsync(Sample.Township);
            await flow.ShotAsync(visitor, "portal-home");
            await link.ClickAsync();
            await Expect(visitor).ToHaveURLAsync(new Regex(Regex.Escape(href) + "$"));
            await Expect(visitor.Locator("table.meta")).ToContainTextAsync(Sample.Township);
            await Expect(visitor.Locator("#cell-s3-received-natural")).ToHaveTextAsync("4");
            await Expect(visitor.Locator("#cell-s3-received-total")).ToHaveTextAsync("6");
            await flow.ShotAsync(visitor, "portal-report");
        });
    }

    /// <summary>一、本年新收: <paramref name="natural"/> from persons and 2 from businesses, every one disclosed (the table balances).</summary>
    private static async Task FillAsync(IPage clerk, int natural)
    {
        var n = natural.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var total = (natural + 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await clerk.Locator("#cell-s3-received-natural").FillAsync(n);
        await clerk.Locator("#cell-s3-received-business").FillAsync("2");
        await clerk.Locator("#cell-s3-disclosed-natural").FillAsync(n);
        await clerk.Locator("#cell-s3-disclosed-business").FillAsync("2");
        await Expect(clerk.Locator("#cell-s3-received-total")).ToHaveValueAsync(total);
        await Expect(clerk.Locator("#cell-s3-disclosed-total")).ToHaveValueAsync(total);
        await Expect(clerk.Locator("#submit-state .submit-ready")).ToBeVisibleAsync();
    }
}
