using Gongkai.Web.Casework.Reminders;
using Gongkai.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Gongkai.Web.Tests.Support.ReminderFixture;

namespace Gongkai.Web.Tests;

/// <summary>Deadline reminders by e-mail, through a real SMTP server on loopback (<see cref="SmtpSink"/>).</summary>
public sealed class ReminderTests
{
    /// <summary>The app's own service stays off: each test runs its rounds directly.</summary>
    private static readonly Dictionary<string, string?> ServiceOff = new() { ["Gongkai:Reminders:IntervalMinutes"] = "0" };

    private static readonly DateOnly Arrived = new(2026, 3, 2);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DueSoonAndOverdueCasesMailTheAssignedClerkOnceWithAChineseSubject(bool postgres)
    {
        using var app = new WebApp(postgres, ServiceOff);
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        var clerk = await ClerkAsync(app, agency.Id, "李四", "lisi@example.gov.cn");
        var colleague = await ClerkAsync(app, agency.Id, "王五", "wangwu@example.gov.cn");
        var soon = await CaseAsync(app.Database, agency.Id, Arrived, clerk.Id);
        var today = DaysBefore(Due(soon), 2);
        var late = await CaseAsync(app.Database, agency.Id, Arrived.AddDays(-60), clerk.Id);
        var later = await CaseAsync(app.Database, agency.Id, today, clerk.Id);
        Assert.True(Due(later) > today.AddDays(7));
        await using var sink = SmtpSink.Start();

        var first = await ReminderRound.RunAsync(app.Database, Options(sink.Port), today, new ListLogger());

        Assert.Equal(2, first.Sent.Count);
        Assert.Equal(0, first.Failed);
        var mails = sink.Messages.OrderBy(m => m.Subject, StringComparer.Ordinal).ToList();
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.Equal(["lisi@example.gov.cn"], m.To));
        string[] subjects = [$"【政府信息公开】申请 {late.Number} 答复期限 {Due(late):yyyy-MM-dd} 已逾期", $"【政府信息公开】申请 {soon.Number} 答复期限 {Due(soon):yyyy-MM-dd} 还有 2 个工作日"];
        Assert.Equal(subjects.Order(StringComparer.Ordinal), mails.Select(m => m.Subject));
        var soonMail = mails.Single(m => m.Subject.Contains("还有 2 个工作日", StringComparison.Ordinal));
        Assert.StartsWith("=?utf-8?", soonMail.Headers["Subject"], StringComparison.OrdinalIgnoreCase); // encoded on the wire, decoded by the sink
        Assert.Contains("李四：", soonMail.Body, StringComparison.Ordinal);
        Assert.Contains($"机关：{agency.Name}", soonMail.Body, StringComparison.Ordinal);
        Assert.Contains("申请人：张三", soonMail.Body, StringComparison.Ordinal);
        Assert.Contains("到期事项：答复期限", soonMail.Body, StringComparison.Ordinal);
        Assert.Contains($"期限：{Due(soon):yyyy-MM-dd}（还有 2 个工作日）", soonMail.Body, StringComparison.Ordinal);
        Assert.Contains($"http://gongkai.example.cn/cases/{soon.Id}", soonMail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(sink.Messages, m => m.To.Contains(colleague.Email!));
        Assert.Equal(2, await SentCountAsync(app.Database));

        var second = await ReminderRound.RunAsync(app.Database, Options(sink.Port), today, new ListLogger());

        Assert.Empty(second.Due);
        Assert.Empty(second.Sent);
        Assert.Equal(2, sink.Messages.Count);
    }

