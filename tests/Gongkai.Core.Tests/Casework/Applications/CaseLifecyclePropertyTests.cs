using Gongkai.Casework;
using Gongkai.Casework.Applications;
using Gongkai.Casework.Statistics;
using Gongkai.Checking;

namespace Gongkai.Core.Tests.Casework.Applications;

/// <summary>
/// Random caseloads driven through the case's own transitions — intake by every channel, 补正 answered, lapsed or
/// pending, consultations, extensions, fees paid, lapsed or pending, 第三十五条 requests for reasons and deferrals,
/// decisions with mixed parts, withdrawals,
/// cases carried over a year end — then two oracles: each clock counts exactly 20 (or 40) unpaused working days,
/// and every cell of the year's report equals a direct count of the cases; the checker finds nothing.
/// </summary>
public sealed class CaseLifecyclePropertyTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    private static readonly ApplicationOutcome[] Decidable =
        [.. ApplicationOutcomes.All.Where(o => o is not (ApplicationOutcome.OtherNoCorrection or ApplicationOutcome.OtherFeeUnpaid))];

    [Fact]
    public void RandomCasesKeepTheirClocksAndAddUpToAReportTheCheckerAccepts()
    {
        var rng = new Random(20261122);
        for (var load = 0; load < 150; load++)
        {
            var year = rng.Next(2021, 2026);
            var cases = Enumerable.Range(0, rng.Next(0, 40)).Select(_ => RandomCase(rng, year)).ToList();

            foreach (var c in cases)
            {
                AssertClockCountsUnpausedWorkingDays(c);
            }

            var records = cases.Select(c => c.ToRecord()).OfType<ApplicationRecord>().ToList();
            var report = AnnualStatistics.Compute("测试镇人民政府", year, records, [], HandEnteredFigures.None);
            foreach (var type in ApplicantTypes.All)
            {
                var mine = cases.Where(c => c.Received is not null && c.Applicant.Type == type).ToList();
                var column = type.CellColumn();
                Assert.Equal(mine.Count(c => c.Received!.Value.Year == year), report.Cells[$"s3.received.{column}"].Value);
                Assert.Equal(mine.Count(c => c.Received!.Value.Year < year && !(c.Decision?.Date.Year < year)), report.Cells[$"s3.carried_in.{column}"].Value);
                Assert.Equal(mine.Count(c => c.Received!.Value.Year <= year && !(c.Decision?.Date.Year <= year)), report.Cells[$"s3.carried_out.{column}"].Value);
                foreach (var outcome in ApplicationOutcomes.All)
                {
                    var expected = mine.Count(c => c.Decision is { } d && d.Date.Year == year && RowOf(d) == outcome);
                    Assert.Equal(expected, report.Cells[$"s3.{outcome.CellRow()}.{column}"].Value);
                }
            }

            Assert.Empty(Checker.Check(report));
        }
    }

    /// <summary>The oracle of the row: one part → its row; parts with something disclosed → 部分公开; else the clerk's pick.</summary>
    private static ApplicationOutcome RowOf(DecisionStep d)
    {
        var parts = d.Parts.Distinct().ToList();
        return parts.Count == 1 ? parts[0]
            : parts.Any(p => p is ApplicationOutcome.Disclosed or ApplicationOutcome.PartlyDisclosed) ? ApplicationOutcome.PartlyDisclosed
            : d.Outcome;
    }

    /// <summary>Between the clock's start and the reply date lie exactly 20 (40 with an extension) working days not paused, the last one the due date.</summary>
    private static void AssertClockCountsUnpausedWorkingDays(ApplicationCase c)
    {
        if (c.Clock(Calendar) is not { Statutory: { } reply, ClockStart: { } start } clock)
        {
            return;
        }

        Assert.Equal(c.Deferral?.Until ?? reply.Due, clock.Reply!.Due); // a 第三十五条 deferral replaces the statutory deadline

        var paused = new HashSet<DateOnly>();
        foreach (var consultation in c.Consultations)
        {
            var end = consultation.Answered ?? Calendar.AddWorkingDays(consultation.Delivered ?? consultation.Sent, StatutoryClock.ConsultationDays).Due;
            for (var d = consultation.Sent.AddDays(1); d <= end; d = d.AddDays(1))
            {
                paused.Add(d);
            }
        }

        if (c.Fee is { } fee)
        {
            var end = fee.Paid ?? Calendar.AddWorkingDays(fee.NoticeSent, StatutoryClock.FeePaymentDays).Due;
            for (var d = fee.NoticeSent.AddDays(1); d <= end; d = d.AddDays(1))
            {
                paused.Add(d);
            }
        }

        var counted = 0;
        for (var d = start.AddDays(1); d <= reply.Due; d = d.AddDays(1))
        {
            if (Calendar.IsWorkingDay(d) && !paused.Contains(d))
            {
                counted++;
            }
        }

        Assert.Equal(c.Extension is null ? 20 : 40, counted);
        Assert.True(Calendar.IsWorkingDay(reply.Due) && !paused.Contains(reply.Due), $"due {reply.Due} is not a counted day");
    }

    private static ApplicationCase RandomCase(Random rng, int year)
    {
        var arrived = new DateOnly(year - 1, 1, 1).AddDays(rng.Next(0, 730));
        var channel = IntakeChannels.All[rng.Next(IntakeChannels.All.Count)];
        var applicant = new Applicant(ApplicantTypes.All[rng.Next(ApplicantTypes.All.Count)], "申请人", "ID");
        var c = ApplicationCase.Open(channel, arrived, applicant, new RequestDetails("信息"));
        if (c.Received is null)
        {
            if (rng.Next(10) == 0)
            {
                return c; // never confirmed: not counted anywhere
            }

            c = c.ConfirmReceipt(arrived.AddDays(rng.Next(0, 3)));
        }

        var day = c.Received!.Value;
        DateOnly Later(int max) => day = day.AddDays(rng.Next(0, max));

        if (rng.Next(4) == 0)
        {
            var sent = Later(5);
            var correctBy = sent.AddDays(rng.Next(5, 20));
            c = c.RequestCorrection(sent, "补正事项", correctBy, Calendar);
            switch (rng.Next(4))
            {
                case 0:
                    return rng.Next(2) == 0 ? c : c.CloseForNoCorrection(correctBy.AddDays(rng.Next(1, 10)));
                default:
                    c = c.ReceiveCorrection(Later(12));
                    break;
            }
        }

        for (var i = rng.Next(0, 3); i > 0; i--)
        {
            c = c.Consult("第三方", Later(6));
            if (rng.Next(2) == 0)
            {
                c = c.ConsultationDelivered(c.Consultations.Count - 1, Later(9));
            }

            if (rng.Next(3) > 0)
            {
                c = c.ConsultationAnswered(c.Consultations.Count - 1, Later(20));
            }
        }

        if (rng.Next(3) == 0)
        {
            c = c.Extend("负责人", Later(25), "理由");
        }

        if (rng.Next(4) == 0)
        {
            var sent = Later(10);
            c = c.NoticeFee("按件", 12, 100m, "按件计收", sent);
            switch (rng.Next(4))
            {
                case 0:
                    return c; // unpaid, pending
                case 1:
                    return c.CloseForUnpaidFee(c.FeeDue(Calendar)!.Due.AddDays(rng.Next(1, 5)), Calendar);
                default:
                    c = c.FeePaid(Later(20));
                    break;
            }
        }

        if (c.Status == CaseStatus.Consulting && rng.Next(2) == 0)
        {
            return c; // still waiting for an answer
        }

        if (rng.Next(8) == 0)
        {
            return c.Withdraw(Later(10), "");
        }

        if (rng.Next(10) == 0)
        {
            return c; // open: carried over if the year ends first
        }

        if (rng.Next(6) == 0)
        {
            c = c.AskForReasons(Later(5), "申请数量明显超过合理范围", day.AddDays(rng.Next(1, 15)));
            if (rng.Next(3) > 0)
            {
                c = c.ReasonsGiven(Later(10));
                var due = c.Clock(Calendar)!.Reply!.Due;
                if (Later(5) <= due && rng.Next(2) == 0)
                {
                    c = c.Defer(day, due.AddDays(rng.Next(1, 90)), "无法按期答复", Calendar);
                }
            }
        }

        var parts = Enumerable.Range(0, rng.Next(1, 4)).Select(_ => Decidable[rng.Next(Decidable.Length)]).ToList();
        if (parts.Contains(ApplicationOutcome.DeclinedExcessive))
        {
            // 不予处理 under 第三十五条 only after asking for reasons and hearing them.
            c = c.ReasonsRequest is null ? c.AskForReasons(Later(5), "申请数量明显超过合理范围", day.AddDays(7)) : c;
            c = c.ReasonsRequest!.Explained is null ? c.ReasonsGiven(Later(5)) : c;
        }

        var derived = ApplicationOutcomes.OfParts(parts);
        var decided = c.Decide(Later(40), parts, "理由", chosen: derived is null ? parts[rng.Next(parts.Count)] : null);
        return rng.Next(3) == 0 ? decided.Archive(decided.Decision!.Date.AddDays(rng.Next(0, 30))) : decided;
    }
}
