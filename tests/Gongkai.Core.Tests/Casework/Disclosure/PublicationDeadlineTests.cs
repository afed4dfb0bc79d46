using Gongkai.Casework;
using Gongkai.Casework.Disclosure;

namespace Gongkai.Core.Tests.Casework.Disclosure;

/// <summary>第二十六条: published within 20 working days of the day the information was created or changed.</summary>
public sealed class PublicationDeadlineTests
{
    [Fact]
    public void TwentyWorkingDaysRunFromTheDayTheInformationWasGeneratedAcrossTheSpringFestival()
    {
        var deadline = PublicationDeadline.Compute(WorkingCalendar.Default, new DateOnly(2025, 1, 27));

        Assert.Equal(new DateOnly(2025, 3, 3), deadline.Due);
        Assert.Equal(
            "信息于 2025-01-27 形成，应自形成之日起 20 个工作日内予以公开（《政府信息公开条例》第二十六条）。" +
            "20 个工作日：自 2025-01-27 起（当日不计），跳过春节 1/28–2/4，2/8 调休上班计入，跳过周末 7 天；届满日 2025-03-03。",
            deadline.Explanation);
    }

    [Fact]
    public void AChangeStartsANewPeriodFromTheDayOfTheChange()
    {
        var deadline = PublicationDeadline.Compute(WorkingCalendar.Default, new DateOnly(2025, 1, 27), changed: new DateOnly(2025, 9, 26));

        Assert.Equal(new DateOnly(2025, 10, 30), deadline.Due);
        Assert.StartsWith("信息于 2025-09-26 变更，应自变更之日起 20 个工作日内予以公开", deadline.Explanation, StringComparison.Ordinal);
        Assert.Contains("跳过国庆节、中秋节 10/1–10/8", deadline.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AChangeDateNotAfterTheGenerationDateIsNotAChange()
    {
        var generated = new DateOnly(2024, 3, 1);

        var plain = PublicationDeadline.Compute(WorkingCalendar.Default, generated);
        var same = PublicationDeadline.Compute(WorkingCalendar.Default, generated, generated);
        var earlier = PublicationDeadline.Compute(WorkingCalendar.Default, generated, generated.AddDays(-3));

        Assert.Equal((plain.Due, plain.Explanation), (same.Due, same.Explanation));
        Assert.Equal((plain.Due, plain.Explanation), (earlier.Due, earlier.Explanation));
    }

    [Fact]
    public void AnItemIsOverdueWhenPublishedAfterTheDueDateOrUnpublishedPastIt()
    {
        var deadline = PublicationDeadline.Compute(WorkingCalendar.Default, new DateOnly(2025, 1, 27)); // due 2025-03-03

        Assert.False(PublicationDeadline.IsOverdue(deadline, new DateOnly(2025, 3, 3), null));
        Assert.True(PublicationDeadline.IsOverdue(deadline, new DateOnly(2025, 3, 4), null));
        Assert.False(PublicationDeadline.IsOverdue(deadline, new DateOnly(2026, 1, 1), new DateOnly(2025, 2, 20)));
        Assert.True(PublicationDeadline.IsOverdue(deadline, new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 4)));
    }
}
