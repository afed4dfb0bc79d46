using Dapper;
using Gongkai.Casework;
using Gongkai.Casework.Applications;
using Gongkai.Casework.Statistics;
using Gongkai.Data.Casework;
using Gongkai.Data.Tests.Support;

namespace Gongkai.Data.Tests;

/// <summary>Applications stored in the registry, on both engines: numbers, tracking codes, concurrency, the year's cases, deadlines that follow the calendar.</summary>
public sealed class CaseStoreTests
{
    private static readonly Applicant Person = new(ApplicantType.Natural, "张三", "110101199001011234", Email: "zs@example.cn");

    private static ApplicationCase Case(string arrived, IntakeChannel channel = IntakeChannel.InPerson) =>
        ApplicationCase.Open(channel, DateOnly.Parse(arrived, System.Globalization.CultureInfo.InvariantCulture), Person, new RequestDetails("2024年危房改造补助名单"));

    internal static async Task<long> AgencyAsync(Database database, string name = "测试镇")
    {
        await using var c = await database.OpenAsync();
        var id = await c.ExecuteScalarAsync<long>(
            "INSERT INTO agencies (parent_id, path, kind, name, full_name, confidence, placed_by, created_at) VALUES (NULL, '/', 'township', @name, @full, 1, 'manual', '2026-01-01') RETURNING id",
            new { name, full = name + "人民政府" });
        await c.ExecuteAsync("UPDATE agencies SET path = @path WHERE id = @id", new { path = $"/{id}/", id });
        return id;
    }

