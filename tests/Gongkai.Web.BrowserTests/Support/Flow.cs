using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Gongkai.Web.BrowserTests.Support;

/// <summary>
/// One test's walk through the application: its pages (one browser context per person), numbered screenshots at the
/// steps that matter, and a screenshot of every open page when the test fails (<c>&lt;test&gt;-failed-N.png</c>).
/// </summary>
public sealed class Flow(BrowserApp fixture, ITestOutputHelper output, string test) : IAsyncDisposable
{
    private readonly List<IPage> pages = [];
    private int shot;

    public static Flow Start(BrowserApp fixture, ITestOutputHelper output, [CallerMemberName] string test = "") => new(fixture, output, test);

    public BrowserApp Fixture => fixture;

    /// <summary>A new person at the browser: a fresh context (own cookies) and its page.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var page = await fixture.NewPageAsync();
        pages.Add(page);
        return page;
    }

    /// <summary>A new person signed in through the login form with a new account of <paramref name="role"/>.</summary>
    public async Task<IPage> SignedInAsync(string role, long? agencyId = null)
    {
        var (user, password) = await fixture.App.CreateUserAsync(role, agencyId);
        var page = await NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync(user.UserName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.Locator("main form button[type=submit]").ClickAsync();

        // Polls the address and the page's landmark rather than waiting for the document's load event: on a loaded
        // machine Playwright has once missed that event after the POST → 302 → GET of a sign-in (CI, 2026-11-22).
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/account/login"));
        await Assertions.Expect(page.Locator("header .account .who")).ToBeVisibleAsync(); // signed in
        return page;
    }

    public Task<string> ShotAsync(IPage page, string step) => Screenshots.SaveAsync(page, $"{test}-{++shot:00}-{step}", output);

    /// <summary>Runs the test body; on failure saves what every page showed, then rethrows.</summary>
    public async Task RunAsync(Func<Task> body)
    {
        try
        {
            await body();
        }
        catch
        {
            for (var i = 0; i < pages.Count; i++)
            {
                try
                {
                    await Screenshots.SaveAsync(pages[i], $"{test}-failed-{i + 1}", output);
                }
                catch (PlaywrightException)
                {
                    // The page may be gone (closed context); the original failure matters more.
                }
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var page in pages)
        {
            await page.Context.CloseAsync();
        }
    }
}
