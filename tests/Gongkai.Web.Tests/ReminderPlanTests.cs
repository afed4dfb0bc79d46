using System.Globalization;
using Gongkai.Casework;
using Gongkai.Data.Casework;
using Gongkai.Web.Casework.Reminders;

namespace Gongkai.Web.Tests;

/// <summary>Which deadlines are due soon or overdue (on the national calendar) and who is reminded: pure functions, hand-worked dates.</summary>
public sealed class ReminderPlanTests
{
    // 2026-03-06 is a Friday; 2026-09-30 the Wednesday before the National Day holiday (10-01 to 10-07 off, Saturday 10-10 worked).
    [Theory]
    [InlineData("2026-03-06", "2026-03-05", "overdue", 0, "已逾期")]
    [InlineData("2026-03-06", "2026-03-06", "due_soon", 0, "今天到期")]
    [InlineData("2026-03-06", "2026-03-07", "due_soon", 0, "下一个工作日之前到期")]
    [InlineData("2026-03-06", "2026-03-09", "due_soon", 1, "还有 1 个工作日")]
    [InlineData("2026-03-06", "2026-03-11", "due_soon", 3, "还有 3 个工作日")]
    [InlineData("2026-03-06", "2026-03-12", null, 0, null)]
    [InlineData("2026-09-30", "2026-10-08", "due_soon", 1, "还有 1 个工作日")]
    [InlineData("2026-09-30", "2026-10-09", "due_soon", 2, "还有 2 个工作日")]
    [InlineData("2026-09-30", "2026-10-10", "due_soon", 3, "还有 3 个工作日")]
    [InlineData("2026-09-30", "2026-10-12", null, 0, null)]
    public void ADeadlineIsDueSoonUpToTheThirdWorkingDayAfterTodayAndOverdueOnceItHasPassed(string today, string due, string? kind, int left, string? state)
    {
        var urgency = Urgency.Of(Day(due), Day(today), WorkingCalendar.Default, 3);

        Assert.Equal(kind, urgency?.Kind);
        if (urgency is { } u)
        {
            Assert.Equal(left, u.WorkingDaysLeft);
            Assert.Equal(state, ReminderMail.State(u));
        }
    }

    [Fact]
    public void TheAssignedClerkIsRemindedAndOtherwiseEveryClerkOfTheAgencyOnceByAddress()
    {
        ClerkAddress[] clerks =
        [
            new(1, 10, "李四", "lisi@example.gov.cn"),
            new(2, 10, "王五", "wangwu@example.gov.cn"),
            new(3, 10, "收发室", "LISI@example.gov.cn"),
            new(4, 20, "钱七", "qianqi@example.gov.cn"),
        ];
        var assigned = Due(new CaseListItem { Id = 1, AgencyId = 10, AssignedTo = 1, AssignedName = "李四", AssignedEmail = "lisi@example.gov.cn" });
        var unassigned = Due(new CaseListItem { Id = 2, AgencyId = 10 });
        var assignedWithoutEmail = Due(new CaseListItem { Id = 3, AgencyId = 20, AssignedTo = 9, AssignedName = "赵六" });

        var reminders = ReminderPlan.Reminders([assigned, unassigned, assignedWithoutEmail], clerks);

        Assert.Equal(
            [(1L, "lisi@example.gov.cn"), (2L, "lisi@example.gov.cn"), (2L, "wangwu@example.gov.cn"), (3L, "qianqi@example.gov.cn")],
            reminders.Select(r => (r.CaseId, r.Recipient)));
    }

    private static DueCase Due(CaseListItem item) => new(item, Day("2026-03-06"), "答复期限", new Urgency(ReminderKind.Overdue, 0));

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
