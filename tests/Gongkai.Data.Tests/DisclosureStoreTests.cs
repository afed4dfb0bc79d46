using Dapper;
using Gongkai.Casework.Disclosure;
using Gongkai.Data.Casework;
using Gongkai.Data.Tests.Support;

namespace Gongkai.Data.Tests;

/// <summary>Proactive disclosure in the registry, on both engines: 索引号 serials, the append-only sign-off, the public 目录.</summary>
public sealed class DisclosureStoreTests
{
    // 2025-06-30 17:00 UTC is 2025-07-01 01:00 in China: a publication then is dated 07-01.
    private static readonly DateTimeOffset Now = new(2025, 6, 30, 17, 0, 0, TimeSpan.Zero);

    private static DisclosureDraft Draft(string title, string generated = "2025-06-03", Article20Category category = Article20Category.Fees, DisclosureMode mode = DisclosureMode.Proactive, string body = "正文") =>
        new(title, title + "的概述", body, null, category, mode, DateOnly.Parse(generated, System.Globalization.CultureInfo.InvariantCulture), null);

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task ItemsAreNumberedInTheAgencysSchemeWithSerialsPerYearAndKeepTheirNumberWhenThePatternChanges(string backend)
    {
        var (database, agency, drafter, _) = await SetUpAsync(backend);
        await using var c = await database.OpenAsync();

        await using (var tx = await c.BeginTransactionAsync())
        {
            var refused = await Assert.ThrowsAsync<RegistryException>(() => DisclosureStore.CreateAsync(c, tx, database, agency, Draft("无规则"), drafter));
            Assert.Contains("尚未设置索引号规则", refused.Message, StringComparison.Ordinal);
        }

        await SaveSettingsAsync(database, agency, "000014349", IndexScheme.DefaultPattern);
        var first = await CreateAsync(database, agency, Draft("一", "2025-01-02"), drafter);
        var second = await CreateAsync(database, agency, Draft("二", "2025-12-31"), drafter);
        var nextYear = await CreateAsync(database, agency, Draft("三", "2026-01-05"), drafter);
        await SaveSettingsAsync(database, agency, "11341702486344515H", "{org}/{yyyy}{MM}-{seq:5}");
        var after = await CreateAsync(database, agency, Draft("四", "2025-10-08"), drafter);

        Assert.Equal(["000014349/2025-00001", "000014349/2025-00002", "000014349/2026-00001", "11341702486344515H/202510-00003"],
            new[] { first.IndexNumber, second.IndexNumber, nextYear.IndexNumber, after.IndexNumber });
        Assert.Equal("000014349/2025-00001", (await DisclosureStore.ByIdAsync(c, first.Id))!.IndexNumber);
        Assert.Equal(DisclosureStage.Draft, first.Stage);
        Assert.Equal("起草人", first.DrafterName);
        Assert.Equal(Draft("一", "2025-01-02"), first.Content);
        var settings = (await DisclosureStore.SettingsAsync(c, agency))!;
        Assert.Equal(("11341702486344515H", "{org}/{yyyy}{MM}-{seq:5}"), (settings.OrgCode, settings.Scheme.Pattern));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task ConcurrentCreatesNeverGetTheSameIndexNumber(string backend)
    {
        var (database, agency, drafter, _) = await SetUpAsync(backend);
        await SaveSettingsAsync(database, agency, "A1", "{org}-{yyyy}-{seq:3}");

        var created = await Task.WhenAll(Enumerable.Range(1, 16).Select(i => Task.Run(() => CreateAsync(database, agency, Draft($"并发{i}"), drafter))));

        Assert.Equal(16, created.Select(d => d.IndexNumber).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 16).Select(i => $"A1-2025-{i:000}"), created.Select(d => d.IndexNumber).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task ANumberTakenUnderAnEarlierPatternIsSkippedAndAFullYearIsRefused(string backend)
    {
        var (database, agency, drafter, _) = await SetUpAsync(backend);
        await SaveSettingsAsync(database, agency, "X2", "{org}-{yyyy}-{seq:2}");
        Assert.Equal("X2-2025-01", (await CreateAsync(database, agency, Draft("旧格式"), drafter)).IndexNumber);

        // Serial 2 in the new scheme prints X2-2025-01 again: it is skipped.
        await SaveSettingsAsync(database, agency, "X", "{org}{seq:1}-{yyyy}-01");
        Assert.Equal("X3-2025-01", (await CreateAsync(database, agency, Draft("新格式"), drafter)).IndexNumber);
        for (var serial = 4; serial <= 9; serial++)
        {
            await CreateAsync(database, agency, Draft($"第{serial}件"), drafter);
        }

        var full = await Assert.ThrowsAsync<RegistryException>(() => CreateAsync(database, agency, Draft("第十件"), drafter));
        Assert.Contains("2025 年的流水号已用完", full.Message, StringComparison.Ordinal);
        Assert.Equal("X1-2026-01", (await CreateAsync(database, agency, Draft("明年", "2026-01-05"), drafter)).IndexNumber);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task AnEditThatWouldNoLongerFitTheIndexNumberIsRefused(string backend)
    {
        var (database, agency, drafter, _) = await SetUpAsync(backend);
        await SaveSettingsAsync(database, agency, "C", IndexScheme.DefaultPattern);
        var item = await CreateAsync(database, agency, Draft("收费标准"), drafter);
        await using var c = await database.OpenAsync();
        await using (var tx = await c.BeginTransactionAsync())
        {
            var otherYear = item.Content with { GeneratedOn = item.Content.GeneratedOn.AddYears(-1) };
            var refused = await Assert.ThrowsAsync<DisclosureConflictException>(() => DisclosureStore.UpdateAsync(c, tx, database, item, otherYear, drafter));
            Assert.Contains(item.IndexNumber, refused.Message, StringComparison.Ordinal);
        }

        await using (var tx = await c.BeginTransactionAsync())
        {
            // Another day of the same year makes the same number: allowed.
            var sameYear = item.Content with { GeneratedOn = new DateOnly(item.Content.GeneratedOn.Year, 1, 2) };
            Assert.Equal(item.IndexNumber, (await DisclosureStore.UpdateAsync(c, tx, database, item, sameYear, drafter)).IndexNumber);
            await tx.CommitAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task TheSignOffIsRecordedStepByStepAppendOnlyAndAStaleMoveIsRefused(string backend)
    {
        var (database, agency, drafter, signers) = await SetUpAsync(backend);
        await SaveSettingsAsync(database, agency, "C", IndexScheme.DefaultPattern);
        var item = await CreateAsync(database, agency, Draft("收费标准"), drafter);
        var stale = item;

        item = await MoveAsync(database, item, item.SignOff.Submit(new Signer(drafter, "起草人")));
        item = await MoveAsync(database, item, item.SignOff.Reject(signers[0], "数字有误"));
        Assert.Equal(DisclosureStage.Draft, item.Stage);
        await using (var c = await database.OpenAsync())
        {
            await using var tx = await c.BeginTransactionAsync();
            item = await DisclosureStore.UpdateAsync(c, tx, database, item, item.Content with { Summary = "改正后的概述" }, item.SignOff.DrafterId);
            await tx.CommitAsync();
        }

        item = await MoveAsync(database, item, item.SignOff.Submit(new Signer(drafter, "起草人")));
        item = await MoveAsync(database, item, item.SignOff.Pass(signers[0]));
        item = await MoveAsync(database, item, item.SignOff.Pass(signers[1], "不涉密"));
        Assert.Null(item.PublishedOn);
        item = await MoveAsync(database, item, item.SignOff.Pass(signers[2]));

        Assert.Equal(DisclosureStage.Published, item.Stage);
        Assert.Equal(new DateOnly(2025, 7, 1), item.PublishedOn);
        Assert.Equal("改正后的概述", item.Content.Summary);
        await using var read = await database.OpenAsync();
        var steps = await DisclosureStore.SignOffsAsync(read, item.Id);
        Assert.Equal(
            ["draft submit review 起草人", "review reject draft 初审人 数字有误", "draft submit review 起草人", "review pass secrecy_check 初审人",
             "secrecy_check pass approval 保密审查人 不涉密", "approval pass published 审批人"],
            steps.Select(s => $"{DisclosureStages.Code(s.Step.Stage)} {DisclosureStages.Code(s.Step.Action)} {DisclosureStages.Code(s.Step.To)} {s.Step.Signer.Name} {s.Step.Comment}".TrimEnd()));
        Assert.All(steps, s => Assert.Equal("2025-06-30T17:00:00Z", s.At));

        await using (var tx = await read.BeginTransactionAsync())
        {
            await Assert.ThrowsAsync<DisclosureConflictException>(() => DisclosureStore.ApplyAsync(read, tx, database, stale, stale.SignOff.Submit(new Signer(drafter, "起草人")).Step!));
            await Assert.ThrowsAsync<DisclosureConflictException>(() => DisclosureStore.UpdateAsync(read, tx, database, item, item.Content with { Title = "已公开的不能直接改" }, item.SignOff.DrafterId));
        }

        await Assert.ThrowsAnyAsync<Exception>(() => read.ExecuteAsync("UPDATE disclosure_signoffs SET comment = 'x'"));
        await Assert.ThrowsAnyAsync<Exception>(() => read.ExecuteAsync("DELETE FROM disclosure_signoffs"));
        Assert.Equal(6, await read.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM disclosure_signoffs"));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task TheCatalogueListsOnlyPublishedProactiveItemsAndFiltersSearchesAndPages(string backend)
    {
        var (database, agency, drafter, signers) = await SetUpAsync(backend);
        var other = await AgencyAsync(database, "另一局", parent: 1);
        await SaveSettingsAsync(database, agency, "D", IndexScheme.DefaultPattern);
        await SaveSettingsAsync(database, other, "E", IndexScheme.DefaultPattern);
        var fees = await PublishAsync(database, await CreateAsync(database, agency, Draft("停车收费标准", "2025-03-01", body: "路内停车 Parking 收费 100%"), drafter), signers);
        var plan = await PublishAsync(database, await CreateAsync(database, agency, Draft("十四五规划", "2024-05-01", Article20Category.Plans), drafter), signers);
        var elsewhere = await PublishAsync(database, await CreateAsync(database, other, Draft("另一局收费", "2025-02-01"), drafter), signers);
        await CreateAsync(database, agency, Draft("尚未审核的收费草稿"), drafter);
        await PublishAsync(database, await CreateAsync(database, agency, Draft("依申请公开的收费", mode: DisclosureMode.OnRequest), drafter), signers);
        var withdrawn = await PublishAsync(database, await CreateAsync(database, agency, Draft("撤回的收费"), drafter), signers);
        await MoveAsync(database, withdrawn, withdrawn.SignOff.Withdraw(signers[2], "已废止"));

        await using var c = await database.OpenAsync();
        async Task<IReadOnlyList<string>> Titles(CatalogueQuery q) => [.. (await DisclosureCatalogue.SearchAsync(c, q)).Entries.Select(e => e.Title)];

        Assert.Equal(["停车收费标准", "另一局收费", "十四五规划"], await Titles(new(null, null, null, null, 1)));
        Assert.Equal(["停车收费标准", "另一局收费"], await Titles(new(null, null, null, "收费", 1)));
        Assert.Equal(["停车收费标准"], await Titles(new(null, null, null, "parking 路内", 1))); // every word, in the body, ASCII case ignored
        Assert.Equal(["停车收费标准"], await Titles(new(null, null, null, "100%", 1)));
        Assert.Empty(await Titles(new(null, null, null, "%0", 1))); // % and _ are letters, not wildcards
        Assert.Empty(await Titles(new(null, null, null, "停车_", 1)));
        Assert.Equal(["停车收费标准"], await Titles(new(null, null, null, fees.IndexNumber, 1)));
        Assert.Equal(["十四五规划"], await Titles(new(null, Article20Category.Plans, null, null, 1)));
        Assert.Equal(["停车收费标准", "另一局收费"], await Titles(new(null, null, 2025, null, 1)));
        Assert.Equal(["停车收费标准", "十四五规划"], await Titles(new(agency, null, null, null, 1)));
        Assert.Equal(["停车收费标准", "另一局收费", "十四五规划"], await Titles(new(1, null, null, null, 1))); // the root: everything below it
        Assert.Empty(await Titles(new(999_999, null, null, null, 1)));

        var page2 = await DisclosureCatalogue.SearchAsync(c, new(null, null, null, null, 2, PageSize: 2));
        Assert.Equal((3, 2, 2), (page2.Total, page2.Page, page2.Pages));
        Assert.Equal(["十四五规划"], page2.Entries.Select(e => e.Title));
        Assert.Equal(2, (await DisclosureCatalogue.SearchAsync(c, new(null, null, null, null, int.MaxValue, PageSize: 2))).Page);

        var entry = (await DisclosureCatalogue.SearchAsync(c, new(null, null, null, "十四五", 1))).Entries.Single();
        Assert.Equal((plan.Id, "D/2024-00001", "十四五规划的概述", new DateOnly(2024, 5, 1), Article20Category.Plans), (entry.Id, entry.IndexNumber, entry.Summary, entry.GeneratedOn, entry.Category));
        Assert.Equal([2025, 2024], await DisclosureCatalogue.YearsAsync(c));
        Assert.Equal([agency, other], (await DisclosureCatalogue.AgenciesAsync(c)).Select(a => a.Id).Order());
        Assert.True(elsewhere.InCatalogue);

        // The clerk's list is every item of the agency; a reviewer's the subtree's; both filter by stage.
        Assert.Equal(5, (await DisclosureStore.OfAgencyAsync(c, agency)).Count);
        Assert.Equal(6, (await DisclosureStore.OfAgencyAsync(c, 1, withAgenciesBelow: true)).Count);
        Assert.Empty(await DisclosureStore.OfAgencyAsync(c, 1));
        Assert.Equal(["尚未审核的收费草稿"], (await DisclosureStore.OfAgencyAsync(c, agency, stage: DisclosureStage.Draft)).Select(i => i.Title));
        Assert.Equal(["另一局收费"], (await DisclosureStore.OfAgencyAsync(c, other, stage: DisclosureStage.Published)).Select(i => i.Title));
        Assert.Equal("测试局", (await DisclosureStore.OfAgencyAsync(c, agency))[0].AgencyName);
    }

    private static async Task<(Database Database, long Agency, long Drafter, Signer[] Signers)> SetUpAsync(string backend)
    {
        var database = Backends.Create(backend, new FixedClock(Now));
        await Migrator.MigrateAsync(database);
        var agency = await AgencyAsync(database, "测试局", parent: 1);
        var drafter = await UserAsync(database, "起草人", agency);
        Signer[] signers = [new(await UserAsync(database, "初审人", agency), "初审人"), new(await UserAsync(database, "保密审查人", agency), "保密审查人"), new(await UserAsync(database, "审批人", agency), "审批人")];
        return (database, agency, drafter, signers);
    }

    private static async Task<long> AgencyAsync(Database database, string name, long parent)
    {
        await using var c = await database.OpenAsync();
        var id = await c.ExecuteScalarAsync<long>(
            "INSERT INTO agencies (parent_id, path, kind, name, full_name, confidence, placed_by, created_at) VALUES (@parent, '/', 'department', @name, @name, 1, 'manual', '2025-01-01') RETURNING id",
            new { parent, name });
        await c.ExecuteAsync("UPDATE agencies SET path = @path WHERE id = @id", new { path = $"/{parent}/{id}/", id });
        return id;
    }

    private static async Task<long> UserAsync(Database database, string name, long agency)
    {
        await using var c = await database.OpenAsync();
        var userName = name + Guid.NewGuid().ToString("N")[..6];
        return await c.ExecuteScalarAsync<long>(
            "INSERT INTO users (user_name, normalized_user_name, display_name, role, agency_id, security_stamp, created_at) VALUES (@userName, @upper, @name, 'clerk', @agency, 's', '2025-01-01') RETURNING id",
            new { userName, upper = userName.ToUpperInvariant(), name, agency });
    }

    private static async Task SaveSettingsAsync(Database database, long agency, string org, string pattern)
    {
        await using var c = await database.OpenAsync();
        await using var tx = await c.BeginTransactionAsync();
        await DisclosureStore.SaveSettingsAsync(c, tx, database, agency, org, IndexScheme.Parse(pattern).Scheme!, null);
        await tx.CommitAsync();
    }

    private static async Task<StoredDisclosure> CreateAsync(Database database, long agency, DisclosureDraft draft, long drafter)
    {
        await using var c = await database.OpenAsync();
        await using var tx = await c.BeginTransactionAsync();
        var stored = await DisclosureStore.CreateAsync(c, tx, database, agency, draft, drafter);
        await tx.CommitAsync();
        return stored;
    }

    private static async Task<StoredDisclosure> MoveAsync(Database database, StoredDisclosure item, SignOffResult result)
    {
        Assert.True(result.Succeeded, result.Refusal);
        await using var c = await database.OpenAsync();
        await using var tx = await c.BeginTransactionAsync();
        var moved = await DisclosureStore.ApplyAsync(c, tx, database, item, result.Step);
        await tx.CommitAsync();
        return moved;
    }

    private static async Task<StoredDisclosure> PublishAsync(Database database, StoredDisclosure item, Signer[] signers)
    {
        item = await MoveAsync(database, item, item.SignOff.Submit(new Signer(item.SignOff.DrafterId, "起草人")));
        foreach (var signer in signers)
        {
            item = await MoveAsync(database, item, item.SignOff.Pass(signer));
        }

        return item;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
