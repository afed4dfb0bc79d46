using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Casework.Statistics;
using Gongkai.Data;
using Gongkai.Web.Accounts;
using Gongkai.Web.Casework.Reminders;
using Gongkai.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static Gongkai.Web.Tests.Support.ReminderFixture;

namespace Gongkai.Web.Tests;

/// <summary>/cases/overview: counts per agency and per clerk on a fixed day, each linking to the case list, and the reminders sent.</summary>
public sealed partial class CaseOverviewTests
{
    private static readonly DateOnly Arrived = new(2026, 3, 2);

    [Fact]
    public async Task TheOverviewCountsEachVisibleAgencysAndClerksCasesAndLinksEveryCountToTheCaseList()
    {
        var today = DaysBefore(ReplyDue(Arrived), 2);
        using var app = new WebApp(settings: new Dictionary<string, string?> { ["Gongkai:Reminders:IntervalMinutes"] = "0" });
        using var host = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedClock(today))));
        var database = host.Services.GetRequiredService<Database>();
        var (agency, _, root, outsider) = await Workflow.SampleAgenciesAsync(database);
        var lisi = await ClerkAsync(host.Services, database, agency.Id, "李四", "lisi@example.gov.cn");
        var wangwu = await ClerkAsync(host.Services, database, agency.Id, "王五", null);
        var late = await CaseAsync(database, agency.Id, Arrived.AddDays(-60), lisi.Id);
        var soon = await CaseAsync(database, agency.Id, Arrived);
        await CaseAsync(database, agency.Id, today, wangwu.Id);
        await CaseAsync(database, agency.Id, Arrived.AddDays(-30), lisi.Id, c => c.Decide(Arrived.AddDays(-20), [ApplicationOutcome.Disclosed], ""));
        await CaseAsync(database, agency.Id, new DateOnly(2025, 6, 2), lisi.Id, c => c.Decide(new DateOnly(2025, 6, 10), [ApplicationOutcome.Disclosed], ""));
        await CaseAsync(database, outsider.Id, Arrived.AddDays(-60));
        await using (var sink = SmtpSink.Start())
        {
            Assert.Equal(2, (await ReminderRound.RunAsync(database, Options(sink.Port), today, new ListLogger())).Sent.Count);
        }

        using var clerk = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await WebApp.SignInAsync(clerk, lisi.UserName, "Test-Passw0rd-1");
        using var response = await clerk.GetAsync("/cases/overview");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(Counts(open: 3, soon: 1, overdue: 1, closed: 1), RowCounts(html, $"agency-{agency.Id}", agency.Id));
        Assert.Contains($"<td class=\"overdue\"><a href=\"/cases?agency={agency.Id}&amp;filter=overdue\">1</a></td>", Row(html, $"agency-{agency.Id}"), StringComparison.Ordinal);
        Assert.Equal(Counts(open: 1, soon: 0, overdue: 1, closed: 1), RowCounts(html, $"clerk-{agency.Id}-{lisi.Id}", agency.Id));
        Assert.Equal(Counts(open: 1, soon: 0, overdue: 0, closed: 0), RowCounts(html, $"clerk-{agency.Id}-{wangwu.Id}", agency.Id));
        Assert.Equal(Counts(open: 1, soon: 1, overdue: 0, closed: 0), RowCounts(html, $"clerk-{agency.Id}-none", agency.Id));
        Assert.Contains("未分配", Row(html, $"clerk-{agency.Id}-none"), StringComparison.Ordinal);
        Assert.DoesNotContain($"agency-{outsider.Id}\"", html, StringComparison.Ordinal);

        var sent = Section(html, "sent-reminders");
        Assert.Contains($"<a href=\"/cases/{late.Id}\">{late.Number}</a>", sent, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/cases/{soon.Id}\">{soon.Number}</a>", sent, StringComparison.Ordinal);
        Assert.Contains("lisi@example.gov.cn", sent, StringComparison.Ordinal);
        Assert.Contains("id=\"mail-off\"", html, StringComparison.Ordinal); // this app has no SMTP server configured

        // The superior office sees the agency in its subtree and not the one outside it; the admin sees both.
        var (reviewer, password) = await CreateAsync(host, Roles.Reviewer, root.Id);
        using var reviewing = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await WebApp.SignInAsync(reviewing, reviewer.UserName, password);
        var reviewed = await reviewing.GetStringAsync("/cases/overview");
        Assert.Equal(Counts(open: 3, soon: 1, overdue: 1, closed: 1), RowCounts(reviewed, $"agency-{agency.Id}", agency.Id));
        Assert.DoesNotContain($"agency-{outsider.Id}\"", reviewed, StringComparison.Ordinal);

        var (admin, adminPassword) = await CreateAsync(host, Roles.Admin, null);
        using var administering = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await WebApp.SignInAsync(administering, admin.UserName, adminPassword);
        var all = await administering.GetStringAsync("/cases/overview");
        Assert.Equal(Counts(open: 1, soon: 0, overdue: 1, closed: 0), RowCounts(all, $"agency-{outsider.Id}", outsider.Id));
        Assert.Contains("本机关的填报人都没有登记电子邮箱", Section(all, "due-reminders"), StringComparison.Ordinal);
    }

    private static Dictionary<string, int> Counts(int open, int soon, int overdue, int closed) =>
        new() { ["open"] = open, ["soon"] = soon, ["overdue"] = overdue, ["closed"] = closed };

    /// <summary>The four counts of a row, by the case-list filter each links to (all to the row's agency).</summary>
    private static Dictionary<string, int> RowCounts(string html, string rowId, long agencyId)
    {
        var counts = new Dictionary<string, int>();
        foreach (Match m in CountLink().Matches(Row(html, rowId)))
        {
            Assert.Equal(agencyId.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Groups[1].Value);
            counts[m.Groups[2].Value] = int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }

    private static string Row(string html, string id) => Between(html, $"<tr id=\"{id}\">", "</tr>");

    private static string Section(string html, string tableId) => Between(html, $"<table class=\"list\" id=\"{tableId}\">", "</table>");

    private static string Between(string html, string start, string end)
    {
        var at = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{start} is not on the page");
        return html[at..html.IndexOf(end, at, StringComparison.Ordinal)];
    }

    private static async Task<(WebUser User, string Password)> CreateAsync(WebApplicationFactory<Program> host, string role, long? agencyId)
    {
        using var scope = host.Services.CreateAsyncScopeCompat();
        var user = new WebUser { UserName = $"{role}{Guid.NewGuid().ToString("N")[..8]}", DisplayName = role, Role = role, AgencyId = agencyId };
        Assert.True((await scope.Users.CreateAsync(user, "Test-Passw0rd-1")).Succeeded);
        return (user, "Test-Passw0rd-1");
    }

    [GeneratedRegex("<a href=\"/cases\\?agency=(\\d+)&amp;filter=(\\w+)\">(\\d+)</a>")]
    private static partial Regex CountLink();
}
