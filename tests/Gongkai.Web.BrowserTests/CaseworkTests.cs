using System.IO.Compression;
using System.Text.RegularExpressions;
using Gongkai.Web.Accounts;
using Gongkai.Web.BrowserTests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.Web.BrowserTests;

/// <summary>
/// An application from intake to the annual report in the browser (issue 6): the township's clerk registers it,
/// asks for a 补正 and records the corrected application, extends the reply period, decides 部分公开 and downloads
/// the reply notice; the applicant, with nothing but the tracking code, sees the outcome and downloads the reply; the
/// year's report generated from the records counts the case in 部分公开 / 自然人.
/// </summary>
public sealed partial class CaseworkTests(BrowserApp fixture, ITestOutputHelper output) : IClassFixture<BrowserApp>
{
    private const string Applicant = "刘晓明";
    private const string Withheld = "名单中的身份证号码属于个人隐私，依照第十五条不予公开。";

    [Fact]
    public async Task AClerkTakesAnApplicationThrough补正ExtensionAndA部分公开DecisionThatTheApplicantAndTheReportSee()
    {
        await using var flow = Flow.Start(fixture, output);
        await flow.RunAsync(async () =>
        {
            var (township, _) = await Sample.JuluAsync(fixture);
            var clerk = await flow.SignedInAsync(Roles.Clerk, township);

            // Intake: an application handed in at the counter on Monday 2026-03-02.
            await clerk.GotoAsync("/cases");
            await clerk.Locator("#new-case").ClickAsync();
            await Expect(clerk).ToHaveURLAsync(new Regex("/cases/new$"));
            await clerk.Locator("#channel").SelectOptionAsync("InPerson");
            await clerk.Locator("#arrived").FillAsync("2026-03-02");
            await clerk.Locator("#applicantType").SelectOptionAsync("Natural");
            await clerk.Locator("#name").FillAsync(Applicant);
            await clerk.Locator("#idDocument").FillAsync("110101199001011234");
            await clerk.Locator("#phone").FillAsync("13800000000");
            await clerk.Locator("#content").FillAsync("2025年本镇农村危房改造补助资金发放名单");
            await clerk.Locator("#register").ClickAsync();
            await Expect(clerk).ToHaveURLAsync(new Regex(@"/cases/\d+\?done=registered$"));
            var caseUrl = new Uri(clerk.Url).AbsolutePath;
            var code = (await clerk.Locator("#tracking-code").InnerTextAsync()).Trim();
            Assert.Matches("^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$", code);
            await Expect(clerk.Locator("#message")).ToContainTextAsync(code); // the clerk is told to pass it on
            await Expect(clerk.Locator("#received")).ToHaveTextAsync("2026-03-02");
            await Expect(clerk.Locator("#next-deadline")).ToContainTextAsync("2026-03-30"); // 20 working days from Monday 3/2
            await Expect(clerk.Locator("#notices a.notice-link[data-kind=Acknowledgment]")).ToHaveTextAsync(new Regex("^登记回执"));

            // Found again from the list by the applicant's name, as when the applicant phones.
            await clerk.GotoAsync("/cases");
            await clerk.Locator("#case-q").FillAsync(Applicant);
            await clerk.Locator("#case-search button[type=submit]").ClickAsync();
            await Expect(clerk.Locator("#cases tbody tr")).ToHaveCountAsync(1);
            await clerk.Locator("#cases tbody tr a").First.ClickAsync();
            await Expect(clerk).ToHaveURLAsync(new Regex(Regex.Escape(caseUrl) + "$"));

            // 补正: the status waits for the applicant, then the corrected application restarts the clock.
            var correction = clerk.Locator("#correction-form");
            await correction.Locator("input[name=sent]").FillAsync("2026-03-04");
            await correction.Locator("textarea[name=items]").FillAsync("请写明所需名单的村别");
            await correction.Locator("input[name=correctBy]").FillAsync("2026-03-20");
            await correction.Locator("button[type=submit]").ClickAsync();
            await Expect(clerk.Locator("#status strong")).ToHaveTextAsync("待补正");
            await Expect(clerk.Locator("#notices a.notice-link[data-kind=Correction]")).ToBeVisibleAsync();
            await Expect(clerk.Locator("#decide-form")).ToHaveCountAsync(0);
            await clerk.Locator("#corrected-form input[name=date]").FillAsync("2026-03-09");
            await clerk.Locator("#corrected-form button[type=submit]").ClickAsync();
            await Expect(clerk.Locator("#status strong")).Not.ToHaveTextAsync("待补正");
            await Expect(clerk.Locator("#corrected-form")).ToHaveCountAsync(0);
            await Expect(clerk.Locator("#decide-form")).ToBeVisibleAsync();

            // Extension: 40 working days from the corrected application (Monday 3/9), over 清明 and 劳动节 → May.
            var extend = clerk.Locator("#extend-form");
            await extend.Locator("input[name=approver]").FillAsync("王五");
            await extend.Locator("input[name=approved]").FillAsync("2026-03-30");
            await extend.Locator("input[name=reason]").FillAsync("需调取档案");
            await extend.Locator("button[type=submit]").ClickAsync();
            await Expect(clerk.Locator("#extend-form")).ToHaveCountAsync(0);
            await Expect(clerk.Locator("#notices a.notice-link[data-kind=Extension]")).ToHaveTextAsync(new Regex("^延期答复告知书"));
            await Expect(clerk.Locator("#next-deadline strong")).ToHaveTextAsync("2026-05-08");
            await Expect(clerk.Locator("#clock")).ToContainTextAsync("跳过清明节 4/4–4/6，跳过劳动节 5/1–5/5");

            // The decision: one part disclosed, one withheld for a third party's privacy → 部分公开.
            var decide = clerk.Locator("#decide-form");
            await decide.Locator("input[name=parts][value=Disclosed]").CheckAsync();
            await decide.Locator("input[name=parts][value=WithheldThirdParty]").CheckAsync();
            await decide.Locator("textarea[name=reasons]").FillAsync(Withheld);
            await decide.Locator("textarea[name=provided]").FillAsync("其余部分见附件。");
            await decide.Locator("input[name=date]").FillAsync("2026-04-20");
            await clerk.Locator("#decide").ClickAsync();
            await Expect(clerk.Locator("#outcome")).ToContainTextAsync("部分公开 · 2026-04-20");
            await Expect(clerk.Locator("#status strong")).ToHaveTextAsync("已办结");
            await Expect(clerk.Locator("#steps")).ToHaveCountAsync(0);
            await flow.ShotAsync(clerk, "case-decided");

            var reply = await DocxTextAsync(await clerk.RunAndWaitForDownloadAsync(
                () => clerk.Locator("#notices a.notice-link[data-kind=Decision]").ClickAsync()));
            Assert.Contains("政府信息公开申请答复书", reply, StringComparison.Ordinal);
            Assert.Contains(Applicant, reply, StringComparison.Ordinal);
            Assert.Contains("第三十七条", reply, StringComparison.Ordinal);
            Assert.Contains("第十五条", reply, StringComparison.Ordinal); // the reasons typed in the form

            // The applicant, in a browser of their own, with nothing but the code (typed as people do: lower case, spaces).
            var applicant = await flow.NewPageAsync();
            await applicant.GotoAsync("/track");
            await Expect(applicant.Locator("#tracked")).ToHaveCountAsync(0);
            await applicant.Locator("#code").FillAsync(code.ToLowerInvariant().Replace('-', ' '));
            await applicant.Locator("#track").ClickAsync();
            await Expect(applicant.Locator("#track-status")).ToHaveTextAsync("已办结");
            await Expect(applicant.Locator("#track-outcome")).ToHaveTextAsync("部分公开");
            await Expect(applicant.Locator("#tracked h2")).ToContainTextAsync(Sample.Township);
            await flow.ShotAsync(applicant, "tracked");
            var download = await applicant.RunAndWaitForDownloadAsync(
                () => applicant.Locator("#tracked button.notice-download[data-kind=Decision]").ClickAsync());
            Assert.EndsWith("-Decision.docx", download.SuggestedFilename, StringComparison.Ordinal);
            var tracked = await DocxTextAsync(download);
            Assert.Contains("政府信息公开申请答复书", tracked, StringComparison.Ordinal);
            Assert.Contains(Applicant, tracked, StringComparison.Ordinal);
            Assert.Contains("第三十七条", tracked, StringComparison.Ordinal);

            // The year's report from the records: the case counts once, in 部分公开 for a natural person.
            await clerk.GotoAsync("/cases/report/2026");
            await Expect(clerk.Locator("#p-received")).ToHaveTextAsync("1");
            await Expect(clerk.Locator("#p-partial")).ToHaveTextAsync("1");
            await clerk.Locator("#generate").ClickAsync();
            await Expect(clerk).ToHaveURLAsync(new Regex(@"/author/2026\?done=generated$"));
            await Expect(clerk.Locator("#message")).ToContainTextAsync("已由办案台账生成");
            await Expect(clerk.Locator("#cell-s3-partial-natural")).ToHaveValueAsync("1");
            await Expect(clerk.Locator("#cell-s3-partial-total")).ToHaveValueAsync("1");
            await Expect(clerk.Locator("#cell-s3-received-natural")).ToHaveValueAsync("1");
            await Expect(clerk.Locator("#cell-s3-partial-business")).ToHaveValueAsync("0"); // the right column, not 法人
            await Expect(clerk.Locator("#cell-s3-disclosed-natural")).ToHaveValueAsync("0"); // counted once, not per part
            await Expect(clerk.Locator("#cell-s3-total-total")).ToHaveValueAsync("1");
            await flow.ShotAsync(clerk, "report-generated");

            // The case page still says where it stands after the report was generated.
            await clerk.GotoAsync(caseUrl);
            await Expect(clerk.Locator("#outcome")).ToContainTextAsync("部分公开");
        });
    }

    /// <summary>The text of a downloaded DOCX's body (word/document.xml without its tags, runs joined).</summary>
    private static async Task<string> DocxTextAsync(IDownload download)
    {
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"gk-browser-{Guid.NewGuid():N}.docx");
        await download.SaveAsAsync(path);
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var entry = zip.GetEntry("word/document.xml");
            Assert.NotNull(entry);
            using var reader = new StreamReader(entry.Open());
            return Tags().Replace(await reader.ReadToEndAsync(), "");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
