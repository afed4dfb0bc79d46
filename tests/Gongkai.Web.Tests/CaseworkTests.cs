using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Gongkai.Web.Accounts;
using Gongkai.Web.Tests.Support;

namespace Gongkai.Web.Tests;

/// <summary>
/// An application from intake to the annual report through the web pages, on SQLite and PostgreSQL: 补正, extension,
/// a 部分公开 decision with its reply notice, the applicant's view by tracking code, the report cell it lands in,
/// and the audit line of every step.
/// </summary>
public sealed partial class CaseworkTests
{
    private static Dictionary<string, string> Applicant(string name = "张三") => new()
    {
        ["applicantType"] = "Natural",
        ["name"] = name,
        ["idDocument"] = "110101199001011234",
        ["phone"] = "13800000000",
        ["content"] = "2025年本镇农村危房改造补助资金发放名单",
        ["form"] = "电子文档",
        ["delivery"] = "电子邮件",
    };

    internal static async Task<long> RegisterAsync(HttpClient clerk, string arrived, string name = "张三")
    {
        var fields = Applicant(name);
        fields["channel"] = "InPerson";
        fields["arrived"] = arrived;
        using var response = await Workflow.PostAsync(clerk, "/cases/new", "/cases/new", fields);
        Workflow.AssertRedirect(response, "/cases/");
        return long.Parse(CaseId().Match(response.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static Task<HttpResponseMessage> StepAsync(HttpClient clerk, long id, string step, Dictionary<string, string> fields) =>
        Workflow.PostAsync(clerk, $"/cases/{id}", $"/cases/{id}/{step}", fields);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AClerkTakesAnApplicationThrough补正ExtensionAndA部分公开DecisionThatTheApplicantAndTheReportSee(bool postgres)
    {
        using var app = new WebApp(postgres);
        using var anonymous = app.Client();
        await anonymous.GetAsync("/");
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        using var clerk = await app.SignedInAsync(Roles.Clerk, agency.Id);

        var id = await RegisterAsync(clerk, "2026-03-02");
        var page = await clerk.GetStringAsync($"/cases/{id}");
        var code = TrackingCode().Match(page).Groups[1].Value;
        Assert.Contains("2026-03-30", page); // 20 working days from Monday 3/2

        // A decision while the correction is awaited is refused with the reason.
        Workflow.AssertRedirect(await StepAsync(clerk, id, "correction", new Dictionary<string, string> { ["sent"] = "2026-03-04", ["items"] = "请写明所需名单的村别", ["correctBy"] = "2026-03-20" }), $"/cases/{id}");
        using (var refused = await StepAsync(clerk, id, "decide", new Dictionary<string, string> { ["date"] = "2026-03-05", ["parts"] = "Disclosed" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("正在等待补正", await refused.Content.ReadAsStringAsync());
        }

        Workflow.AssertRedirect(await StepAsync(clerk, id, "corrected", new Dictionary<string, string> { ["date"] = "2026-03-09" }), $"/cases/{id}");
        Workflow.AssertRedirect(await StepAsync(clerk, id, "extend", new Dictionary<string, string> { ["approver"] = "王五", ["approved"] = "2026-03-30", ["reason"] = "需调取档案" }), $"/cases/{id}");
        page = await clerk.GetStringAsync($"/cases/{id}");
        // From the corrected application (Monday 3/9): 40 working days, 清明 4/4–4/6, 5/1–5/5 劳动节, 5/9 调休 worked → 5/8.
        Assert.Contains("延期答复告知书", page);
        Assert.Matches("答复期限 <strong>2026-05-0[0-9]</strong>", page);

        using (var decided = await Workflow.PostAsync(clerk, $"/cases/{id}", $"/cases/{id}/decide", new Dictionary<string, string> { ["date"] = "2026-04-20", ["reasons"] = "名单中的身份证号码属于个人隐私，依照第十五条不予公开。", ["provided"] = "其余部分见附件。" }
            .Concat([]).ToDictionary()))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, decided.StatusCode); // no part ticked
        }

        using (var form = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", Workflow.TokenOfForm(await clerk.GetStringAsync($"/cases/{id}"), $"/cases/{id}/decide")),
            new("date", "2026-04-20"),
            new("parts", "Disclosed"),
            new("parts", "WithheldThirdParty"),
            new("reasons", "名单中的身份证号码属于个人隐私，依照第十五条不予公开。"),
            new("provided", "其余部分见附件。"),
        ]))
        {
            Workflow.AssertRedirect(await clerk.PostAsync($"/cases/{id}/decide", form), $"/cases/{id}");
        }

        page = await clerk.GetStringAsync($"/cases/{id}");
        Assert.Contains("<dd id=\"outcome\">部分公开", page);
        Assert.Contains("按期答复", page);
        Assert.Contains("<td>作出答复</td>", page);

        var reply = await clerk.GetAsync($"/cases/{id}/notice?kind=Decision&index=-1");
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var text = DocxText(await reply.Content.ReadAsByteArrayAsync());
        Assert.Contains("政府信息公开申请答复书", text);
        Assert.Contains("张三", text);
        Assert.Contains("第三十七条", text);
        Assert.Contains("行政复议", text);

        // The applicant, with nothing but the code (typed in lower case with spaces).
        using var applicant = app.Client();
        var tracked = await Workflow.PostAsync(applicant, "/track", "/track", new Dictionary<string, string> { ["code"] = code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal) });
        var trackedHtml = await tracked.Content.ReadAsStringAsync();
        Assert.Contains("<strong id=\"track-status\">已办结</strong>", trackedHtml);
        Assert.Contains("<strong id=\"track-outcome\">部分公开</strong>", trackedHtml);
        using (var download = await Workflow.PostAsync(applicant, "/track", "/track/notice", new Dictionary<string, string> { ["code"] = code, ["kind"] = "Decision" }))
        {
            Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType!.MediaType);
            Assert.Contains("第三十七条", DocxText(await download.Content.ReadAsByteArrayAsync()));
        }

