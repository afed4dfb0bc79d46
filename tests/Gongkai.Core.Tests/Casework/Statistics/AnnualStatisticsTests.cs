using Gongkai.Casework.Statistics;
using Gongkai.Checking;
using Gongkai.Reports;

namespace Gongkai.Core.Tests.Casework.Statistics;

/// <summary>Hand-worked caseloads and where each case lands in tables 三 and 四.</summary>
public sealed class AnnualStatisticsTests
{
    private static AnnualReport Compute(int year, ApplicationRecord[] cases, params AppealRecord[] appeals) =>
        AnnualStatistics.Compute("东明镇人民政府", year, cases, appeals, HandEnteredFigures.None);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void ACaseReceivedOn28December2023AndClosedOn5January2024IsCarriedIntoAndClosedIn2024()
    {
        ApplicationRecord[] cases = [new(ApplicantType.Natural, D(2023, 12, 28), D(2024, 1, 5), ApplicationOutcome.Disclosed)];

        var r2024 = Compute(2024, cases);
        var r2023 = Compute(2023, cases);

        Assert.Equal((0m, 1m, 1m, 1m, 0m), (r2024["s3.received.natural"], r2024["s3.carried_in.natural"], r2024["s3.disclosed.natural"], r2024["s3.total.total"], r2024["s3.carried_out.total"]));
        Assert.Equal((1m, 0m, 0m, 1m), (r2023["s3.received.natural"], r2023["s3.carried_in.total"], r2023["s3.total.total"], r2023["s3.carried_out.natural"]));
        Assert.Equal(r2023["s3.carried_out.total"], r2024["s3.carried_in.total"]);
    }

    [Fact]
    public void AMixedResultCaseCountsOnceAsPartlyDisclosedAndInNoOtherOutcomeRow()
    {
        var outcome = ApplicationOutcomes.OfParts([ApplicationOutcome.Disclosed, ApplicationOutcome.WithheldThirdParty, ApplicationOutcome.UnableNotHeld]);
        Assert.Equal(ApplicationOutcome.PartlyDisclosed, outcome);

        var report = Compute(2024, [new(ApplicantType.Business, D(2024, 3, 1), D(2024, 3, 20), outcome)]);

        Assert.Equal(1m, report["s3.partial.business"]);
        Assert.Equal(1m, report["s3.total.total"]);
        var otherOutcomes = report.Cells.Where(kv => kv.Key.StartsWith("s3.", StringComparison.Ordinal)
            && kv.Key is not ("s3.partial.business" or "s3.partial.total" or "s3.total.business" or "s3.total.total")
            && !kv.Key.StartsWith("s3.received.", StringComparison.Ordinal) && kv.Value.Value != 0);
        Assert.Empty(otherOutcomes);
    }

    [Fact]
    public void PartsWithTheSameResultKeepThatResult() =>
        Assert.Equal(ApplicationOutcome.UnableNotHeld, ApplicationOutcomes.OfParts([ApplicationOutcome.UnableNotHeld, ApplicationOutcome.UnableNotHeld]));

    [Fact]
    public void PartsThatDisagreeWithNothingDisclosedAreLeftToTheOfficer() =>
        Assert.Null(ApplicationOutcomes.OfParts([ApplicationOutcome.WithheldStateSecret, ApplicationOutcome.UnableNotHeld]));

    [Fact]
    public void ACaseOpenAtYearEndIsCarriedOutAndIntoTheNextYear()
    {
        ApplicationRecord[] cases = [new(ApplicantType.Legal, D(2024, 12, 20))];

        var report = Compute(2024, cases);

        Assert.Equal((1m, 0m, 1m), (report["s3.received.legal"], report["s3.total.total"], report["s3.carried_out.legal"]));
        Assert.Equal(1m, Compute(2025, cases)["s3.carried_in.legal"]);
        Assert.Contains("结转下年度继续办理1件", report.Section(SectionKind.Applications), StringComparison.Ordinal);
    }

    [Fact]
    public void ACaseClosedOn31DecemberIsClosedThatYearAndNotCarriedOut()
    {
        var report = Compute(2024, [new(ApplicantType.Natural, D(2024, 12, 2), D(2024, 12, 31), ApplicationOutcome.DeclinedDuplicate)]);

        Assert.Equal((1m, 0m), (report["s3.declined.duplicate.natural"], report["s3.carried_out.total"]));
        Assert.Equal(0m, Compute(2025, [new(ApplicantType.Natural, D(2024, 12, 2), D(2024, 12, 31), ApplicationOutcome.DeclinedDuplicate)])["s3.carried_in.total"]);
    }

    [Fact]
    public void CasesReceivedAfterTheYearOrClosedBeforeItAreNotCounted()
    {
        var report = Compute(2024,
        [
            new(ApplicantType.Natural, D(2025, 1, 2)),
            new(ApplicantType.Natural, D(2023, 5, 2), D(2023, 6, 1), ApplicationOutcome.Disclosed),
        ]);

        Assert.All(report.Cells.Where(kv => kv.Key.StartsWith("s3.", StringComparison.Ordinal)), kv => Assert.Equal(0m, kv.Value.Value));
    }