    private static async Task<StoredCase> InsertAsync(Database database, long agency, ApplicationCase value, WorkingCalendar? calendar = null)
    {
        await using var c = await database.OpenAsync();
        await using var tx = await c.BeginTransactionAsync();
        var stored = await CaseStore.InsertAsync(c, tx, database, agency, value, calendar ?? WorkingCalendar.Default);
        await tx.CommitAsync();
        return stored;
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task CasesAreNumberedPerAgencyAndYearAndFoundByTheirTrackingCode(string backend)
    {
        var database = Backends.Create(backend);
        await Migrator.MigrateAsync(database);
        var agency = await AgencyAsync(database);
        var first = await InsertAsync(database, agency, Case("2025-03-03"));
        var second = await InsertAsync(database, agency, Case("2025-03-04"));
        var nextYear = await InsertAsync(database, agency, Case("2026-01-05"));

        Assert.Equal(["2025-0001", "2025-0002", "2026-0001"], new[] { first.Number, second.Number, nextYear.Number });
        Assert.Matches("^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$", first.TrackingCode);
        await using var c = await database.OpenAsync();
        var typed = first.TrackingCode.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant();
        var found = await CaseStore.ByTrackingCodeAsync(c, typed);
        Assert.Equal(first.Id, found!.Id);
        Assert.Equal(first.Case, found.Case with { Consultations = first.Case.Consultations });
        Assert.Null(await CaseStore.ByTrackingCodeAsync(c, "AAAA-AAAA-AAA1"));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task TheListFindsCasesByNumberApplicantOrRequestAndShowsTheApplicantAsLastCorrected(string backend)
    {
        var database = Backends.Create(backend);
        await Migrator.MigrateAsync(database);
        var agency = await AgencyAsync(database);
        var first = await InsertAsync(database, agency, Case("2025-03-03"));
        var li = await InsertAsync(database, agency, ApplicationCase.Open(IntakeChannel.InPerson, new DateOnly(2025, 3, 4),
            new Applicant(ApplicantType.Business, "Acme 建设有限公司", "91110000100000000X"), new RequestDetails("2024年道路工程招标文件（100%完工部分）")));

        await using var c = await database.OpenAsync();
        async Task<string[]> Find(string words) => [.. (await CaseStore.ListAsync(c, [agency], search: words)).Select(x => x.Number).Order()];
        Assert.Equal([first.Number], await Find("危房"));
        Assert.Equal([li.Number], await Find("acme 招标")); // every word, in any column, ASCII case ignored
        Assert.Equal([li.Number], await Find("2025-0002"));
        Assert.Equal([li.Number], await Find("100%"));
        Assert.Empty(await Find("0%完工 危房"));
        Assert.Empty(await Find("_")); // taken literally
        Assert.Equal([first.Number, li.Number], await Find("  "));

        // A corrected name and column are what the list shows and finds.
        await using (var tx = await c.BeginTransactionAsync())
        {
            await CaseStore.UpdateAsync(c, tx, database, first, first.Case.Amend(Person with { Name = "张叁", Type = ApplicantType.Legal }, new RequestDetails("2024年农房改造补助名单")), WorkingCalendar.Default);
            await tx.CommitAsync();
        }

        var listed = Assert.Single(await CaseStore.ListAsync(c, [agency], search: "张叁 农房"));
        Assert.Equal(("张叁", "Legal"), (listed.ApplicantName, listed.ApplicantType));
        Assert.Empty(await Find("危房"));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task CasesRegisteredAtTheSameTimeGetDifferentNumbers(string backend)
    {
        var database = Backends.Create(backend);
        await Migrator.MigrateAsync(database);
        var agency = await AgencyAsync(database);
        var stored = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => InsertAsync(database, agency, Case("2025-03-03")))));
        Assert.Equal(Enumerable.Range(1, 16).Select(i => $"2025-{i:0000}"), stored.Select(s => s.Number).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task EveryStepRoundTripsThroughTheStoreAndAStaleWriteIsRefused(string backend)
    {
        var database = Backends.Create(backend);
        await Migrator.MigrateAsync(database);
        var agency = await AgencyAsync(database);
        var stored = await InsertAsync(database, agency, Case("2025-03-03", IntakeChannel.Online));
        var full = stored.Case.ConfirmReceipt(new DateOnly(2025, 3, 4))
            .RequestCorrection(new DateOnly(2025, 3, 5), "请写明年份", new DateOnly(2025, 3, 20), WorkingCalendar.Default)
            .ReceiveCorrection(new DateOnly(2025, 3, 10))
            .Consult("某公司", new DateOnly(2025, 3, 11)).ConsultationAnswered(0, new DateOnly(2025, 3, 13))
            .Extend("王五", new DateOnly(2025, 3, 25), "调档")
            .NoticeFee("按件", 12, 200m, "按件计收", new DateOnly(2025, 3, 26)).FeePaid(new DateOnly(2025, 3, 27))
            .Decide(new DateOnly(2025, 4, 10), [ApplicationOutcome.Disclosed, ApplicationOutcome.WithheldThirdParty], "涉及个人隐私", "见附件");

        await using var c = await database.OpenAsync();
        await using (var tx = await c.BeginTransactionAsync())
        {
            await CaseStore.UpdateAsync(c, tx, database, stored, full, WorkingCalendar.Default);
            await tx.CommitAsync();
        }

        var read = (await CaseStore.GetAsync(c, stored.Id))!;
        Assert.Equal(2, read.Version);
        Assert.Equal(CaseJson.Write(full), CaseJson.Write(read.Case));
        Assert.Equal(ApplicationOutcome.PartlyDisclosed, read.Case.Decision!.Outcome);
        var listed = Assert.Single(await CaseStore.ListAsync(c, [agency]));
        Assert.Equal(("Closed", "2025-04-10", "PartlyDisclosed", (string?)null), (listed.Status, listed.ClosedOn, listed.Outcome, listed.DueOn));

        await using var stale = await c.BeginTransactionAsync();
        await Assert.ThrowsAsync<CaseConflictException>(() => CaseStore.UpdateAsync(c, stale, database, stored, full.Archive(new DateOnly(2025, 4, 11)), WorkingCalendar.Default));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task AYearsCasesAreThoseReceivedByItsEndAndNotClosedBeforeItBegan(string backend)
    {
        var database = Backends.Create(backend);
        await Migrator.MigrateAsync(database);
        var agency = await AgencyAsync(database);
        await InsertAsync(database, agency, Case("2024-03-01").Decide(new DateOnly(2024, 3, 10), [ApplicationOutcome.Disclosed], "")); // 2024 only
        await InsertAsync(database, agency, Case("2024-12-20").Decide(new DateOnly(2025, 1, 8), [ApplicationOutcome.Disclosed], "")); // carried over
        await InsertAsync(database, agency, Case("2025-05-06"));                                                                     // open
        await InsertAsync(database, agency, Case("2025-12-30", IntakeChannel.Online));                                              // never confirmed
        await InsertAsync(database, agency, Case("2026-01-05"));                                                                     // next year

        await using var c = await database.OpenAsync();
        var cases = await CaseStore.ForYearAsync(c, agency, 2025);
        Assert.Equal([new DateOnly(2024, 12, 20), new DateOnly(2025, 5, 6)], cases.Select(x => x.Received!.Value));
        var report = AnnualStatistics.Compute("测试镇人民政府", 2025, [.. cases.Select(x => x.ToRecord()!)], [], HandEnteredFigures.None);
        Assert.Equal(1m, report.Cells["s3.carried_in.natural"].Value);
        Assert.Equal(1m, report.Cells["s3.received.natural"].Value);
        Assert.Equal(1m, report.Cells["s3.carried_out.natural"].Value);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task AddingANewYearsArrangementMovesTheRunningDeadlinesItAffects(string backend)
    {
        var database = Backends.Create(backend);
        await Migrator.MigrateAsync(database);
        var agency = await AgencyAsync(database);
        // Received Thursday 2026-12-17: without 2027 data the 20th working day is 2027-01-14 (1/1 counted).
        var running = await InsertAsync(database, agency, Case("2026-12-17"));
        var closed = await InsertAsync(database, agency, Case("2026-12-18").Decide(new DateOnly(2026, 12, 21), [ApplicationOutcome.Disclosed], ""));
        await using var c = await database.OpenAsync();
        Assert.Equal("2027-01-14", (await CaseStore.ListAsync(c, [agency], "open")).Single().DueOn);

        // A made-up 2027 元旦: 1/1–1/3 off, so the 20th working day becomes 1/15.
        var moved = await CalendarStore.AddAsync(database, [new(new DateOnly(2027, 1, 1), CalendarDayKind.Holiday, "元旦"), new(new DateOnly(2027, 1, 2), CalendarDayKind.Holiday, "元旦"), new(new DateOnly(2027, 1, 3), CalendarDayKind.Holiday, "元旦")], "test");

        var one = Assert.Single(moved);
        Assert.Equal((running.Id, "答复期限", new DateOnly(2027, 1, 14), new DateOnly(2027, 1, 15)), (one.Id, one.What, one.Before, one.After));
        Assert.Equal("2027-01-15", (await CaseStore.ListAsync(c, [agency], "open")).Single().DueOn);
        Assert.NotEqual(closed.Id, one.Id);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task TheMonthlyCountForTheFeeIsPerApplicantAndCalendarMonthAndSameDayApplicationsCountInOrder(string backend)
    {
        var database = Backends.Create(backend);
        await Migrator.MigrateAsync(database);
        var agency = await AgencyAsync(database);
        await InsertAsync(database, agency, Case("2025-02-28"));                                                           // last month
        var sameDay = new List<StoredCase>();
        for (var i = 0; i < 11; i++)
        {
            sameDay.Add(await InsertAsync(database, agency, Case("2025-03-03")));                                           // eleven handed in together
        }

        await InsertAsync(database, agency, Case("2025-03-04") with { Applicant = Person with { IdDocument = "other" } }); // someone else
        await InsertAsync(database, agency, Case("2025-03-04", IntakeChannel.Online));                                    // never confirmed
        var later = await InsertAsync(database, agency, Case("2025-03-05"));
        await using var c = await database.OpenAsync();
        var counts = new List<int>();
        foreach (var s in sameDay)
        {
            counts.Add(await CaseStore.CountByApplicantInMonthAsync(c, agency, Person.IdDocument, s.Case.Arrived, s.Id));
        }

        Assert.Equal(Enumerable.Range(0, 11), counts);
        Assert.Equal(11, await CaseStore.CountByApplicantInMonthAsync(c, agency, Person.IdDocument, later.Case.Arrived, later.Id));
    }

    [Fact]
    public void TrackingCodesAreReadLeniently()
    {
        Assert.Equal("ABCD-EF23-4567", CaseStore.NormalizeTrackingCode(" abcd ef23－4567 "));
        Assert.Null(CaseStore.NormalizeTrackingCode("ABCD-EF23-456O")); // O is not in the alphabet
        Assert.Null(CaseStore.NormalizeTrackingCode(null));
        Assert.NotEqual(CaseStore.NewTrackingCode(), CaseStore.NewTrackingCode());
    }
}

/// <summary>Review and litigation cases and the hand-entered figures, on both engines.</summary>
public sealed class AppealStoreTests
{
    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task AnAppealCountsAsPendingUntilDecidedAndOnlyInTheYearsItWasPending(string backend)
    {
        var database = Backends.Create(backend);
        await Migrator.MigrateAsync(database);
        var agency = await CaseStoreTests.AgencyAsync(database);
        await using var c = await database.OpenAsync();
        long id;
        await using (var tx = await c.BeginTransactionAsync())
        {
            id = await AppealStore.InsertAsync(c, tx, database, agency, null, AppealKind.Review, "X复决字〔2024〕9号", "某市人民政府", new DateOnly(2024, 11, 5), "");
            await FiguresStore.SetAsync(c, tx, database, agency, 2025, new HandEnteredFigures(LicensingDecisions: 12, ProcessingFeesYuan: 300m));
            await tx.CommitAsync();
        }

        Assert.Null((await AppealStore.ForYearAsync(c, agency, 2024)).Single().Outcome);
        await using (var tx = await c.BeginTransactionAsync())
        {
            Assert.False(await AppealStore.DecideAsync(c, tx, database, id, new DateOnly(2024, 11, 1), AppealOutcome.Upheld)); // before filing
            Assert.True(await AppealStore.DecideAsync(c, tx, database, id, new DateOnly(2025, 2, 1), AppealOutcome.Upheld));
            Assert.False(await AppealStore.DecideAsync(c, tx, database, id, new DateOnly(2025, 3, 1), AppealOutcome.Corrected)); // already decided
            await tx.CommitAsync();
        }

        Assert.Equal(AppealOutcome.Upheld, (await AppealStore.ForYearAsync(c, agency, 2025)).Single().Outcome);
        Assert.Empty(await AppealStore.ForYearAsync(c, agency, 2026));
        Assert.Equal(12, (await FiguresStore.GetAsync(c, agency, 2025))!.LicensingDecisions);
        Assert.Null(await FiguresStore.GetAsync(c, agency, 2024));
    }
}