        // The year's report counts it once, in 部分公开, in the 自然人 column.
        Workflow.AssertRedirect(await Workflow.PostAsync(clerk, "/cases/report/2026", "/cases/report/2026", new Dictionary<string, string> { ["licensing"] = "3" }), "/author/2026?done=generated");
        await using var c = await app.Database.OpenAsync();
        var json = await c.ExecuteScalarAsync<string>("SELECT report_json FROM submissions WHERE agency_id = @Id AND year = 2026", new { agency.Id });
        var cells = JsonDocument.Parse(json!).RootElement.GetProperty("cells");
        Assert.Equal(1, cells.GetProperty("s3.partial.natural").GetDecimal());
        Assert.Equal(1, cells.GetProperty("s3.received.total").GetDecimal());
        Assert.Equal(0, cells.GetProperty("s3.disclosed.total").GetDecimal());
        Assert.Equal(3, cells.GetProperty("s2.licensing.decisions").GetDecimal());
        // The generated draft is correct by construction: the checker finds no error in it.
        Assert.DoesNotContain(Gongkai.Checking.Checker.Check(Gongkai.Writing.CanonicalJson.Read(json!)), d => d.Severity == Gongkai.Diagnostics.Severity.Error);
        var author = await clerk.GetStringAsync("/author/2026?done=generated");
        Assert.Contains("已由办案台账生成", author);

