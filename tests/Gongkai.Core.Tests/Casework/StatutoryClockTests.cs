using Gongkai.Casework;
using static Gongkai.Core.Tests.Casework.AddWorkingDaysTests;

namespace Gongkai.Core.Tests.Casework;

/// <summary>Hand-worked application clocks: 补正 pause and restart, consultation pause, extension (条例第三十条至第三十三条).</summary>
public sealed class StatutoryClockTests
{
    private static ApplicationClock Compute(ClockInput input) => StatutoryClock.Compute(WorkingCalendar.Default, input);

    [Fact]
    public void AReplyIsDue20WorkingDaysAfterReceiptAndA补正NoticeWithin7()
    {
        var clock = Compute(new ClockInput(Date("2025-01-27")));
        Assert.Equal(Date("2025-02-12"), clock.CorrectionNoticeDue.Due);
        Assert.Equal(Date("2025-03-03"), clock.Reply!.Due);
        Assert.Equal(
        [
            "2025-01-27 收到申请（第三十一条）。",
            "需要补正的，应于 2025-02-12 前一次性告知（第三十条）：7 个工作日：自 2025-01-27 起（当日不计），跳过春节 1/28–2/4，2/8 调休上班计入，跳过周末 1 天；届满日 2025-02-12。",
            "答复期限届满日 2025-03-03（第三十三条）：20 个工作日：自 2025-01-27 起（当日不计），跳过春节 1/28–2/4，2/8 调休上班计入，跳过周末 7 天；届满日 2025-03-03。",
        ], clock.Lines);
    }

    [Fact]
    public void AfterA补正TheReplyPeriodRunsFromTheCorrectedApplication()
    {
        // 2024-09-10: notice due across 中秋 (9/14 worked, 9/15–17 off); corrected 9/25, reply across 国庆.
        var clock = Compute(new ClockInput(Date("2024-09-10"), new Correction(Date("2024-09-13"), Date("2024-09-25"))));
        Assert.Equal(Date("2024-09-20"), clock.CorrectionNoticeDue.Due);
        Assert.Equal(Date("2024-09-25"), clock.ClockStart);
        Assert.Equal(Date("2024-10-28"), clock.Reply!.Due);
        Assert.Equal("2024-09-13 发出补正告知。", clock.Lines[2]);
        Assert.Equal("2024-09-25 收到补正后的申请，答复期限自该日起计算（第三十条）。", clock.Lines[3]);
        Assert.Equal(
            "答复期限届满日 2024-10-28（第三十三条）：20 个工作日：自 2024-09-25 起（当日不计），9/29 调休上班计入，跳过国庆节 10/1–10/7，10/12 调休上班计入，跳过周末 6 天；届满日 2024-10-28。",
            clock.Lines[^1]);
    }

    [Fact]
    public void WhileTheCorrectedApplicationIsAwaitedTheReplyClockHasNotStarted()
    {
        var clock = Compute(new ClockInput(Date("2024-09-10"), new Correction(Date("2024-09-23"), null)));
        Assert.Null(clock.ClockStart);
        Assert.Null(clock.Reply);
        Assert.Equal("2024-09-23 发出补正告知，已超过 7 个工作日的告知期限。", clock.Lines[2]);
        Assert.Equal("尚未收到补正后的申请：答复期限自收到之日起计算，现未起算（第三十条）。", clock.Lines[^1]);
    }

    [Fact]
    public void ThirdPartyConsultationTimeIsNotCounted()
    {
        // Without the consultation the reply would be due 2023-03-29; 3/13–3/24 (10 working days) are paused.
        var clock = Compute(new ClockInput(Date("2023-03-01"), Consultations: [new Consultation("第三方", Date("2023-03-10"), Date("2023-03-24"))]));
        Assert.Equal(Date("2023-04-13"), clock.Reply!.Due);
        Assert.Equal("2023-03-10 征求第三方意见，2023-03-24 收到答复：其间 10 个工作日不计入答复期限（第三十三条第三款）。", clock.Lines[2]);
        Assert.Equal("20 个工作日：自 2023-03-01 起（当日不计），跳过清明节 4/5，跳过周末 12 天，征求意见期间 10 个工作日不计；届满日 2023-04-13。", clock.Reply.Explanation);
    }

