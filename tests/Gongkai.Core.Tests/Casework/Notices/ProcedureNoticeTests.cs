using Gongkai.Casework;
using Gongkai.Casework.Fees;
using Gongkai.Casework.Notices;

namespace Gongkai.Core.Tests.Casework.Notices;

/// <summary>补正, 延期, 缴费 and 征求第三方意见: each cites its article, names its period and says what silence means.</summary>
public sealed class ProcedureNoticeTests
{
    [Fact]
    public void ACorrectionNoticeSaysWhatToCorrectByWhenAndThatSilenceAbandonsTheApplication()
    {
        var notice = SomeNotice.Of(NoticeKind.Correction, "请明确所需信息的年度和项目名称。") with { Deadline = new DateOnly(2026, 11, 30) };
        var text = NoticeWriter.PlainText(notice);
        Assert.StartsWith("政府信息公开申请补正告知书\n", text);
        Assert.Contains("第三十条的规定，请您对申请作如下补正：\n请明确所需信息的年度和项目名称。\n请您于2026年11月30日前将补正后的申请提交本机关", text);
        Assert.Contains("无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。", text);
    }

    [Fact]
    public void AnExtensionNoticeGivesTheArticleTheApproverAndTheNewDeadline()
    {
        var notice = SomeNotice.Of(NoticeKind.Extension, "因您申请的信息需要跨部门查找、核实，") with { Deadline = new DateOnly(2026, 12, 28) };
        var text = NoticeWriter.PlainText(notice);
        Assert.StartsWith("政府信息公开申请延期答复告知书\n", text);
        Assert.Contains("第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长20个工作日，本机关将于2026年12月28日前作出答复。", text);
        Assert.Contains("因您申请的信息需要跨部门查找、核实，", text);
    }

    [Fact]
    public void ARequestForReasonsCitesArticle35StatesTheGroundsTheDeadlineAndBothPossibleOutcomes()
    {
        var notice = SomeNotice.Of(NoticeKind.ReasonsRequest, "您自2026年10月起已向本机关提出政府信息公开申请86件，内容多为同一事项的不同表述。") with { Deadline = new DateOnly(2026, 11, 30) };
        var text = NoticeWriter.PlainText(notice);
        Assert.StartsWith("政府信息公开申请说明理由通知书\n", text);
        Assert.Contains("数量、频次明显超过合理范围：\n您自2026年10月起已向本机关提出政府信息公开申请86件", text);
        Assert.Contains("第三十五条的规定，请您于2026年11月30日前向本机关说明理由。本机关认为申请理由不合理的，告知您不予处理；", text);
        Assert.Contains("将确定延迟答复的合理期限并告知您。\n特此通知。", text);
    }

    [Fact]
    public void ADeferralNoticeGivesTheReasonAndTheLaterDeadlineUnderArticle35()
    {
        var notice = SomeNotice.Of(NoticeKind.Deferral, "所需信息分散在各乡镇，需逐一调取、核对。") with { Deadline = new DateOnly(2027, 2, 26) };
        var text = NoticeWriter.PlainText(notice);
        Assert.StartsWith("政府信息公开申请延迟答复告知书\n", text);
        Assert.Contains("本机关认为您的申请理由合理，但是无法在规定的期限内答复：\n所需信息分散在各乡镇，需逐一调取、核对。", text);
        Assert.Contains("第三十五条的规定，本机关确定延迟答复的合理期限，将于2027年2月26日前作出答复。", text);
        Assert.Throws<ArgumentException>(() => NoticeWriter.PlainText(notice with { Deadline = null }));
    }

    [Fact]
    public void AReceiptGivesTheReceiptDateUnderArticle31TheReplyDeadlineAndHowToFollowTheApplication()
    {
        var notice = SomeNotice.Of(NoticeKind.Acknowledgment, "查询码：7H3K-Q9PX-M2WD。可凭查询码在本机关政府信息公开网站“申请查询”页面查询办理进度。") with { Deadline = new DateOnly(2026, 11, 30) };
        var text = NoticeWriter.PlainText(notice);
        Assert.StartsWith("政府信息公开申请登记回执\n", text);
        Assert.Contains("第三十一条的规定，本机关收到申请之日为2026年11月2日。本机关将于2026年11月30日前作出答复；", text);
        Assert.Contains("查询码：7H3K-Q9PX-M2WD。", text);
        Assert.Throws<ArgumentException>(() => NoticeWriter.PlainText(notice with { Deadline = null }));
    }