        var actions = (await c.QueryAsync<string>("SELECT action FROM audit_log WHERE entity = 'application' AND entity_id = @id ORDER BY id", new { id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) })).ToList();
        Assert.Equal(["application.register", "application.correction", "application.corrected", "application.extend", "application.decide"], actions);
        Assert.Equal(1, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'submission.generate'"));
    }

    [Fact]
    public async Task AnOnlineApplicationWaitsForTheClerksConfirmationBeforeItsClockRuns()
    {
        using var app = new WebApp();
        var (agency, _, root, outsider) = await Workflow.SampleAgenciesAsync(app.Database);
        using var clerk = await app.SignedInAsync(Roles.Clerk, agency.Id);
        using var applicant = app.Client();

        var list = await applicant.GetStringAsync("/apply");
        Assert.Contains($"href=\"/apply?agency={agency.Id}\"", list);
        Assert.DoesNotContain("id=\"apply\"", await applicant.GetStringAsync($"/apply?agency={outsider.Id}")); // no clerk there: the list, no form

        using var applied = await Workflow.PostAsync(applicant, $"/apply?agency={agency.Id}", $"/apply?agency={agency.Id}", Applicant("李四"));
        var html = await applied.Content.ReadAsStringAsync();
        var code = TrackingCode().Match(html).Groups[1].Value;
        Assert.NotEmpty(code);
        var tracked = await (await Workflow.PostAsync(applicant, "/track", "/track", new Dictionary<string, string> { ["code"] = code })).Content.ReadAsStringAsync();
        Assert.Contains("待确认收件", tracked);

        var cases = await clerk.GetStringAsync("/cases");
        var id = long.Parse(Regex.Match(cases, "href=\"/cases/(\\d+)\">\\d{4}-\\d{4}</a>").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("未分配", cases);
        Workflow.AssertRedirect(await StepAsync(clerk, id, "take", new Dictionary<string, string>()), $"/cases/{id}");
        var today = Gongkai.Casework.ChinaClock.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using (var early = await StepAsync(clerk, id, "confirm", new Dictionary<string, string> { ["date"] = "2020-01-02" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode); // before it arrived
        }

        Workflow.AssertRedirect(await StepAsync(clerk, id, "confirm", new Dictionary<string, string> { ["date"] = today }), $"/cases/{id}");
        var page = await clerk.GetStringAsync($"/cases/{id}");
        Assert.Contains($"<span id=\"received\">{today}</span>", page);
        Assert.Contains("data-kind=\"Acknowledgment\"", page); // the 登记回执, once the receipt date is fixed
        Assert.Contains(code, DocxText(await clerk.GetByteArrayAsync($"/cases/{id}/notice?kind=Acknowledgment&index=-1")));
        Assert.DoesNotContain("未分配", page);
        Assert.DoesNotContain("待确认收件", await (await Workflow.PostAsync(applicant, "/track", "/track", new Dictionary<string, string> { ["code"] = code })).Content.ReadAsStringAsync());

        // A typing error at intake is corrected on the case page, with the registered values shown.
        Assert.Contains("value=\"李四\"", page);
        var amended = Applicant("李肆");
        amended["applicantType"] = "Legal";
        Workflow.AssertRedirect(await StepAsync(clerk, id, "amend", amended), $"/cases/{id}");
        page = await clerk.GetStringAsync($"/cases/{id}");
        Assert.Contains("李肆（法律服务机构）", page);
        Assert.Contains("<td>更正登记信息</td>", page);
        var noName = Applicant(" ");
        noName["content"] = "改正后的所需信息描述";
        using (var refusedAmend = await StepAsync(clerk, id, "amend", noName))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refusedAmend.StatusCode);
            var again = await refusedAmend.Content.ReadAsStringAsync();
            Assert.Contains("<details id=\"amend\" open=\"open\">", again); // reopened, as typed
            Assert.Contains(">改正后的所需信息描述</textarea>", again);
        }

        // Step dates after today are refused (a typing error would close the case decades ahead); control characters too.
        using (var future = await StepAsync(clerk, id, "withdraw", new Dictionary<string, string> { ["date"] = "2999-01-01" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, future.StatusCode);
            Assert.Contains("晚于今天", await future.Content.ReadAsStringAsync());
        }

        var control = Applicant("王\u0001五");
        using (var refusedApply = await Workflow.PostAsync(applicant, $"/apply?agency={agency.Id}", $"/apply?agency={agency.Id}", control))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refusedApply.StatusCode);
            Assert.Contains("控制字符", await refusedApply.Content.ReadAsStringAsync());
        }

        var badMail = Applicant();
        badMail["email"] = "zs＠example.cn";
        using (var refusedMail = await Workflow.PostAsync(applicant, $"/apply?agency={agency.Id}", $"/apply?agency={agency.Id}", badMail))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refusedMail.StatusCode);
            var again = await refusedMail.Content.ReadAsStringAsync(); // nothing typed is lost
            Assert.Contains("value=\"zs＠example.cn\"", again);
            Assert.Contains(">2025年本镇农村危房改造补助资金发放名单</textarea>", again);
        }

        // The clerk's form too: a missing contact comes back with everything typed, the channel and dates included.
        var noContact = Applicant("周九");
        noContact.Remove("phone");
        noContact["channel"] = "PostSigned";
        noContact["arrived"] = "2026-03-03";
        using (var refusedIntake = await Workflow.PostAsync(clerk, "/cases/new", "/cases/new", noContact))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refusedIntake.StatusCode);
            var again = await refusedIntake.Content.ReadAsStringAsync();
            Assert.Contains("至少填写一种联系方式", again);
            Assert.Contains("value=\"周九\"", again);
            Assert.Contains("value=\"2026-03-03\"", again);
            Assert.Contains("<option value=\"PostSigned\" selected=\"selected\">", again);
        }

        // A wrong code says so and reveals nothing.
        using var wrong = await Workflow.PostAsync(applicant, "/track", "/track", new Dictionary<string, string> { ["code"] = "2222-2222-2222" });
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Contains("查询码不正确", await wrong.Content.ReadAsStringAsync());

        // A reviewer of the region reads the case but cannot act; a clerk elsewhere does not see it.
        using var reviewer = await app.SignedInAsync(Roles.Reviewer, root.Id);
        var supervised = await reviewer.GetStringAsync($"/cases/{id}");
        // What supervising needs, no more: the contacts masked (the applicant, amended above to a 法律服务机构, keeps its
        // public credit code), no tracking code.
        Assert.Contains("· 138****0000", supervised, StringComparison.Ordinal);
        Assert.DoesNotContain("13800000000", supervised, StringComparison.Ordinal);
        Assert.DoesNotContain("tracking-code", supervised, StringComparison.Ordinal);
        Assert.DoesNotContain("data-kind=\"Acknowledgment\"", supervised, StringComparison.Ordinal); // the receipt carries the code
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"/cases/{id}/notice?kind=Acknowledgment&index=-1")).StatusCode);
        Workflow.AssertRedirect(await StepAsync(reviewer, id, "archive", new Dictionary<string, string> { ["date"] = today }), "/account/denied");
        using var other = await app.SignedInAsync(Roles.Clerk, outsider.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/cases/{id}")).StatusCode);
    }

    [Fact]
    public async Task UnderArticle35TheClerkAsksForReasonsThenFixesALaterDeadlineThatTheClockTheNoticesAndTheApplicantFollow()
    {
        using var app = new WebApp();
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        using var clerk = await app.SignedInAsync(Roles.Clerk, agency.Id);

        // 不予处理 for an unreasonable volume needs the request for reasons first.
        var hasty = await RegisterAsync(clerk, "2026-03-02", "赵六");
        using (var refused = await StepAsync(clerk, hasty, "decide", new() { ["date"] = "2026-03-05", ["parts"] = "DeclinedExcessive", ["reasons"] = "申请过多" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var again = await refused.Content.ReadAsStringAsync();
            Assert.Contains("须先要求申请人说明理由", again);
            // The refused reply comes back as typed, to be corrected rather than written again.
            Assert.Contains(">申请过多</textarea>", again);
            Assert.Contains("value=\"DeclinedExcessive\" checked=\"checked\"", again);
            Assert.DoesNotContain("value=\"Disclosed\" checked", again);
        }

        var id = await RegisterAsync(clerk, "2026-03-02"); // statutory reply due 2026-03-30
        var page = await clerk.GetStringAsync($"/cases/{id}");
        var code = TrackingCode().Match(page).Groups[1].Value;
        Assert.Contains("id=\"reasons-form\"", page);
        Workflow.AssertRedirect(await StepAsync(clerk, id, "reasons", new() { ["sent"] = "2026-03-04", ["grounds"] = "您本月已向本机关提出申请86件。", ["explainBy"] = "2026-03-11" }), $"/cases/{id}");
        using (var early = await StepAsync(clerk, id, "defer", new() { ["notified"] = "2026-03-05", ["until"] = "2026-05-29", ["reason"] = "需逐一调取" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode); // the reasons have not come
        }

        Workflow.AssertRedirect(await StepAsync(clerk, id, "explained", new() { ["date"] = "2026-03-10" }), $"/cases/{id}");
        Workflow.AssertRedirect(await StepAsync(clerk, id, "defer", new() { ["notified"] = "2026-03-16", ["until"] = "2026-05-29", ["reason"] = "所需信息分散在各村，需逐一调取、核对。" }), $"/cases/{id}");
        page = await clerk.GetStringAsync($"/cases/{id}");
        Assert.Contains("2026-05-29", Regex.Match(page, "id=\"next-deadline\"[^\n]*").Value);
        Assert.Contains("2026-03-04 要求说明理由（期限 2026-03-11），2026-03-10 收到说明；2026-03-16 告知延迟至 2026-05-29 答复", page);
        Assert.Contains("确定延迟答复的合理期限至 2026-05-29（第三十五条）", page);

        var reasons = DocxText(await clerk.GetByteArrayAsync($"/cases/{id}/notice?kind=ReasonsRequest&index=-1"));
        Assert.Contains("政府信息公开申请说明理由通知书", reasons);
        Assert.Contains("您本月已向本机关提出申请86件。", reasons);
        Assert.Contains("2026年3月11日前", reasons);
        var deferral = DocxText(await clerk.GetByteArrayAsync($"/cases/{id}/notice?kind=Deferral&index=-1"));
        Assert.Contains("政府信息公开申请延迟答复告知书", deferral);
        Assert.Contains("将于2026年5月29日前作出答复", deferral);

        // The applicant sees the later deadline and both notices.
        using var applicant = app.Client();
        var tracked = await (await applicant.PostAsJsonAsync("/api/track", new { code })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2026-05-29", tracked.GetProperty("replyDue").GetString());
        Assert.Equal(["登记回执", "说明理由通知书", "延迟答复告知书"], tracked.GetProperty("notices").EnumerateArray().Select(n => n.GetString()));

        await using var c = await app.Database.OpenAsync();
        var actions = (await c.QueryAsync<string>("SELECT action FROM audit_log WHERE entity = 'application' AND entity_id = @id ORDER BY id", new { id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) })).ToList();
        Assert.Equal(["application.register", "application.ask-reasons", "application.reasons-given", "application.defer"], actions);
    }

    [Fact]
    public async Task TheConsultedPartysFifteenDaysRunFromTheDayItReceivedTheLetterAsTheClerkRecordsIt()
    {
        using var app = new WebApp();
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        using var clerk = await app.SignedInAsync(Roles.Clerk, agency.Id);
        var id = await RegisterAsync(clerk, "2026-03-02");
        Workflow.AssertRedirect(await StepAsync(clerk, id, "consult", new() { ["party"] = "某建设有限公司", ["sent"] = "2026-03-05" }), $"/cases/{id}");
        var page = await clerk.GetStringAsync($"/cases/{id}");
        Assert.Contains("至 15 个工作日期满 2026-03-26", page); // counted from sending until the receipt is known
        Assert.Contains("delivered-form", page);

        using (var early = await StepAsync(clerk, id, "delivered", new() { ["index"] = "0", ["date"] = "2026-03-04" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        }

        Workflow.AssertRedirect(await StepAsync(clerk, id, "delivered", new() { ["index"] = "0", ["date"] = "2026-03-09" }), $"/cases/{id}");
        page = await clerk.GetStringAsync($"/cases/{id}");
        Assert.Contains("对方 2026-03-09 收到，未答复，至 15 个工作日期满 2026-03-30", page);
        Assert.Contains("对方收到征求意见书", page); // the history
        Assert.DoesNotContain("delivered-form", page);
    }

    [Fact]
    public async Task AnAppealLinkedToAnApplicationCountsInTable4AndAFeeIsComputedByTheTiers()
    {
        using var app = new WebApp();
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        using var clerk = await app.SignedInAsync(Roles.Clerk, agency.Id);
        var id = await RegisterAsync(clerk, "2026-06-01");
        await using var c = await app.Database.OpenAsync();
        var number = await c.ExecuteScalarAsync<string>("SELECT number FROM applications WHERE id = @id", new { id });

        Workflow.AssertRedirect(await StepAsync(clerk, id, "fee", new Dictionary<string, string> { ["method"] = "按量", ["pages"] = "150", ["sent"] = "2026-06-03" }), $"/cases/{id}");
        var page = await clerk.GetStringAsync($"/cases/{id}");
        Assert.Contains("待缴费", page);
        Assert.Contains("信息处理费缴费通知书", page);
        Assert.Contains("1700", (await c.QueryAsync<string>("SELECT case_json FROM applications WHERE id = @id", new { id })).Single());

        Workflow.AssertRedirect(await Workflow.PostAsync(clerk, "/cases/appeals", "/cases/appeals/add", new Dictionary<string, string> { ["kind"] = "Review", ["caseNumber"] = "X复〔2026〕3号", ["body"] = "某市人民政府", ["filed"] = "2026-07-01", ["application"] = number! }), "/cases/appeals");
        using (var bad = await Workflow.PostAsync(clerk, "/cases/appeals", "/cases/appeals/add", new Dictionary<string, string> { ["kind"] = "Review", ["caseNumber"] = "X", ["body"] = "Y", ["filed"] = "2026-07-01", ["application"] = "1999-0001" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        }

        var appealId = await c.ExecuteScalarAsync<long>("SELECT id FROM appeals WHERE application_id = @id", new { id });
        Workflow.AssertRedirect(await Workflow.PostAsync(clerk, "/cases/appeals", "/cases/appeals/decide", new Dictionary<string, string> { ["id"] = appealId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["decided"] = "2026-09-01", ["outcome"] = "Corrected" }), "/cases/appeals");
        Assert.Contains("行政复议 X复〔2026〕3号 · 某市人民政府 · 2026-07-01 · 结果纠正", await clerk.GetStringAsync($"/cases/{id}")); // in Chinese on the case
        var report = await clerk.GetStringAsync("/cases/report/2026");
        Assert.Contains("本年度涉及申请 1 件、复议诉讼 1 件", report);
        Assert.Contains("本年没有经三审发布的主动公开信息", report);
        Assert.Contains("台账中本年已缴信息处理费合计 0 元", report); // the fee is not paid yet
        Workflow.AssertRedirect(await StepAsync(clerk, id, "paid", new Dictionary<string, string> { ["date"] = "2026-06-10" }), $"/cases/{id}");
        Assert.Contains("台账中本年已缴信息处理费合计 1700 元", await clerk.GetStringAsync("/cases/report/2026"));
        Assert.Contains("value=\"1700\"", await clerk.GetStringAsync("/cases/report/2026"));
        Workflow.AssertRedirect(await Workflow.PostAsync(clerk, "/cases/report/2026", "/cases/report/2026", new Dictionary<string, string> { ["processingFees"] = "1700" }), "/author/2026");
        var json = await c.ExecuteScalarAsync<string>("SELECT report_json FROM submissions WHERE agency_id = @Id AND year = 2026", new { agency.Id });
        var cells = JsonDocument.Parse(json!).RootElement.GetProperty("cells");
        Assert.Equal(1, cells.GetProperty("s4.review.corrected").GetDecimal());
        Assert.Equal(1, cells.GetProperty("s3.carried_out.total").GetDecimal()); // paid but not yet answered: still open
        Assert.Contains("1700", JsonDocument.Parse(json!).RootElement.GetProperty("sections").ToString());
        Assert.Equal(2, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_log WHERE entity = 'appeal'"));
    }

    [Fact]
    public async Task AddingNextYearsArrangementOnTheCalendarPageMovesTheRunningDeadlinesItAffects()
    {
        using var app = new WebApp();
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        using var clerk = await app.SignedInAsync(Roles.Clerk, agency.Id);
        var id = await RegisterAsync(clerk, "2026-11-20");
        // Friday 2026-11-20 + 20 working days = 2026-12-18; an extension to 40 crosses into 2027.
        Workflow.AssertRedirect(await StepAsync(clerk, id, "extend", new Dictionary<string, string> { ["approver"] = "王五", ["approved"] = "2026-11-20", ["reason"] = "量大" }), $"/cases/{id}");
        Assert.Contains("2027-01-15", await clerk.GetStringAsync($"/cases/{id}")); // weekends only in 2027: 1/1 counted

        using var admin = await app.SignedInAsync(Roles.Admin);
        using var added = await Workflow.PostAsync(admin, "/admin/calendar", "/admin/calendar", new Dictionary<string, string> { ["tsv"] = "date\tkind\tname\n2027-01-01\tholiday\t元旦\n2027-01-02\tholiday\t元旦\n2027-01-03\tholiday\t元旦\n" });
        var html = await added.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("1 件办理中申请的期限随之调整", html);
        Assert.Contains("2027-01-15 → 2027-01-18", html);
        Assert.Contains("2027-01-18", await clerk.GetStringAsync($"/cases/{id}"));
        Assert.Contains("2027", await admin.GetStringAsync("/admin/calendar"));

        using var malformed = await Workflow.PostAsync(admin, "/admin/calendar", "/admin/calendar", new Dictionary<string, string> { ["tsv"] = "date\tkind\tname\n2027-13-01\tholiday\tX\n" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, malformed.StatusCode);
    }

    [Fact]
    public async Task TheCaseListPutsOverdueCasesFirstAndFiltersByState()
    {
        using var app = new WebApp();
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        using var clerk = await app.SignedInAsync(Roles.Clerk, agency.Id);
        await RegisterAsync(clerk, "2026-03-02", "逾期甲");
        var closed = await RegisterAsync(clerk, "2026-03-03", "办结乙");
        Workflow.AssertRedirect(await StepAsync(clerk, closed, "withdraw", new Dictionary<string, string> { ["date"] = "2026-03-04" }), $"/cases/{closed}");

        var open = await clerk.GetStringAsync("/cases?filter=overdue");
        Assert.Contains("逾期甲", open);
        Assert.Contains("class=\"overdue-row\"", open);
        Assert.Contains("答复期限 2026-03-30", open);
        Assert.DoesNotContain("办结乙", open);
        var done = await clerk.GetStringAsync("/cases?filter=closed");
        Assert.Contains("办结乙", done);
        Assert.Contains("其他处理·其他", done);
        Assert.DoesNotContain("逾期甲", done);
        var all = await clerk.GetStringAsync($"/cases?filter=all&agency={agency.Id}");
        Assert.True(all.IndexOf("逾期甲", StringComparison.Ordinal) < all.IndexOf("办结乙", StringComparison.Ordinal), "open cases come first");
        Assert.Contains("id=\"no-cases\"", await clerk.GetStringAsync("/cases?filter=soon"));

        // Found by the applicant's name (an applicant on the phone), and the tabs and the CSV keep the words.
        var found = await clerk.GetStringAsync("/cases?filter=all&q=" + Uri.EscapeDataString("办结乙"));
        Assert.Contains("办结乙", found);
        Assert.DoesNotContain("逾期甲", found);
        Assert.Contains("href=\"/cases?filter=open&amp;q=%E5%8A%9E%E7%BB%93%E4%B9%99\"", found);
        Assert.DoesNotContain("逾期甲", System.Text.Encoding.UTF8.GetString(await clerk.GetByteArrayAsync("/cases?handler=Csv&filter=all&q=" + Uri.EscapeDataString("办结乙"))));

        // The register as CSV: a BOM for Excel, Chinese labels, a formula-like name neutralized; ?year= keeps the cases active in that year.
        await RegisterAsync(clerk, "2026-03-05", "=HYPERLINK(\"x\")");
        var csv = await clerk.GetByteArrayAsync("/cases?handler=Csv&filter=all");
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("编号,机关,申请人,申请人类型", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(",逾期甲,自然人,2026-03-02,2026-03-02,办理中,答复期限,2026-03-30,,,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",办结乙,自然人,", StringComparison.Ordinal) && l.Contains("已办结", StringComparison.Ordinal) && l.Contains("其他处理·其他", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",\"'=HYPERLINK(\"\"x\"\")\",", StringComparison.Ordinal));
        Assert.Equal(4, lines.Length);
        Assert.Single(System.Text.Encoding.UTF8.GetString(await clerk.GetByteArrayAsync("/cases?handler=Csv&filter=all&year=2025")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));

        // A reply after the deadline says by how many working days: 3/31–4/3 and 4/7–4/10 (清明 4/4–4/6 not counted).
        var late = await RegisterAsync(clerk, "2026-03-02", "迟复丙");
        Workflow.AssertRedirect(await StepAsync(clerk, late, "decide", new Dictionary<string, string> { ["date"] = "2026-04-10", ["parts"] = "Disclosed" }), $"/cases/{late}");
        Assert.Contains("超期答复：晚于答复期限 2026-03-30 8 个工作日", await clerk.GetStringAsync($"/cases/{late}"));
    }

    internal static string DocxText(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return Regex.Replace(reader.ReadToEnd(), "<[^>]+>", "");
    }

    [GeneratedRegex("id=\"tracking-code\"[^>]*>([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})<")]
    private static partial Regex TrackingCode();

    [GeneratedRegex("/cases/(\\d+)")]
    private static partial Regex CaseId();
}
