using Gongkai.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.Web.BrowserTests.Support;

/// <summary>
/// One application and one browser for a test class (<c>IClassFixture&lt;BrowserApp&gt;</c>): the real web
/// application on Kestrel at 127.0.0.1 and a free port, on its own SQLite file with the samples imported (as on a fresh
/// install), and Debian's headless Chromium driven by Playwright. A missing Chromium fails the tests with a message
/// saying what to install; nothing is skipped and nothing is downloaded.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    /// <summary>Debian's Chromium (apt <c>chromium</c>); <c>GONGKAI_CHROMIUM</c> names another binary.</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("GONGKAI_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public WebApp App { get; } = new(settings: new Dictionary<string, string?>
    {
        // The test log shows the tests' own lines (screenshot paths), not every request.
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
    });

    /// <summary>The application's address, e.g. <c>http://127.0.0.1:40123</c> (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser => browser ?? throw new InvalidOperationException("the fixture is not initialized");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not at {ChromiumPath}. Install Debian's browser (`apt-get install chromium fonts-noto-cjk`, as ./test does) " +
                "or set GONGKAI_CHROMIUM; the browser tests never download one (`playwright install` is not used).");
        }

        App.UseKestrel(0);
        App.StartServer();
        var addresses = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no address");
        BaseUrl = addresses.First().Replace("://localhost:", "://127.0.0.1:", StringComparison.Ordinal).TrimEnd('/');

        // Generous waits: the machine has two cores and other test assemblies run beside this one.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh browser context (own cookies) in Chinese with downloads allowed, and its page.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
    }
}
