using Gongkai.Casework.Notices;
using Gongkai.Casework.Statistics;

namespace Gongkai.Core.Tests.Casework.Notices;

/// <summary>The 答复书: every outcome cites its article (条例, domain-rules.md §2.3) and states the routes of appeal.</summary>
public sealed class DecisionNoticeTests
{
    private const string NamedAppeal = "如对本答复不服，可以自收到本答复之日起60日内向X市人民政府申请行政复议，或者自收到本答复之日起6个月内向X市Y区人民法院提起行政诉讼。";

    /// <summary>The article of each outcome, written out by hand from the 条例 rather than read back from the code.</summary>
    public static TheoryData<ApplicationOutcome, string> Bases => new()
    {
        { ApplicationOutcome.Disclosed, "第三十六条第（二）项" },
        { ApplicationOutcome.PartlyDisclosed, "第三十七条" },
        { ApplicationOutcome.WithheldStateSecret, "第十四条" },
        { ApplicationOutcome.WithheldProhibited, "第十四条" },
        { ApplicationOutcome.WithheldSecurity, "第十四条" },
        { ApplicationOutcome.WithheldThirdParty, "第十五条" },
        { ApplicationOutcome.WithheldInternal, "第十六条第一款" },
        { ApplicationOutcome.WithheldDeliberative, "第十六条第二款" },
        { ApplicationOutcome.WithheldEnforcement, "第十六条第二款" },
        { ApplicationOutcome.WithheldInquiry, "第三十六条第（七）项" },
        { ApplicationOutcome.UnableNotHeld, "第三十六条第（四）项" },
        { ApplicationOutcome.UnableNeedsCreation, "第三十八条" },
        { ApplicationOutcome.UnableUnclear, "第三十条" },
        { ApplicationOutcome.DeclinedComplaint, "第三十九条第一款" },
        { ApplicationOutcome.DeclinedDuplicate, "第三十六条第（六）项" },
        { ApplicationOutcome.DeclinedPublication, "第三十九条第二款" },
        { ApplicationOutcome.DeclinedExcessive, "第三十五条" },
        { ApplicationOutcome.DeclinedConfirmation, "第二条" },
        { ApplicationOutcome.OtherNoCorrection, "第三十条" },
        { ApplicationOutcome.OtherFeeUnpaid, "国办函〔2020〕109号" },
        { ApplicationOutcome.OtherMisc, "《中华人民共和国政府信息公开条例》" },
    };

    [Fact]
    public void EveryOutcomeHasABasis() =>
        Assert.Equal(ApplicationOutcomes.All.Order(), Bases.Select(row => (ApplicationOutcome)row[0]).Order());

    [Theory]
    [MemberData(nameof(Bases))]
    public void EveryOutcomeCitesItsArticleAndStatesTheRoutesOfAppeal(ApplicationOutcome outcome, string article)
    {
        Assert.Equal(article, DecisionWording.LegalBasis(outcome));
        var text = NoticeWriter.PlainText(SomeNotice.Decision(outcome, "经办人补充的说明。"));
        Assert.Contains(article, DecisionWording.Text(outcome));
        Assert.Contains(DecisionWording.Text(outcome), text);
        Assert.Contains(NamedAppeal, text);
        Assert.StartsWith("政府信息公开申请答复书\n", text);
    }

    [Theory]
    [MemberData(nameof(Bases))]
    public void WithoutNamedBodiesTheAppealRoutesSay依法(ApplicationOutcome outcome, string article)
    {
        _ = article;
        var text = NoticeWriter.PlainText(SomeNotice.Decision(outcome, "说明。") with { Appeal = null });
        Assert.Contains("如对本答复不服，可以自收到本答复之日起60日内依法申请行政复议，或者自收到本答复之日起6个月内依法提起行政诉讼。", text);
    }

    [Fact]
    public void OneBodyNamedAndTheOtherNotMixesTheWordings() => Assert.Equal(
        "如对本答复不服，可以自收到本答复之日起60日内向X市人民政府申请行政复议，或者自收到本答复之日起6个月内依法提起行政诉讼。",
        DecisionWording.AppealRoutes(new AppealBodies("X市人民政府", null)));

    [Fact]
    public void APartialDisclosureReadsAsAWholeLetter()
    {
        var notice = SomeNotice.Decision(
            ApplicationOutcome.PartlyDisclosed,
            "现向您提供《2025年度老旧小区改造项目资金安排表》（见附件）。",
            "其中施工单位报价明细涉及商业秘密，根据《中华人民共和国政府信息公开条例》第十五条的规定，不予公开。") with
        { Contact = new Contact("李四", "0311-12345678") };
        Assert.Equal(
            """
            政府信息公开申请答复书
            X政公开〔2026〕12号

            张三：
            2026年11月2日，本机关收到您提出的政府信息公开申请，申请获取“2025年度本市老旧小区改造项目资金安排情况”。
            经审查，您申请获取的政府信息中含有不应当公开或者不属于政府信息的内容，但能够作区分处理。根据《中华人民共和国政府信息公开条例》第三十七条的规定，本机关向您提供可以公开的政府信息内容，并对不予公开的内容说明理由。
            现向您提供《2025年度老旧小区改造项目资金安排表》（见附件）。
            其中施工单位报价明细涉及商业秘密，根据《中华人民共和国政府信息公开条例》第十五条的规定，不予公开。
            如对本答复不服，可以自收到本答复之日起60日内向X市人民政府申请行政复议，或者自收到本答复之日起6个月内向X市Y区人民法院提起行政诉讼。


            X市人民政府办公室
            二〇二六年十一月二十二日
            （联系人：李四，联系电话：0311-12345678）

            """,
            NoticeWriter.PlainText(notice));
    }

    [Fact]
    public void ADecisionWithoutAnOutcomeIsAProgrammerError() =>
        Assert.Throws<ArgumentException>(() => NoticeWriter.PlainText(SomeNotice.Of(NoticeKind.Decision)));

    [Fact]
    public void AnOtherDecisionWithoutTheClerksWordsIsAProgrammerError() =>
        Assert.Throws<ArgumentException>(() => NoticeWriter.PlainText(SomeNotice.Decision(ApplicationOutcome.OtherMisc)));

    [Fact]
    public void TheTextDependsOnlyOnTheNotice() => Assert.Equal(
        NoticeWriter.PlainText(SomeNotice.Decision(ApplicationOutcome.Disclosed, "见附件。")),
        NoticeWriter.PlainText(SomeNotice.Decision(ApplicationOutcome.Disclosed, "见附件。")));
}