    [Fact]
    public void AFeeNoticeGivesMethodStandardAmountTiersPaymentAndThe20WorkingDays()
    {
        var fee = InformationProcessingFees.ForMonth(35);
        var notice = SomeNotice.Of(NoticeKind.FeeDemand, "缴费方式：通过非税收入缴款码缴纳。") with { Fee = fee };
        var text = NoticeWriter.PlainText(notice);
        Assert.StartsWith("政府信息公开信息处理费缴费通知书\n", text);
        Assert.Contains("第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）", text);
        Assert.Contains("计收方式：按件计收。收费标准：同一申请人一个自然月内累计申请10件以下（含10件）的，不收费；", text);
        Assert.Contains("应缴金额：人民币3000元。计算方法：" + fee.Explanation, text);
        Assert.Contains("缴费方式：通过非税收入缴款码缴纳。", text);
        Assert.Contains("请您自收到本通知之日起20个工作日内缴纳。逾期未缴纳的，视为放弃申请", text);
    }

    [Fact]
    public void AFeeNoticeNamesTheDueDateWhenTheAgencyCountedIt()
    {
        var due = InformationProcessingFees.PaymentDue(WorkingCalendar.Default, new DateOnly(2025, 1, 27));
        var notice = SomeNotice.Of(NoticeKind.FeeDemand) with { Fee = InformationProcessingFees.ForPages(150), Deadline = due.Due };
        var text = NoticeWriter.PlainText(notice);
        Assert.Contains("计收方式：按量计收。", text);
        Assert.Contains("应缴金额：人民币1700元。", text);
        Assert.Contains("20个工作日内（即2025年3月3日前）缴纳", text);
    }

    [Fact]
    public void AThirdPartyIsGiven15WorkingDaysAndToldWhatSilenceMeans()
    {
        var notice = SomeNotice.Of(NoticeKind.ThirdPartyConsultation, "申请公开的信息包含贵公司的投标报价。") with { Recipient = "某建设有限公司" };
        var text = NoticeWriter.PlainText(notice);
        Assert.StartsWith("政府信息公开征求第三方意见书\n", text);
        Assert.Contains("某建设有限公司：\n", text);
        Assert.Contains("本机关收到申请人提出的政府信息公开申请", text);
        Assert.Contains("第三十二条的规定，现书面征求您的意见。", text);
        Assert.Contains("请您自收到本意见书之日起15个工作日内提出意见", text);
        Assert.Contains("逾期未提出意见的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开。", text);
    }

    public static TheoryData<NoticeKind> KindsThatNeedAField => [NoticeKind.Correction, NoticeKind.Extension, NoticeKind.FeeDemand];

    [Theory]
    [MemberData(nameof(KindsThatNeedAField))]
    public void ANoticeWithoutItsDeadlineOrFeeIsAProgrammerError(NoticeKind kind) =>
        Assert.Throws<ArgumentException>(() => NoticeWriter.PlainText(SomeNotice.Of(kind)));

    [Fact]
    public void WithoutAContactThereIsNoNoteAfterTheDate() =>
        Assert.EndsWith("X市人民政府办公室\n二〇二六年十一月二十二日\n", NoticeWriter.PlainText(SomeNotice.Of(NoticeKind.ThirdPartyConsultation)));

    [Fact]
    public void APhoneAloneIsPrintedAsTheNote() => Assert.EndsWith(
        "二〇二六年十一月二十二日\n（联系电话：0311-12345678）\n",
        NoticeWriter.PlainText(SomeNotice.Of(NoticeKind.ThirdPartyConsultation) with { Contact = new Contact(null, "0311-12345678") }));
}