    [Fact]
    public void AnAppealUndecidedAtYearEndIsPendingThatYearAndCountsUnderItsOutcomeTheYearItIsDecided()
    {
        AppealRecord[] appeals =
        [
            new(AppealKind.Review, D(2024, 11, 10), D(2025, 2, 1), AppealOutcome.Corrected),
            new(AppealKind.SuitDirect, D(2024, 3, 1), D(2024, 6, 1), AppealOutcome.Upheld),
            new(AppealKind.SuitAfterReview, D(2023, 3, 1), D(2023, 6, 1), AppealOutcome.Other),
        ];

        var r2024 = Compute(2024, [], appeals);
        var r2025 = Compute(2025, [], appeals);

        Assert.Equal((1m, 1m, 1m, 0m), (r2024["s4.review.pending"], r2024["s4.review.total"], r2024["s4.suit_direct.upheld"], r2024["s4.suit_after_review.total"]));
        Assert.Equal((0m, 1m, 0m), (r2025["s4.review.pending"], r2025["s4.review.corrected"], r2025["s4.suit_direct.total"]));
        Assert.Contains("行政复议案件1件（尚未审结1件）", r2024.Section(SectionKind.Appeals), StringComparison.Ordinal);
    }

    [Fact]
    public void TheNarrativeStartsEachSectionWithItsHeadingAndQuotesTheTablesCounts()
    {
        var report = AnnualStatistics.Compute("东明镇人民政府", 2024,
        [
            new(ApplicantType.Natural, D(2023, 12, 28), D(2024, 1, 5), ApplicationOutcome.Disclosed),
            new(ApplicantType.Natural, D(2024, 2, 1), D(2024, 2, 20), ApplicationOutcome.WithheldStateSecret),
            new(ApplicantType.Business, D(2024, 4, 1), D(2024, 4, 10), ApplicationOutcome.OtherFeeUnpaid),
            new(ApplicantType.Research, D(2024, 12, 30)),
        ], [], new HandEnteredFigures(RulesIssued: 2, FeesAmountWanYuan: 12.5m, ProcessingFeesYuan: 30m));

        Assert.All(SectionKinds.All, k => Assert.StartsWith(k.Heading() + "\n", report.Section(k), StringComparison.Ordinal));
        var applications = report.Section(SectionKind.Applications)!;
        Assert.Contains("本年度共收到政府信息公开申请3件（其中自然人申请1件，法人或其他组织申请2件），上年结转政府信息公开申请1件。", applications, StringComparison.Ordinal);
        Assert.Contains("本年度办结3件，其中予以公开1件，不予公开1件（属于国家秘密1件），其他处理1件（申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请1件）；结转下年度继续办理1件。", applications, StringComparison.Ordinal);
        Assert.Contains("行政事业性收费金额12.5万元", report.Section(SectionKind.Proactive), StringComparison.Ordinal);
        Assert.Contains("共收取信息处理费30元", report.Section(SectionKind.Other), StringComparison.Ordinal);
        Assert.Contains("本年度未发生涉及政府信息公开的行政复议、行政诉讼案件。", report.Section(SectionKind.Appeals), StringComparison.Ordinal);
        Assert.Empty(Checker.Check(report));
    }

    [Fact]
    public void AYearWithNoCasesGivesAReportOfZerosThatSaysSoAndPassesTheChecker()
    {
        var report = Compute(2024, []);

        Assert.All(report.Cells.Where(kv => kv.Key.StartsWith("s3.", StringComparison.Ordinal) || kv.Key.StartsWith("s4.", StringComparison.Ordinal)),
            kv => Assert.Equal(0m, kv.Value.Value));
        Assert.Contains("本年度未收到新的政府信息公开申请", report.Section(SectionKind.Applications), StringComparison.Ordinal);
        Assert.Empty(Checker.Check(report));
    }

    [Fact]
    public void EveryOutcomeNamesADistinctOutcomeRowOfThe2021TemplateAndEveryOutcomeRowHasOne()
    {
        var templateRows = TemplateCatalog.Default.For(ReportFormat.Revised2021)
            .Where(d => d.Key.StartsWith("s3.", StringComparison.Ordinal) && d.Key.EndsWith(".natural", StringComparison.Ordinal))
            .Select(d => d.Key[3..^".natural".Length])
            .Except(["received", "carried_in", "total", "carried_out"]);

        Assert.Equal(templateRows.Order(), ApplicationOutcomes.All.Select(o => o.CellRow()).Order());
        Assert.Equal(21, ApplicationOutcomes.All.Count);
        Assert.All(ApplicationOutcomes.All, o => Assert.Equal(AnnualStatisticsPropertyTests.Row[o], o.CellRow()));
    }

    [Theory]
    [InlineData(2024, 3, 1, null, ApplicationOutcome.Disclosed)]
    [InlineData(2024, 3, 1, 2, null)]
    [InlineData(2024, 3, 10, 9, ApplicationOutcome.Disclosed)]
    public void AnApplicationRecordRejectsAnOutcomeWithoutAClosingDateAClosingWithoutAnOutcomeAndAClosingBeforeReceipt(
        int y, int m, int d, int? closedDay, ApplicationOutcome? outcome) =>
        Assert.Throws<ArgumentException>(() => new ApplicationRecord(ApplicantType.Natural, D(y, m, d), closedDay is { } cd ? D(y, m, cd) : null, outcome));
}
