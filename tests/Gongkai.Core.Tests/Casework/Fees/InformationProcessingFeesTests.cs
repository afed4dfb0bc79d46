using Gongkai.Casework;
using Gongkai.Casework.Fees;

namespace Gongkai.Core.Tests.Casework.Fees;

/// <summary>
/// Hand-worked 信息处理费 at every tier boundary (国办函〔2020〕109号第四条、第五条, shared/spec/domain-rules.md §2.5):
/// 超额累进, each rate applies only to the units inside its tier.
/// </summary>
public sealed class InformationProcessingFeesTests
{
    public static TheoryData<int, decimal> MonthTotals => new()
    {
        { 1, 0m },
        { 10, 0m },        // the last free 件
        { 11, 100m },      // 1×100
        { 30, 2000m },     // 20×100
        { 31, 2200m },     // 20×100 + 1×200
        { 35, 3000m },     // 20×100 + 5×200, the example of domain-rules.md
        { 40, 4000m },     // 20×100 + 10×200
        { 41, 4300m },     // … + 1×300
        { 50, 7000m },     // 20×100 + 10×200 + 10×300
        { 51, 7400m },     // … + 1×400
        { 60, 11000m },    // … + 10×400
        { 61, 11500m },    // … + 1×500
    };

    [Theory]
    [MemberData(nameof(MonthTotals))]
    public void AMonthsApplicationsAreChargedTierByTier(int applications, decimal expected) =>
        Assert.Equal(expected, InformationProcessingFees.ForMonth(applications).Amount);

    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 100)]
    [InlineData(31, 200)]
    [InlineData(40, 200)]
    [InlineData(41, 300)]
    [InlineData(50, 300)]
    [InlineData(51, 400)]
    [InlineData(61, 500)]
    [InlineData(101, 900)]
    public void TheNthApplicationOfTheMonthPaysTheRateOfItsTier(int n, int expected)
    {
        var fee = InformationProcessingFees.ForApplications(n - 1);
        Assert.Equal((decimal)expected, fee.Amount);
        Assert.Equal(n, fee.First);
        Assert.Equal(n, fee.Last);
    }

    [Fact]
    public void TheMarginalFeesOfAMonthAddUpToItsTotal()
    {
        var running = 0m;
        for (var n = 1; n <= 120; n++)
        {
            running += InformationProcessingFees.ForApplications(n - 1).Amount;
            Assert.Equal(running, InformationProcessingFees.ForMonth(n).Amount);
        }
    }

    [Fact]
    public void EarlierApplicationsOfTheMonthMoveNewOnesUpTheTiersButAreNotChargedAgain()
    {
        // 8 earlier, 5 new: the 9th and 10th are free, the 11th–13th cost 100 each.
        var fee = InformationProcessingFees.ForApplications(8, 5);
        Assert.Equal(300m, fee.Amount);
        Assert.Equal([new FeeTierCharge(9, 10, 0m), new FeeTierCharge(11, 13, 100m)], fee.Tiers);
    }

    public static TheoryData<int, decimal> PageTotals => new()
    {
        { 1, 0m },
        { 30, 0m },        // the last free 页
        { 31, 10m },       // 1×10
        { 100, 700m },     // 70×10
        { 101, 720m },     // 70×10 + 1×20
        { 150, 1700m },    // 70×10 + 50×20, the example of domain-rules.md
        { 200, 2700m },    // 70×10 + 100×20
        { 201, 2740m },    // … + 1×40
        { 250, 4700m },    // … + 50×40
        { 1000, 34700m },  // … + 800×40
    };

    [Theory]
    [MemberData(nameof(PageTotals))]
    public void PagesAreChargedTierByTier(int pages, decimal expected) =>
        Assert.Equal(expected, InformationProcessingFees.ForPages(pages).Amount);

    [Fact]
    public void A35thApplicationIsExplainedWithItsTier()
    {
        var fee = InformationProcessingFees.ForApplications(34);
        Assert.Equal(FeeMethod.PerApplication, fee.Method);
        Assert.Equal("按件计收：本月第 35 件，按第 31–40 件的标准每件 200 元，计 1 件×200 元 = 200 元；合计 200 元（国办函〔2020〕109号第四条）。", fee.Explanation);
    }

    [Fact]
    public void AMonthOf35ApplicationsIsExplainedTierByTier() => Assert.Equal(
        "按件计收：本月第 1–35 件，其中第 1–10 件免费，第 11–30 件 20 件×100 元 = 2000 元，第 31–35 件 5 件×200 元 = 1000 元；合计 3000 元（国办函〔2020〕109号第四条）。",
        InformationProcessingFees.ForMonth(35).Explanation);

    [Fact]
    public void A150PageApplicationIsExplainedTierByTier()
    {
        var fee = InformationProcessingFees.ForPages(150);
        Assert.Equal(FeeMethod.PerPage, fee.Method);
        Assert.Equal([new FeeTierCharge(1, 30, 0m), new FeeTierCharge(31, 100, 10m), new FeeTierCharge(101, 150, 20m)], fee.Tiers);
        Assert.Equal("按量计收：共 150 页，其中第 1–30 页免费，第 31–100 页 70 页×10 元 = 700 元，第 101–150 页 50 页×20 元 = 1000 元；合计 1700 元（国办函〔2020〕109号第五条）。", fee.Explanation);
    }

    [Fact]
    public void PagesAbove200AreExplainedAsTheOpenTopTier() => Assert.Equal(
        "按量计收：共 250 页，其中第 1–30 页免费，第 31–100 页 70 页×10 元 = 700 元，第 101–200 页 100 页×20 元 = 2000 元，第 201–250 页 50 页×40 元 = 2000 元；合计 4700 元（国办函〔2020〕109号第五条）。",
        InformationProcessingFees.ForPages(250).Explanation);

    [Fact]
    public void AFreeFeeSaysItIsInTheFreeTier()
    {
        var fee = InformationProcessingFees.ForApplications(4);
        Assert.True(fee.IsFree);
        Assert.Equal("按件计收：本月第 5 件，在免费的第 1–10 件内；合计 0 元（国办函〔2020〕109号第四条）。", fee.Explanation);
        Assert.Equal("按量计收：共 30 页，在免费的第 1–30 页内；合计 0 元（国办函〔2020〕109号第五条）。", InformationProcessingFees.ForPages(30).Explanation);
    }

    [Fact]
    public void PaymentIsDue20WorkingDaysAfterTheDayTheNoticeIsReceived()
    {
        // Received 2025-01-27: counting starts 1/28, skips 春节 1/28–2/4, counts the 2/8 调休 Saturday.
        var due = InformationProcessingFees.PaymentDue(WorkingCalendar.Default, new DateOnly(2025, 1, 27));
        Assert.Equal(new DateOnly(2025, 3, 3), due.Due);
        Assert.Equal(20, due.WorkingDays);
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(0, 0)]
    public void NegativeOrEmptyCountsAreProgrammerErrors(int earlier, int applications)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => InformationProcessingFees.ForApplications(earlier, applications));
        Assert.Throws<ArgumentOutOfRangeException>(() => InformationProcessingFees.ForPages(applications - 1));
    }
}