    [Fact]
    public void AnUnansweredConsultationPausesTheClockFor15WorkingDays()
    {
        var clock = Compute(new ClockInput(Date("2023-03-01"), Consultations: [new Consultation("第三方", Date("2023-03-10"), null)]));
        Assert.Equal(Date("2023-04-20"), clock.Reply!.Due);
        Assert.Equal("2023-03-10 征求第三方意见，未答复，至 15 个工作日期满 2023-03-31：其间 15 个工作日不计入答复期限（第三十三条第三款）。", clock.Lines[2]);
    }

    [Fact]
    public void AnUnansweredConsultationsFifteenDaysRunFromThePartysReceiptOfTheLetter()
    {
        // Sent Friday 3/10, received Wednesday 3/15: 15 working days from 3/15 skip 清明 4/5 and end 4/6; 3/13–4/6 holds
        // 18 working days, so the reply moves from 3/29 past the 调休 Sunday 4/23 (counted) to 4/24.
        var clock = Compute(new ClockInput(Date("2023-03-01"), Consultations: [new Consultation("第三方", Date("2023-03-10"), null, Date("2023-03-15"))]));
        Assert.Equal("2023-03-10 征求第三方意见，对方 2023-03-15 收到，未答复，至 15 个工作日期满 2023-04-06：其间 18 个工作日不计入答复期限（第三十三条第三款）。", clock.Lines[2]);
        Assert.Equal(Date("2023-04-24"), clock.Reply!.Due);
    }

    [Fact]
    public void AnArticle35DeferralReplacesTheReplyDeadlineAndSaysWhatItReplaced()
    {
        var clock = Compute(new ClockInput(Date("2025-01-27"), Extension: new Extension("王某", Date("2025-02-24")), Deferral: new Deferral(Date("2025-03-20"), Date("2025-05-30"))));
        Assert.Equal(Date("2025-03-31"), clock.Statutory!.Due); // 40 working days
        Assert.Equal(Date("2025-05-30"), clock.Reply!.Due);
        Assert.Equal("2025-03-20 告知申请人：申请人说明的理由合理，但无法在第三十三条规定的期限内答复，确定延迟答复的合理期限至 2025-05-30（第三十五条）。", clock.Lines[^1]);
        Assert.Equal("依第三十五条确定的延迟答复期限（2025-03-20 告知申请人），法定答复期限原为 2025-03-31；届满日 2025-05-30。", clock.Reply.Explanation);
    }

    [Fact]
    public void AnExtensionAdds20WorkingDaysAndNamesTheApprover()
    {
        var clock = Compute(new ClockInput(Date("2025-01-27"), Extension: new Extension("王某", Date("2025-02-24"))));
        Assert.Equal(Date("2025-03-31"), clock.Reply!.Due);
        Assert.Equal("2025-02-24 经政府信息公开工作机构负责人王某同意，延长答复期限 20 个工作日（第三十三条第二款）。", clock.Lines[2]);
        Assert.Equal("40 个工作日：自 2025-01-27 起（当日不计），跳过春节 1/28–2/4，2/8 调休上班计入，跳过周末 15 天；届满日 2025-03-31。", clock.Reply.Explanation);
    }

    [Fact]
    public void AnExtensionApprovedAfterTheOriginalDeadlineIsPointedOut()
    {
        var clock = Compute(new ClockInput(Date("2025-01-27"), Extension: new Extension("王某", Date("2025-03-04"))));
        Assert.EndsWith("，晚于原答复期限 2025-03-03。", clock.Lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void AnExtensionWithoutAnApproverIsRefused() =>
        Assert.ThrowsAny<ArgumentException>(() => Compute(new ClockInput(Date("2025-01-27"), Extension: new Extension(" ", Date("2025-02-24")))));
}
