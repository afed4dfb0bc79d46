using System.Net;
using Gongkai.Web.Tests.Support;

namespace Gongkai.Web.Tests;

/// <summary>The public deadline calculator counts on the holiday calendar and says how.</summary>
public sealed class DeadlinePageTests
{
    [Fact]
    public async Task TwentyWorkingDaysFromTheDayBeforeSpringFestival2025EndOnThe3rdOfMarchWithTheSpanNamed()
    {
        using var app = new WebApp();
        using var client = app.Client();

        var html = await client.GetStringAsync("/deadline?start=2025-01-27&days=20");

        Assert.Contains("<time id=\"due\" datetime=\"2025-03-03\">2025-03-03</time>", html);
        Assert.Contains("跳过春节 1/28–2/4", html);
        Assert.Contains("2/8 调休上班计入", html);
        Assert.DoesNotContain("id=\"estimate\"", html);
    }

    [Fact]
    public async Task AYearWithoutAPublishedArrangementIsFlaggedAsAnEstimate()
    {
        using var app = new WebApp();
        using var client = app.Client();

        var html = await client.GetStringAsync("/deadline?start=2027-03-01&days=20");

        Assert.Contains("id=\"estimate\"", html);
        Assert.Contains("2027", html);
    }

    [Fact]
    public async Task AnArrangementAddedToTheRegistryIsCountedAndTheEstimateWarningGoes()
    {
        using var app = new WebApp();
        using var client = app.Client();
        await Gongkai.Data.Casework.CalendarStore.AddAsync(app.Database,
        [
            new(new DateOnly(2027, 1, 1), Gongkai.Casework.CalendarDayKind.Holiday, "元旦"),
            new(new DateOnly(2027, 1, 9), Gongkai.Casework.CalendarDayKind.Workday, "元旦"),
        ], "test");

        var html = await client.GetStringAsync("/deadline?start=2026-12-31&days=6");

        Assert.Contains("<time id=\"due\" datetime=\"2027-01-09\">", html);
        Assert.Contains("1/9 调休上班计入", html);
    }

    [Theory]
    [InlineData("/deadline?start=2025-13-40&days=20", "起算日须为形如")]
    [InlineData("/deadline?start=2025-01-27&days=0", "工作日数须为")]
    [InlineData("/deadline?start=2025-01-27&days=abc", "工作日数须为")]
    [InlineData("/deadline?start=9999-01-01&days=20", "起算日须为形如")]
    public async Task BadInputGetsOneClearLineAndNoDate(string url, string message)
    {
        using var app = new WebApp();
        using var client = app.Client();

        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html);
        Assert.DoesNotContain("id=\"due\"", html);
    }
}
