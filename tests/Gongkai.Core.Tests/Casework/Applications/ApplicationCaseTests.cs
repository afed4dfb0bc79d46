using Gongkai.Casework;
using Gongkai.Casework.Applications;
using Gongkai.Casework.Statistics;
using static Gongkai.Core.Tests.Casework.AddWorkingDaysTests;

namespace Gongkai.Core.Tests.Casework.Applications;

/// <summary>The life of one application: each transition, the receipt rule of each channel, and every refusal.</summary>
public sealed class ApplicationCaseTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;
    private static readonly Applicant Person = new(ApplicantType.Natural, "张三", "110101199001011234", Phone: "13800000000");
    private static readonly RequestDetails Request = new("2024年本镇农村危房改造补助资金发放名单");

    private static ApplicationCase InPerson(string day) => ApplicationCase.Open(IntakeChannel.InPerson, Date(day), Person, Request);

    [Theory]
    [InlineData(IntakeChannel.InPerson, false)]
    [InlineData(IntakeChannel.PostSigned, false)]
    [InlineData(IntakeChannel.PostOrdinary, true)]
    [InlineData(IntakeChannel.Online, true)]
    [InlineData(IntakeChannel.Fax, true)]
    [InlineData(IntakeChannel.Email, true)]
    public void TheChannelDecidesWhetherTheReceiptDateIsTheArrivalOrAConfirmation(IntakeChannel channel, bool confirmation)
    {
        var opened = ApplicationCase.Open(channel, Date("2025-03-03"), Person, Request);
        Assert.Equal(confirmation, channel.NeedsConfirmation());
        if (confirmation)
        {
            Assert.Null(opened.Received);
            Assert.Equal(CaseStatus.AwaitingReceipt, opened.Status);
            Assert.Null(opened.Clock(Calendar));
            Assert.Null(opened.ToRecord());
            var confirmed = opened.ConfirmReceipt(Date("2025-03-04"));
            Assert.Equal(Date("2025-03-04"), confirmed.Received);
            Assert.Equal(CaseStatus.InProgress, confirmed.Status);
        }
        else
        {
            Assert.Equal(Date("2025-03-03"), opened.Received);
            Assert.Throws<CaseTransitionException>(() => opened.ConfirmReceipt(Date("2025-03-04")));
        }

        Assert.Contains("第三十一条", channel.ReceiptRule());
    }

    [Fact]
    public void AnOrdinaryLetterConfirmedAfterTheDayItArrivedIsPointedOut()
    {
        var late = ApplicationCase.Open(IntakeChannel.PostOrdinary, Date("2025-03-03"), Person, Request, confirmed: Date("2025-03-05"));
        Assert.Equal(Date("2025-03-05"), late.Received);
        Assert.Contains("晚了 2 天", late.ReceiptWarning);
        Assert.Null(ApplicationCase.Open(IntakeChannel.PostOrdinary, Date("2025-03-03"), Person, Request, confirmed: Date("2025-03-03")).ReceiptWarning);
        Assert.Null(ApplicationCase.Open(IntakeChannel.Online, Date("2025-03-03"), Person, Request, confirmed: Date("2025-03-05")).ReceiptWarning);
    }

    [Fact]
    public void AConfirmationBeforeArrivalIsRefused() =>
        Assert.Throws<CaseTransitionException>(() => ApplicationCase.Open(IntakeChannel.Online, Date("2025-03-03"), Person, Request, confirmed: Date("2025-03-02")));

    [Fact]
    public void AnApplicationWithoutNameOrRequestIsRefused()
    {
        Assert.Throws<CaseTransitionException>(() => ApplicationCase.Open(IntakeChannel.InPerson, Date("2025-03-03"), Person with { Name = " " }, Request));
        Assert.Throws<CaseTransitionException>(() => ApplicationCase.Open(IntakeChannel.InPerson, Date("2025-03-03"), Person, new RequestDetails("")));
    }

    [Fact]
    public void A补正StopsTheClockAndTheCorrectedApplicationRestartsIt()
    {
        var asked = InPerson("2025-03-03").RequestCorrection(Date("2025-03-05"), "请写明所需信息的年份", Date("2025-03-20"), Calendar);
        Assert.Equal(CaseStatus.AwaitingCorrection, asked.Status);
        Assert.Null(asked.Clock(Calendar)!.Reply);
        Assert.Equal((Date("2025-03-20"), "申请人补正期限"), asked.NextDeadline(Calendar));
        Assert.Throws<CaseTransitionException>(() => asked.Decide(Date("2025-03-10"), [ApplicationOutcome.Disclosed], "予以公开"));
        Assert.Throws<CaseTransitionException>(() => asked.Extend("李四", Date("2025-03-10"), "量大"));

        var corrected = asked.ReceiveCorrection(Date("2025-03-10"));
        Assert.Equal(CaseStatus.InProgress, corrected.Status);
        // 20 working days from Monday 3/10: 3/11 … 4/3 is 18, 4/4–4/6 清明, then 4/7 and 4/8.
        Assert.Equal(Date("2025-04-08"), corrected.Clock(Calendar)!.Reply!.Due);
        Assert.Throws<CaseTransitionException>(() => corrected.RequestCorrection(Date("2025-03-11"), "再补", Date("2025-03-25"), Calendar));
    }

    [Fact]
    public void A补正NoticeAfterTheSevenWorkingDaysIsRefused()
    {
        // Received Monday 2025-03-03: the 7th working day is 3/12.
        var open = InPerson("2025-03-03");
        Assert.Equal(CaseStatus.AwaitingCorrection, open.RequestCorrection(Date("2025-03-12"), "请写明年份", Date("2025-03-31"), Calendar).Status);
        var late = Assert.Throws<CaseTransitionException>(() => open.RequestCorrection(Date("2025-03-13"), "请写明年份", Date("2025-03-31"), Calendar));
        Assert.Contains("2025-03-12", late.Message);
    }

    [Fact]
    public void ThePaymentPeriodRunsFromTheDayTheApplicantReceivedTheFeeNotice()
    {
        // Posted Monday 3/10, received Friday 3/14: 20 working days from 3/14 end 4/14 (清明 4/4–4/6 skipped).
        var posted = InPerson("2025-03-03").NoticeFee("按量", 150, 1700m, "按量计收", Date("2025-03-10"), Date("2025-03-14"));
        Assert.Equal(Date("2025-04-14"), posted.FeeDue(Calendar)!.Due);
        Assert.Throws<CaseTransitionException>(() => posted.CloseForUnpaidFee(Date("2025-04-14"), Calendar));
        Assert.Equal(ApplicationOutcome.OtherFeeUnpaid, posted.CloseForUnpaidFee(Date("2025-04-15"), Calendar).Decision!.Outcome);
        Assert.Throws<CaseTransitionException>(() => InPerson("2025-03-03").NoticeFee("按量", 150, 1700m, "按量计收", Date("2025-03-10"), Date("2025-03-09")));
    }

    [Fact]
    public void AWithdrawalCannotPrecedeTheReceipt()
    {
        var confirmed = ApplicationCase.Open(IntakeChannel.Online, Date("2025-12-30"), Person, Request).ConfirmReceipt(Date("2026-01-04"));
        Assert.Throws<CaseTransitionException>(() => confirmed.Withdraw(Date("2025-12-31"), ""));
        Assert.Equal(Date("2026-01-05"), confirmed.Withdraw(Date("2026-01-05"), "").Decision!.Date);
    }

    [Fact]
    public void NoCorrectionByTheDeadlineClosesTheCaseAs其他处理1OnlyAfterTheDeadline()
    {
        var asked = InPerson("2025-03-03").RequestCorrection(Date("2025-03-05"), "请写明年份", Date("2025-03-20"), Calendar);
        Assert.Throws<CaseTransitionException>(() => asked.CloseForNoCorrection(Date("2025-03-20")));
        var closed = asked.CloseForNoCorrection(Date("2025-03-21"));
        Assert.Equal(ApplicationOutcome.OtherNoCorrection, closed.Decision!.Outcome);
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Contains("第三十条", closed.Decision.Reasons);
    }

    [Fact]
    public void TheFeePaymentPeriodIsNotCountedInTheReplyPeriod()
    {
        // Received Monday 2025-03-03: due 3/31 without a fee. Notice 3/10, paid 3/14: 3/11–3/14 are not counted,
        // so the period runs four more working days — 4/1, 4/2, 4/3, (清明 4/4–4/6), 4/7.
        var plain = InPerson("2025-03-03");
        Assert.Equal(Date("2025-03-31"), plain.Clock(Calendar)!.Reply!.Due);
        var noticed = plain.NoticeFee("按件", 12, 200m, "按件计收", Date("2025-03-10"));
        Assert.Equal(CaseStatus.AwaitingFee, noticed.Status);
        var paid = noticed.FeePaid(Date("2025-03-14"));
        var clock = paid.Clock(Calendar)!;
        Assert.Equal(Date("2025-04-07"), clock.Reply!.Due);
        Assert.Contains(clock.Lines, l => l.Contains("信息处理费缴费通知", StringComparison.Ordinal) && l.Contains("4 个工作日不计入", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnpaidFeeClosesTheCaseAs其他处理2After20WorkingDays()
    {
        // Notice Monday 2025-03-10: 20 working days end 2025-04-08 (清明 4/4–4/6 skipped).
        var noticed = InPerson("2025-03-03").NoticeFee("按量", 150, 1700m, "按量计收", Date("2025-03-10"));
        Assert.Equal(Date("2025-04-08"), noticed.FeeDue(Calendar)!.Due);
        Assert.Equal((Date("2025-04-08"), "缴费期限"), noticed.NextDeadline(Calendar));
        Assert.Throws<CaseTransitionException>(() => noticed.CloseForUnpaidFee(Date("2025-04-08"), Calendar));
        Assert.Throws<CaseTransitionException>(() => noticed.Decide(Date("2025-04-01"), [ApplicationOutcome.Disclosed], "公开"));
        var closed = noticed.CloseForUnpaidFee(Date("2025-04-09"), Calendar);
        Assert.Equal(ApplicationOutcome.OtherFeeUnpaid, closed.Decision!.Outcome);
    }

    [Fact]
    public void AZeroFeeIsNeverNoticed() =>
        Assert.Throws<CaseTransitionException>(() => InPerson("2025-03-03").NoticeFee("按件", 5, 0m, "免费", Date("2025-03-04")));

    [Fact]
    public void AnExtensionNeedsAnApproverAndHappensOnce()
    {
        var open = InPerson("2025-03-03");
        Assert.Throws<CaseTransitionException>(() => open.Extend(" ", Date("2025-03-20"), "量大"));
        var extended = open.Extend("王五（办公室主任）", Date("2025-03-20"), "涉及档案调取");
        // 40 working days from 3/3: the 20th is 3/31; 清明 4/4–4/6 skipped; Sunday 4/27 is a 调休 working day (39th), 4/28 the 40th.
        Assert.Equal(Date("2025-04-28"), extended.Clock(Calendar)!.Reply!.Due);
        Assert.Throws<CaseTransitionException>(() => extended.Extend("王五", Date("2025-03-21"), "再延"));
    }

    [Fact]
    public void ConsultationsPauseTheClockUntilAnswered()
    {
        var consulting = InPerson("2025-03-03").Consult("某公司（第三方）", Date("2025-03-05"));
        Assert.Equal(CaseStatus.Consulting, consulting.Status);
        var answered = consulting.ConsultationAnswered(0, Date("2025-03-07"));
        Assert.Equal(CaseStatus.InProgress, answered.Status);
        // 3/6 and 3/7 not counted: 3/31 moves two working days to 4/2.
        Assert.Equal(Date("2025-04-02"), answered.Clock(Calendar)!.Reply!.Due);
        Assert.Throws<CaseTransitionException>(() => answered.ConsultationAnswered(0, Date("2025-03-08")));
    }

    [Fact]
    public void TheConsultedPartysReceiptIsRecordedOnceNotBeforeSendingAndNotAfterItsAnswer()
    {
        var consulting = InPerson("2025-03-03").Consult("某公司（第三方）", Date("2025-03-05"));
        Assert.Throws<CaseTransitionException>(() => consulting.ConsultationDelivered(0, Date("2025-03-04")));
        var delivered = consulting.ConsultationDelivered(0, Date("2025-03-10"));
        Assert.Equal(Date("2025-03-10"), delivered.Consultations[0].Delivered);
        Assert.Equal(Date("2025-03-31"), delivered.Consultations[0].ExpiresOn(Calendar)); // 15 working days from 3/10
        Assert.Throws<CaseTransitionException>(() => delivered.ConsultationDelivered(0, Date("2025-03-11")));
        Assert.Throws<CaseTransitionException>(() => delivered.ConsultationAnswered(0, Date("2025-03-07")));
        Assert.Throws<CaseTransitionException>(() => delivered.ConsultationAnswered(0, Date("2025-03-12")).ConsultationDelivered(0, Date("2025-03-12")));
    }

    [Fact]
    public void Article35AsksForReasonsFirstThenEitherDeclinesOrFixesALaterDeadlineBeforeTheStatutoryOneRunsOut()
    {
        var started = InPerson("2025-03-03"); // statutory reply due 2025-03-31
        Assert.Throws<CaseTransitionException>(() => started.Decide(Date("2025-03-20"), [ApplicationOutcome.DeclinedExcessive], "数量过多"));
        Assert.Throws<CaseTransitionException>(() => started.Defer(Date("2025-03-20"), Date("2025-05-30"), "需逐一调取", Calendar));

        var asked = started.AskForReasons(Date("2025-03-05"), "本月已提出申请86件", Date("2025-03-12"));
        Assert.Equal(CaseStatus.InProgress, asked.Status); // the reply period keeps running
        Assert.Equal(Date("2025-03-31"), asked.NextDeadline(Calendar)!.Value.Due);
        Assert.Throws<CaseTransitionException>(() => asked.AskForReasons(Date("2025-03-06"), "再问", Date("2025-03-13")));
        Assert.Throws<CaseTransitionException>(() => asked.Decide(Date("2025-03-12"), [ApplicationOutcome.DeclinedExcessive], "未说明")); // not before the deadline for reasons
        Assert.Equal(ApplicationOutcome.DeclinedExcessive, asked.Decide(Date("2025-03-13"), [ApplicationOutcome.DeclinedExcessive], "逾期未说明理由").Decision!.Outcome);
        Assert.Throws<CaseTransitionException>(() => asked.Defer(Date("2025-03-20"), Date("2025-05-30"), "需逐一调取", Calendar)); // no reasons yet

        var explained = asked.ReasonsGiven(Date("2025-03-10"));
        Assert.Equal(ApplicationOutcome.DeclinedExcessive, explained.Decide(Date("2025-03-11"), [ApplicationOutcome.DeclinedExcessive], "理由不合理").Decision!.Outcome);
        Assert.Throws<CaseTransitionException>(() => explained.Defer(Date("2025-03-20"), Date("2025-03-31"), "需逐一调取", Calendar)); // not later than the statutory deadline
        Assert.Throws<CaseTransitionException>(() => explained.Defer(Date("2025-04-01"), Date("2025-05-30"), "需逐一调取", Calendar)); // told too late
        Assert.Throws<CaseTransitionException>(() => explained.Defer(Date("2025-03-20"), Date("2025-05-30"), " ", Calendar));

        var deferred = explained.Defer(Date("2025-03-20"), Date("2025-05-30"), "需逐一调取", Calendar);
        var clock = deferred.Clock(Calendar)!;
        Assert.Equal(Date("2025-05-30"), clock.Reply!.Due);
        Assert.Equal(Date("2025-03-31"), clock.Statutory!.Due);
        Assert.Equal((Date("2025-05-30"), "答复期限"), deferred.NextDeadline(Calendar));
        Assert.Throws<CaseTransitionException>(() => deferred.Defer(Date("2025-03-21"), Date("2025-06-30"), "再延", Calendar));
        Assert.Throws<CaseTransitionException>(() => deferred.RequestCorrection(Date("2025-03-21"), "x", Date("2025-04-30"), Calendar));
    }

    [Fact]
    public void MixedPartsWithSomethingDisclosedCountOnceAs部分公开()
    {
        var decided = InPerson("2025-03-03").Decide(Date("2025-03-20"), [ApplicationOutcome.Disclosed, ApplicationOutcome.WithheldThirdParty], "第二部分涉及个人隐私");
        Assert.Equal(ApplicationOutcome.PartlyDisclosed, decided.Decision!.Outcome);
        Assert.Equal(2, decided.Decision.Parts.Count);
        Assert.Throws<CaseTransitionException>(() => InPerson("2025-03-03").Decide(Date("2025-03-20"), [ApplicationOutcome.Disclosed, ApplicationOutcome.UnableNotHeld], "x", chosen: ApplicationOutcome.Disclosed));
    }

    [Fact]
    public void DifferingPartsThatDiscloseNothingNeedTheClerksChoiceAmongThem()
    {
        IReadOnlyList<ApplicationOutcome> parts = [ApplicationOutcome.WithheldStateSecret, ApplicationOutcome.UnableNotHeld];
        Assert.Throws<CaseTransitionException>(() => InPerson("2025-03-03").Decide(Date("2025-03-20"), parts, "x"));
        Assert.Throws<CaseTransitionException>(() => InPerson("2025-03-03").Decide(Date("2025-03-20"), parts, "x", chosen: ApplicationOutcome.DeclinedDuplicate));
        var decided = InPerson("2025-03-03").Decide(Date("2025-03-20"), parts, "x", chosen: ApplicationOutcome.UnableNotHeld);
        Assert.Equal(ApplicationOutcome.UnableNotHeld, decided.Decision!.Outcome);
    }

    [Fact]
    public void AClosedCaseRefusesEveryStepButArchiving()
    {
        var closed = InPerson("2025-03-03").Decide(Date("2025-03-20"), [ApplicationOutcome.Disclosed], "予以公开");
        Assert.Null(closed.NextDeadline(Calendar));
        Assert.Throws<CaseTransitionException>(() => closed.Decide(Date("2025-03-21"), [ApplicationOutcome.Disclosed], "again"));
        Assert.Throws<CaseTransitionException>(() => closed.Withdraw(Date("2025-03-21"), ""));
        Assert.Throws<CaseTransitionException>(() => closed.Consult("x", Date("2025-03-21")));
        Assert.Throws<CaseTransitionException>(() => closed.Archive(Date("2025-03-19")));
        var archived = closed.Archive(Date("2025-03-25"));
        Assert.Equal(CaseStatus.Archived, archived.Status);
        Assert.Throws<CaseTransitionException>(() => archived.Archive(Date("2025-03-26")));
    }

    [Fact]
    public void TheRegisteredDetailsCanBeCorrectedWhileTheCaseIsOpenAndNotAfter()
    {
        var open = InPerson("2025-03-03");
        var amended = open.Amend(Person with { Name = "张叁", Type = ApplicantType.Legal }, Request with { Content = "更正后的描述" });
        Assert.Equal(("张叁", ApplicantType.Legal, "更正后的描述"), (amended.Applicant.Name, amended.Applicant.Type, amended.Request.Content));
        Assert.Equal(open.Received, amended.Received);
        Assert.Throws<CaseTransitionException>(() => open.Amend(Person with { Name = "" }, Request));
        var closed = open.Decide(Date("2025-03-20"), [ApplicationOutcome.Disclosed], "予以公开");
        Assert.Throws<CaseTransitionException>(() => closed.Amend(Person, Request));
    }

    [Fact]
    public void AWithdrawnApplicationCountsUnder其他处理3()
    {
        var withdrawn = InPerson("2025-03-03").Withdraw(Date("2025-03-04"), "");
        Assert.Equal(ApplicationOutcome.OtherMisc, withdrawn.Decision!.Outcome);
        Assert.Equal(new ApplicationRecord(ApplicantType.Natural, Date("2025-03-03"), Date("2025-03-04"), ApplicationOutcome.OtherMisc).Outcome, withdrawn.ToRecord()!.Outcome);
    }

    [Fact]
    public void ACaseOpenOn31DecemberIsCarriedIntoTheNextYear()
    {
        var open = InPerson("2024-12-20");
        var record = open.ToRecord()!;
        Assert.True(record.OpenAtEndOf(Date("2024-12-31")));
        var closed = open.Decide(Date("2025-01-10"), [ApplicationOutcome.Disclosed], "予以公开").ToRecord()!;
        Assert.True(closed.OpenAtEndOf(Date("2024-12-31")));
        Assert.False(closed.OpenAtEndOf(Date("2025-12-31")));
    }
}

/// <summary>Every outcome and applicant column has a label that names its template row or column.</summary>
public sealed class CaseLabelTests
{
    [Fact]
    public void EveryOutcomeLabelEndsWithItsTemplateRowWording()
    {
        foreach (var outcome in ApplicationOutcomes.All)
        {
            var printed = Gongkai.Reports.TemplateCatalog.Default[$"s3.{outcome.CellRow()}.total"].RowLabel;
            var item = outcome.Label().Split('·')[^1];
            Assert.True(printed.Contains(item, StringComparison.Ordinal) || outcome == ApplicationOutcome.OtherFeeUnpaid || outcome == ApplicationOutcome.OtherNoCorrection, $"{outcome}: {item} / {printed}");
        }

        Assert.Equal(ApplicantTypes.All.Count, ApplicantTypes.All.Select(t => t.Label()).Distinct().Count());
    }
}
