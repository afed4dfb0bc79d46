using Gongkai.Casework.Statistics;
using Gongkai.Checking;
using Gongkai.Reports;

namespace Gongkai.Core.Tests.Casework.Statistics;

/// <summary>
/// Random caseloads: every cell of the computed report equals a count of the cases made here, independently of
/// <see cref="AnnualStatistics"/>, and the checker finds nothing in the report.
/// </summary>
public sealed class AnnualStatisticsPropertyTests
{
    [Fact]
    public void EveryCellOfAReportComputedFromRandomCaseloadsEqualsADirectCountAndTheCheckerFindsNothing()
    {
        var rng = new Random(20250331);
        for (var i = 0; i < 400; i++)
        {
            var year = rng.Next(2021, 2027);
            var cases = RandomCases(rng, year);
            var appeals = RandomAppeals(rng, year);
            var figures = new HandEnteredFigures(
                rng.Next(0, 5), rng.Next(0, 3), rng.Next(0, 40), rng.Next(0, 20), rng.Next(0, 5), rng.Next(0, 80),
                rng.Next(0, 500), rng.Next(0, 300), rng.Next(0, 50), rng.Next(0, 100_000) / 100m,
                rng.Next(4) == 0 ? rng.Next(1, 5000) : 0);

            var report = AnnualStatistics.Compute("测试县人民政府", year, cases, appeals, figures);

            Assert.Equal(("测试县人民政府", (int?)year, ReportFormat.Revised2021), (report.Agency, report.Year, report.Format));
            var wrong = report.Cells
                .Where(kv => kv.Value.Value != Expected(kv.Key, year, cases, appeals, figures))
                .Select(kv => $"{kv.Key}={kv.Value.Value} expected {Expected(kv.Key, year, cases, appeals, figures)}")
                .ToArray();
            Assert.True(wrong.Length == 0, $"caseload {i} ({year}): {string.Join("; ", wrong)}");

            // Every cell holds a number, the six sections are there, section 六 states the 信息处理费 and the text
            // quotes the tables' counts: no rule of the checker has anything to say.
            Assert.Empty(Checker.Check(report));
        }
    }

    /// <summary>The value a cell must hold, counted straight from the records (the oracle).</summary>
    private static decimal? Expected(string key, int year, IReadOnlyList<ApplicationRecord> cases, IReadOnlyList<AppealRecord> appeals, HandEnteredFigures f)
    {
        var parts = key.Split('.');
        switch (parts[0])
        {
            case "s2":
                return f.Table2Cells().Single(kv => kv.Key == key).Value;
            case "s4":
                return appeals.Count(a =>
                    Group[a.Kind] == parts[1]
                    && a.Filed.Year <= year && (a.Decided is null || a.Decided.Value.Year >= year)
                    && (parts[2] == "total"
                        || parts[2] == (a.Decided is null || a.Decided.Value.Year > year ? "pending" : AppealColumn[a.Outcome!.Value])));
            default:
                var row = string.Join('.', parts[1..^1]);
                var column = parts[^1];
                return cases.Count(c => (column == "total" || Column[c.Applicant] == column) && InRow(c, row, year));
        }
    }

    private static bool InRow(ApplicationRecord c, string row, int year) => row switch
    {
        "received" => c.Received.Year == year,
        "carried_in" => c.Received.Year < year && (c.Closed is null || c.Closed.Value.Year >= year),
        "carried_out" => c.Received.Year <= year && (c.Closed is null || c.Closed.Value.Year > year),
        "total" => c.Closed?.Year == year,
        _ => c.Closed?.Year == year && Row[c.Outcome!.Value] == row,
    };

    private static List<ApplicationRecord> RandomCases(Random rng, int year)
    {
        var start = new DateOnly(year - 1, 1, 1);
        var span = new DateOnly(year, 12, 31).DayNumber - start.DayNumber + 1;
        var cases = new List<ApplicationRecord>();
        var count = rng.Next(8) == 0 ? 0 : rng.Next(1, 60);
        for (var j = 0; j < count; j++)
        {
            // Intake over the year before and the year, and now and then before or after both (to be ignored or carried).
            var received = rng.Next(20) switch
            {
                0 => start.AddDays(-rng.Next(1, 400)),
                1 => start.AddDays(span + rng.Next(0, 60)),
                _ => start.AddDays(rng.Next(span)),
            };
            var applicant = ApplicantTypes.All[rng.Next(ApplicantTypes.All.Count)];
            if (rng.Next(5) == 0)
            {
                cases.Add(new(applicant, received));
                continue;
            }

            var closed = received.AddDays(rng.Next(3) == 0 ? rng.Next(0, 5) : rng.Next(0, 120));
            cases.Add(new(applicant, received, closed, RandomOutcome(rng)));
        }

        return cases;
    }