    [Fact]
    public async Task AnUnassignedCaseMailsEveryClerkOfItsAgencyThatHasAnEmailAndNoOneElse()
    {
        using var app = new WebApp(settings: ServiceOff);
        var (agency, _, _, outsider) = await Workflow.SampleAgenciesAsync(app.Database);
        await ClerkAsync(app, agency.Id, "李四", "lisi@example.gov.cn");
        await ClerkAsync(app, agency.Id, "王五", "WangWu@example.gov.cn");
        await ClerkAsync(app, agency.Id, "赵六", null);
        await ClerkAsync(app, outsider.Id, "钱七", "qianqi@example.gov.cn");
        var late = await CaseAsync(app.Database, agency.Id, Arrived);
        await using var sink = SmtpSink.Start();

        var round = await ReminderRound.RunAsync(app.Database, Options(sink.Port), Due(late).AddDays(1), new ListLogger());

        Assert.Equal(2, round.Sent.Count);
        Assert.Equal(["WangWu@example.gov.cn", "lisi@example.gov.cn"], sink.Messages.SelectMany(m => m.To).Order(StringComparer.Ordinal));
        Assert.All(sink.Messages, m => Assert.EndsWith("已逾期", m.Subject, StringComparison.Ordinal));
        Assert.All(sink.Messages, m => Assert.Contains("负责人：未分配", m.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutAnSmtpHostARoundSendsNothingRecordsNothingAndStillListsWhatIsDue()
    {
        using var app = new WebApp(settings: ServiceOff);
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        var clerk = await ClerkAsync(app, agency.Id, "李四", "lisi@example.gov.cn");
        var late = await CaseAsync(app.Database, agency.Id, Arrived, clerk.Id);
        var log = new ListLogger();

        var round = await ReminderRound.RunAsync(app.Database, Options(smtpPort: null), Due(late).AddDays(3), log);

        Assert.Equal(late.Id, Assert.Single(round.Due).CaseId);
        Assert.Empty(round.Sent);
        Assert.Equal(0, round.Failed);
        Assert.Equal(0, await SentCountAsync(app.Database));
        Assert.DoesNotContain(log.Lines, l => l.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task WhenTheSmtpServerIsDownNothingIsRecordedOneLineIsLoggedAndTheNextRoundSendsIt()
    {
        using var app = new WebApp(settings: ServiceOff);
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        var clerk = await ClerkAsync(app, agency.Id, "李四", "lisi@example.gov.cn");
        var late = await CaseAsync(app.Database, agency.Id, Arrived, clerk.Id);
        await CaseAsync(app.Database, agency.Id, Arrived.AddDays(1), clerk.Id);
        var today = Due(late).AddDays(10);
        var port = SmtpSink.UnusedPort();
        var log = new ListLogger();

        var down = await ReminderRound.RunAsync(app.Database, Options(port), today, log);

        Assert.Equal(2, down.Due.Count);
        Assert.Empty(down.Sent);
        Assert.Equal(2, down.Failed);
        Assert.Equal(0, await SentCountAsync(app.Database));
        var warning = Assert.Single(log.Lines, l => l.Level >= LogLevel.Warning).Text;
        Assert.Contains($"127.0.0.1:{port}", warning, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', warning);

        await using var sink = SmtpSink.Start(port);
        var up = await ReminderRound.RunAsync(app.Database, Options(port), today, log);

        Assert.Equal(2, up.Sent.Count);
        Assert.Equal(2, sink.Messages.Count);
        Assert.Equal(2, await SentCountAsync(app.Database));
    }

    [Fact]
    public async Task TheHostedServiceSendsOnItsOwnWithTheConfiguredServerAndTheInjectedClock()
    {
        await using var sink = SmtpSink.Start();
        using var app = new WebApp(settings: new Dictionary<string, string?>
        {
            ["Gongkai:Reminders:IntervalMinutes"] = "0.005", // a round every 0.3 s
            ["Gongkai:Smtp:Host"] = "127.0.0.1",
            ["Gongkai:Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gongkai:Smtp:From"] = "gongkai@example.cn",
            ["Gongkai:PublicUrl"] = "https://gongkai.example.cn/",
        });
        var today = new DateOnly(2026, 6, 1);
        using var host = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedClock(today))));
        var database = host.Services.GetRequiredService<Data.Database>();
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(database);
        var clerk = await ClerkAsync(host.Services, database, agency.Id, "李四", "lisi@example.gov.cn");
        var late = await CaseAsync(database, agency.Id, Arrived, clerk.Id);

        var mail = await sink.WaitForAsync(m => m.Subject.Contains(late.Number, StringComparison.Ordinal), TimeSpan.FromSeconds(30));

        Assert.Equal($"【政府信息公开】申请 {late.Number} 答复期限 {Due(late):yyyy-MM-dd} 已逾期", mail.Subject);
        Assert.Equal("gongkai@example.cn", mail.From);
        Assert.Contains($"https://gongkai.example.cn/cases/{late.Id}", mail.Body, StringComparison.Ordinal);
    }
}
