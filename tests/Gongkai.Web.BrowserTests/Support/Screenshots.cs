using System.Reflection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Gongkai.Web.BrowserTests.Support;

/// <summary>
/// Where the screenshots go: <c>TestResults/screenshots/</c> at the repository root (./test's results directory;
/// <c>GONGKAI_SCREENSHOTS</c> names another). A test's pictures are <c>&lt;test&gt;-NN-&lt;step&gt;.png</c>, and each path is
/// printed to the test output so a reader of the log can open them.
/// </summary>
public static class Screenshots
{
    public static string Directory { get; } = Resolve();

    private static string Resolve()
    {
        if (Environment.GetEnvironmentVariable("GONGKAI_SCREENSHOTS") is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        var root = typeof(Screenshots).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepoRoot")?.Value ?? AppContext.BaseDirectory;
        return Path.Combine(root, "TestResults", "screenshots");
    }

    /// <summary>A full-page screenshot of <paramref name="page"/>; returns its path.</summary>
    public static async Task<string> SaveAsync(IPage page, string name, ITestOutputHelper? output = null)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output?.WriteLine($"screenshot: {path}");
        Console.WriteLine($"screenshot: {path}");
        return path;
    }
}
