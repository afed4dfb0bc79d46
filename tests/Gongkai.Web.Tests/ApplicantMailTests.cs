using Dapper;
using Gongkai.Web.Accounts;
using Gongkai.Web.Casework.Reminders;
using Gongkai.Web.Tests.Support;
using static Gongkai.Web.Tests.Support.ReminderFixture;

namespace Gongkai.Web.Tests;

/// <summary>
/// Notices reach an applicant who gave an e-mail address: queued with the step that made them, sent through a real
/// SMTP server on loopback with the DOCX attached, once; nothing queued for an applicant without an address.
/// </summary>
public sealed class ApplicantMailTests
{
    private static readonly Dictionary<string, string?> ServiceOff = new() { ["Gongkai:Reminders:IntervalMinutes"] = "0" };

    /// <summary>An application handed in on 2026-03-02 by someone who gave an e-mail address.</summary>
    private static async Task<long> RegisterAsync(HttpClient clerk, string name, string email)
    {
        var fields = new Dictionary<string, string>
        {
            ["channel"] = "InPerson", ["arrived"] = "2026-03-02", ["applicantType"] = "Natural", ["name"] = name,
            ["idDocument"] = "110101199001011234", ["email"] = email, ["content"] = "2025年村务公开栏照片",
        };
        using var registered = await Workflow.PostAsync(clerk, "/cases/new", "/cases/new", fields);
        return long.Parse(registered.Headers.Location!.OriginalString.Split('/')[2].Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A补正NoticeAndTheReplyAreEmailedToTheApplicantOnceWithTheDocxAttached(bool postgres)
    {
        using var app = new WebApp(postgres, ServiceOff);
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        using var clerk = await app.SignedInAsync(Roles.Clerk, agency.Id);
        var id = await RegisterAsync(clerk, "赵六", "zhaoliu@example.cn");
        Workflow.AssertRedirect(await CaseworkTests.StepAsync(clerk, id, "correction", new() { ["sent"] = "2026-03-04", ["items"] = "请写明村名", ["correctBy"] = "2026-03-20" }), $"/cases/{id}");
        Assert.Contains("待发送至 zhaoliu@example.cn", await clerk.GetStringAsync($"/cases/{id}"));

        await using var sink = SmtpSink.Start();
        Assert.Equal(2, await ApplicantMailRound.RunAsync(app.Database, Options(sink.Port), new ListLogger()));
        Assert.Equal(2, sink.Messages.Count);

        // First the 登记回执 queued at registration: the receipt date, the reply date and the tracking code.
        var receipt = sink.Messages[0];
        Assert.StartsWith("【政府信息公开】政府信息公开申请登记回执", receipt.Subject, StringComparison.Ordinal);
        var receiptText = CaseworkTests.DocxText(Assert.Single(receipt.Attachments!).Bytes);
        Assert.Contains("本机关收到申请之日为2026年3月2日。本机关将于2026年3月30日前作出答复", receiptText);
        Assert.Matches("查询码：[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}。", receiptText);

        var mail = sink.Messages[1];
        Assert.Equal(["zhaoliu@example.cn"], mail.To);
        Assert.StartsWith("【政府信息公开】政府信息公开申请补正告知书", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("请写明村名", mail.Body);
        Assert.Contains("/track（查询码 ", mail.Body);
        var (name, bytes) = Assert.Single(mail.Attachments!);
        Assert.EndsWith(".docx", name, StringComparison.Ordinal);
        Assert.Contains("请写明村名", CaseworkTests.DocxText(bytes));
        Assert.Contains("已发送至 zhaoliu@example.cn", await clerk.GetStringAsync($"/cases/{id}"));
        Assert.Equal(0, await ApplicantMailRound.RunAsync(app.Database, Options(sink.Port), new ListLogger())); // once

        Workflow.AssertRedirect(await CaseworkTests.StepAsync(clerk, id, "corrected", new() { ["date"] = "2026-03-09" }), $"/cases/{id}");
        Workflow.AssertRedirect(await CaseworkTests.StepAsync(clerk, id, "decide", new() { ["date"] = "2026-03-20", ["parts"] = "Disclosed", ["provided"] = "照片见附件。" }), $"/cases/{id}");
        Assert.Equal(1, await ApplicantMailRound.RunAsync(app.Database, Options(sink.Port), new ListLogger()));
        Assert.StartsWith("【政府信息公开】政府信息公开申请答复书", sink.Messages[^1].Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOnlineApplicantGetsTheTrackingCodeByMailAtOnceAndTheReceiptOnceTheClerkConfirms()
    {
        using var app = new WebApp(false, ServiceOff);
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        using var clerk = await app.SignedInAsync(Roles.Clerk, agency.Id);
        using var applicant = app.Client();
        var fields = new Dictionary<string, string>
        {
            ["applicantType"] = "Natural", ["name"] = "孙八", ["idDocument"] = "110101199001011234", ["email"] = "sunba@example.cn",
            ["content"] = "2025年本镇低保对象名单", ["form"] = "电子文档", ["delivery"] = "电子邮件",
        };
        var page = await (await Workflow.PostAsync(applicant, $"/apply?agency={agency.Id}", $"/apply?agency={agency.Id}", fields)).Content.ReadAsStringAsync();
        var code = System.Text.RegularExpressions.Regex.Match(page, "[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}").Value;
        Assert.NotEmpty(code);

        await using var sink = SmtpSink.Start();
        Assert.Equal(1, await ApplicantMailRound.RunAsync(app.Database, Options(sink.Port), new ListLogger()));
        var submitted = Assert.Single(sink.Messages);
        Assert.Equal(["sunba@example.cn"], submitted.To);
        Assert.StartsWith("【政府信息公开】已收到您的在线申请", submitted.Subject, StringComparison.Ordinal);
        Assert.Contains($"查询码 {code}", submitted.Body);
        Assert.Contains("以双方确认之日为收到申请之日", submitted.Body);
        Assert.Null(submitted.Attachments);

        await using var c = await app.Database.OpenAsync();
        var id = await c.ExecuteScalarAsync<long>("SELECT id FROM applications WHERE tracking_code = @code", new { code });
        var today = Gongkai.Casework.ChinaClock.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Workflow.AssertRedirect(await CaseworkTests.StepAsync(clerk, id, "confirm", new() { ["date"] = today }), $"/cases/{id}");
        Assert.Equal(1, await ApplicantMailRound.RunAsync(app.Database, Options(sink.Port), new ListLogger()));
        Assert.StartsWith("【政府信息公开】政府信息公开申请登记回执", sink.Messages[^1].Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRunningServiceMailsANewNoticeAtOnceNotAtTheNextHourlyRound()
    {
        await using var sink = SmtpSink.Start();
        using var app = new WebApp(settings: new Dictionary<string, string?>
        {
            ["Gongkai:Reminders:IntervalMinutes"] = "43200", // 30 days, the longest interval: only the signal can send it in time
            ["Gongkai:Smtp:Host"] = "127.0.0.1",
            ["Gongkai:Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        using var clerk = await app.SignedInAsync(Roles.Clerk, agency.Id);
        var id = await RegisterAsync(clerk, "钱七", "qianqi@example.cn");
        await sink.WaitForAsync(m => m.To.Contains("qianqi@example.cn") && m.Subject.Contains("登记回执", StringComparison.Ordinal), TimeSpan.FromSeconds(30));

        // A later step's notice needs a later round: the service is still listening after the one that sent the receipt.
        Workflow.AssertRedirect(await CaseworkTests.StepAsync(clerk, id, "extend", new() { ["approver"] = "王五", ["approved"] = "2026-03-10", ["reason"] = "需调取档案" }), $"/cases/{id}");

        var mail = await sink.WaitForAsync(m => m.To.Contains("qianqi@example.cn") && m.Subject.Contains("延期", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.StartsWith("【政府信息公开】政府信息公开申请延期答复告知书", mail.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingIsQueuedForAnApplicantWithoutAnAddressAndAServerThatIsDownLosesNothing()
    {
        using var app = new WebApp(false, ServiceOff);
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        using var clerk = await app.SignedInAsync(Roles.Clerk, agency.Id);
        var without = await CaseworkTests.RegisterAsync(clerk, "2026-03-02"); // phone only
        Workflow.AssertRedirect(await CaseworkTests.StepAsync(clerk, without, "extend", new() { ["approver"] = "王五", ["approved"] = "2026-03-10", ["reason"] = "量大" }), $"/cases/{without}");
        await using var c = await app.Database.OpenAsync();
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM applicant_outbox"));

        await using (var tx = await c.BeginTransactionAsync())
        {
            await Gongkai.Data.Casework.ApplicantOutbox.QueueAsync(c, tx, app.Database, without, ["Extension"], "someone@example.cn");
            await tx.CommitAsync();
        }

        var down = SmtpSink.UnusedPort();
        var logger = new ListLogger();
        Assert.Equal(0, await ApplicantMailRound.RunAsync(app.Database, Options(down), logger));
        Assert.Single(logger.Lines, l => l.Text.Contains("不可用", StringComparison.Ordinal));
        await using var sink = SmtpSink.Start(down);
        Assert.Equal(1, await ApplicantMailRound.RunAsync(app.Database, Options(down), new ListLogger()));
        Assert.StartsWith("【政府信息公开】政府信息公开申请延期答复告知书", Assert.Single(sink.Messages).Subject, StringComparison.Ordinal);
    }
}