    /// <summary>One outcome, or the one outcome of a case answered in several parts (the officer's pick when the parts give none).</summary>
    private static ApplicationOutcome RandomOutcome(Random rng)
    {
        var all = ApplicationOutcomes.All;
        if (rng.Next(4) != 0)
        {
            return all[rng.Next(all.Count)];
        }

        var parts = Enumerable.Range(0, rng.Next(2, 5)).Select(_ => all[rng.Next(all.Count)]).ToArray();
        return ApplicationOutcomes.OfParts(parts) ?? parts[rng.Next(parts.Length)];
    }

    private static List<AppealRecord> RandomAppeals(Random rng, int year)
    {
        var start = new DateOnly(year - 1, 1, 1);
        var span = new DateOnly(year, 12, 31).DayNumber - start.DayNumber + 1;
        var appeals = new List<AppealRecord>();
        for (var j = rng.Next(0, 9); j > 0; j--)
        {
            var kind = AppealKinds.All[rng.Next(AppealKinds.All.Count)];
            var filed = start.AddDays(rng.Next(span));
            appeals.Add(rng.Next(3) == 0
                ? new(kind, filed)
                : new(kind, filed, filed.AddDays(rng.Next(0, 300)), (AppealOutcome)rng.Next(1, 4)));
        }

        return appeals;
    }

    // The oracle's own spelling of cells.tsv (not the production mapping).
    private static readonly Dictionary<ApplicantType, string> Column = new()
    {
        [ApplicantType.Natural] = "natural", [ApplicantType.Business] = "business", [ApplicantType.Research] = "research",
        [ApplicantType.Nonprofit] = "nonprofit", [ApplicantType.Legal] = "legal", [ApplicantType.OtherOrganization] = "other_org",
    };

    private static readonly Dictionary<AppealKind, string> Group = new()
    {
        [AppealKind.Review] = "review", [AppealKind.SuitDirect] = "suit_direct", [AppealKind.SuitAfterReview] = "suit_after_review",
    };

    private static readonly Dictionary<AppealOutcome, string> AppealColumn = new()
    {
        [AppealOutcome.Upheld] = "upheld", [AppealOutcome.Corrected] = "corrected", [AppealOutcome.Other] = "other",
    };

    internal static readonly Dictionary<ApplicationOutcome, string> Row = new()
    {
        [ApplicationOutcome.Disclosed] = "disclosed",
        [ApplicationOutcome.PartlyDisclosed] = "partial",
        [ApplicationOutcome.WithheldStateSecret] = "withheld.state_secret",
        [ApplicationOutcome.WithheldProhibited] = "withheld.prohibited",
        [ApplicationOutcome.WithheldSecurity] = "withheld.security",
        [ApplicationOutcome.WithheldThirdParty] = "withheld.third_party",
        [ApplicationOutcome.WithheldInternal] = "withheld.internal",
        [ApplicationOutcome.WithheldDeliberative] = "withheld.deliberative",
        [ApplicationOutcome.WithheldEnforcement] = "withheld.enforcement",
        [ApplicationOutcome.WithheldInquiry] = "withheld.inquiry",
        [ApplicationOutcome.UnableNotHeld] = "unable.not_held",
        [ApplicationOutcome.UnableNeedsCreation] = "unable.needs_creation",
        [ApplicationOutcome.UnableUnclear] = "unable.unclear",
        [ApplicationOutcome.DeclinedComplaint] = "declined.complaint",
        [ApplicationOutcome.DeclinedDuplicate] = "declined.duplicate",
        [ApplicationOutcome.DeclinedPublication] = "declined.publication",
        [ApplicationOutcome.DeclinedExcessive] = "declined.excessive",
        [ApplicationOutcome.DeclinedConfirmation] = "declined.confirmation",
        [ApplicationOutcome.OtherNoCorrection] = "other.no_correction",
        [ApplicationOutcome.OtherFeeUnpaid] = "other.no_fee",
        [ApplicationOutcome.OtherMisc] = "other.misc",
    };
}
