using Gongkai.Diagnostics;
using Gongkai.Reports;
using static Gongkai.Core.Tests.Checking.CheckingSamples;

namespace Gongkai.Core.Tests.Checking;

public sealed class NarrativeRulesTests
{
    /// <summary>Seed 003, section 一 (东明镇 2024), verbatim.</summary>
    private const string Seed003Shares =
        "（一）主动公开：东明镇人民政府 2024 年在政务公开平台上公开信息共 51 条。其中公共服务类 30 条，占比 58.8%；乡村振兴 12 条，占比 23.5%；通知公告类 8 条，占比 15.7%；组织概况 1 条，占比 1.9%。";

    /// <summary>A consistent 2021 report with this overview text and 表三 一、本年新收 = <paramref name="received"/> (all natural persons).</summary>
    private static AnnualReport WithOverview(string overview, int received = 0, int carriedIn = 0)
    {
        var report = Consistent(ReportFormat.Revised2021, seed: 9);
        foreach (var col in Columns)
        {
            report = report.With($"s3.received.{col}", col is "natural" or "total" ? received : 0)
                .With($"s3.carried_in.{col}", col is "natural" or "total" ? carriedIn : 0);
        }

        return report.WithSection(SectionKind.Overview, SectionKind.Overview.Heading() + "\n" + overview);
    }

    [Theory]
    [InlineData("2024年我镇未收到政府信息公开申请，无政府信息公开行政复议和提起行政诉讼情况。")]
    [InlineData("2024年我镇没有收到依申请公开事项。")]
    [InlineData("东明镇人民政府 2024 年东明镇收到政府信息公开申请 0 条。")]
    [InlineData("全年收到依申请公开申请０件。")]
    [InlineData("本年度无依申请公开事项。")]
    public void TextSayingNoApplicationsCameInIsReportedWhenTable3CountsSome(string text)
    {
        var finding = Assert.Single(WithOverview(text, received: 3).Findings(DiagnosticCodes.NoApplicationsClaimed));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(["s3.received.total"], finding.CellKeys.ToArray());
        Assert.Empty(WithOverview(text, received: 0).Findings(DiagnosticCodes.NoApplicationsClaimed));
    }

    [Theory]
    [InlineData("本年度未收到政府信息公开行政复议申请。")]
    [InlineData("未收到因政府信息公开申请引起的行政复议。")]
    [InlineData("全年共收到政府信息公开申请10件。")]
    [InlineData("收到政府信息公开申请10件，其中0件不予公开。")]
    public void TextAboutAppealsOrWithACountIsNotAClaimOfNoApplications(string text)
    {
        Assert.Empty(WithOverview(text, received: 3).Findings(DiagnosticCodes.NoApplicationsClaimed));
    }

    [Fact]
    public void TheReceivedCountIsAddedUpFromTheColumnsWhenTheTotalIsBlank()
    {
        var report = WithOverview("2024年我镇未收到政府信息公开申请。", received: 2).With("s3.received.total", null);

        var finding = Assert.Single(report.Findings(DiagnosticCodes.NoApplicationsClaimed));
        Assert.Equal(6, finding.CellKeys.Length);
    }

    [Theory]
    [InlineData("全年共收到政府信息公开申请12件，均按时答复。", 12, 0, false)]
    [InlineData("全年共收到政府信息公开申请12件，均按时答复。", 10, 0, true)]
    [InlineData("东明镇收到政府信息公开申请 51 条。", 50, 0, true)]
    [InlineData("全年受理依申请公开事项5件。", 5, 0, false)]
    [InlineData("全年受理依申请公开事项5件。", 6, 0, true)]
    [InlineData("共收到政府信息公开申请12件（含上年结转2件）。", 10, 2, false)]
    [InlineData("上年结转政府信息公开申请2件。", 10, 2, false)]
    [InlineData("上年结转政府信息公开申请3件。", 10, 2, true)]
    [InlineData("收到自然人申请7件。", 10, 0, false)]
    [InlineData("收到行政复议申请2件。", 10, 0, false)]
    public void ACountQuotedInTheTextMustMatchTable3(string text, int received, int carriedIn, bool fires)
    {
        var findings = WithOverview(text, received, carriedIn).Findings(DiagnosticCodes.QuotedCountDiffers);

        Assert.Equal(fires ? 1 : 0, findings.Length);
        if (fires)
        {
            Assert.Equal(Severity.Warning, findings[0].Severity);
            Assert.Single(findings[0].CellKeys);
        }
    }

    [Fact]
    public void TheSeed003SharesOfFiftyOneItemsHaveOneWrongPercentage()
    {
        var finding = Assert.Single(WithOverview(Seed003Shares).Findings(DiagnosticCodes.PercentageWrong));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("组织概况 1 条，占比 1.9%", finding.Message, StringComparison.Ordinal);
        Assert.Contains("1.96", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("公开信息共 51 条。其中公共服务类 30 条，占比 58.8%；组织概况 1 条，占比 2.0%。", false)]
    [InlineData("公开信息共 51 条。其中组织概况 1 条，占比 1.9%。", false)] // lone share, truncated: tolerated
    [InlineData("公开信息共 51 条。其中通知公告类 8 条，占比 15.6%；组织概况 1 条，占比 1.9%。", false)] // truncating throughout
    [InlineData("公开信息共 51 条。其中组织概况 1 条，占比 2.5%。", true)]
    [InlineData("共有 3 件，其中 1 件，占 33%。", false)]
    [InlineData("共有 3 件，其中 1 件，占 34%。", true)]
    [InlineData("共 8 件，其中 1 件，占比 12.5%；1 件，占比 13%。", false)]
    [InlineData("共 51 条。其中 1 件，占比 50%。", false)] // another unit: not a share of the 51 条
    [InlineData("某类 1 条，占比 50%。", false)] // no whole stated
    public void APercentageMustBeTheShareRoundedOrTruncatedToItsDecimals(string text, bool fires)
    {
        Assert.Equal(fires ? 1 : 0, WithOverview(text).Findings(DiagnosticCodes.PercentageWrong).Length);
    }

    [Theory]
    [InlineData("六、其他需要报告的事项\n（一）本年度未收取信息处理费。", false)]
    [InlineData("六、其他需要报告的事项\n本机关未收取任何费用，不存在收费情况。", false)]
    [InlineData("六、其他需要报告的事项\n无。", true)]
    public void A2021ReportMustStateTheInformationProcessingFee(string other, bool fires)
    {
        var report = Consistent(ReportFormat.Revised2021, seed: 4).WithSection(SectionKind.Other, other);

        Assert.Equal(fires ? 1 : 0, report.Findings(DiagnosticCodes.FeeNotStated).Length);
    }

    [Fact]
    public void The2019TemplateDoesNotAskForTheInformationProcessingFee()
    {
        var report = Consistent(ReportFormat.Trial2019, seed: 4).WithSection(SectionKind.Other, "六、其他需要报告的事项\n无。");

        Assert.Empty(report.Findings(DiagnosticCodes.FeeNotStated));
    }

    [Fact]
    public void AMissingSection6IsReportedOnlyAsAMissingSection()
    {
        var report = Consistent(ReportFormat.Revised2021, seed: 4).WithSection(SectionKind.Other, null);

        Assert.Empty(report.Findings(DiagnosticCodes.FeeNotStated));
        Assert.Single(report.Findings(DiagnosticCodes.SectionMissing));
    }
}
