using System.Data.Common;
using System.Globalization;
using Dapper;
using Gongkai.Casework;
using Gongkai.Casework.Disclosure;

namespace Gongkai.Data.Casework;

/// <summary>
/// Items of proactive disclosure in the registry, their append-only sign-off and each agency's 索引号 scheme. Every
/// write takes the caller's connection and transaction, so the web layer stores the change and its audit line
/// together; the sign-off rules themselves are Core's (<see cref="SignOff"/>).
/// </summary>
public static class DisclosureStore
{
    private const string Columns =
        "d.id AS Id, d.agency_id AS AgencyId, g.full_name AS AgencyName, d.index_number AS IndexNumber, d.title AS Title, d.summary AS Summary, " +
        "d.body AS Body, d.doc_number AS DocNumber, d.category AS Category, d.attribute AS Attribute, d.generated_on AS GeneratedOn, " +
        "d.changed_on AS ChangedOn, d.status AS Status, d.published_on AS PublishedOn, d.created_by AS CreatedBy, u.display_name AS DrafterName, " +
        "d.version AS Version, d.created_at AS CreatedAt, d.updated_at AS UpdatedAt " +
        "FROM disclosures d JOIN agencies g ON g.id = d.agency_id JOIN users u ON u.id = d.created_by";

    public static async Task<IndexSettings?> SettingsAsync(DbConnection c, long agencyId, DbTransaction? tx = null)
    {
        var r = await c.QuerySingleOrDefaultAsync<SettingsRow>(
            "SELECT org_code AS OrgCode, pattern AS Pattern, updated_at AS UpdatedAt FROM disclosure_index_settings WHERE agency_id = @agencyId", new { agencyId }, tx);
        return r is null
            ? null
            : new IndexSettings(agencyId, r.OrgCode, IndexScheme.Parse(r.Pattern).Scheme ?? throw new InvalidDataException($"stored 索引号 pattern is invalid: {r.Pattern}"), r.UpdatedAt);
    }

    /// <summary>Sets the agency's organisation code and pattern (checked by the caller with <see cref="IndexScheme.CheckOrgCode"/>); items already numbered keep their 索引号.</summary>
    public static async Task<IndexSettings> SaveSettingsAsync(DbConnection c, DbTransaction tx, Database database, long agencyId, string orgCode, IndexScheme scheme, long? userId)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(scheme);
        if (IndexScheme.CheckOrgCode(orgCode) is { } error)
        {
            throw new ArgumentException(error, nameof(orgCode));
        }

        var at = Clock.Stamp(database.Clock);
        await c.ExecuteAsync(
            "INSERT INTO disclosure_index_settings (agency_id, org_code, pattern, updated_at, updated_by) VALUES (@agencyId, @orgCode, @pattern, @at, @userId) " +
            "ON CONFLICT (agency_id) DO UPDATE SET org_code = excluded.org_code, pattern = excluded.pattern, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            new { agencyId, orgCode = orgCode.Trim(), pattern = scheme.Pattern, at, userId }, tx);
        return new IndexSettings(agencyId, orgCode.Trim(), scheme, at);
    }

    /// <summary>
    /// Stores a new draft with the next 索引号 of its year in the agency's scheme. The serial is raised by one upsert
    /// in the caller's transaction: a concurrent create waits for it (PostgreSQL's row lock, SQLite's write lock) and
    /// gets the next one. A number already taken (after a change of pattern) is skipped.
    /// </summary>
    /// <exception cref="RegistryException">The agency has no 索引号 scheme, or the year's serials are used up.</exception>
    public static async Task<StoredDisclosure> CreateAsync(DbConnection c, DbTransaction tx, Database database, long agencyId, DisclosureDraft draft, long drafterId)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(draft);
        var settings = await SettingsAsync(c, agencyId, tx)
            ?? throw new RegistryException("本机关尚未设置索引号规则：请先在“索引号设置”中填写机构代码和格式。");
        var year = draft.GeneratedOn.Year;
        string number;
        int serial;
        do
        {
            serial = await c.ExecuteScalarAsync<int>(
                "INSERT INTO disclosure_serials (agency_id, year, last_serial) VALUES (@agencyId, @year, 1) " +
                "ON CONFLICT (agency_id, year) DO UPDATE SET last_serial = disclosure_serials.last_serial + 1 RETURNING last_serial",
                new { agencyId, year }, tx);
            if (serial > settings.Scheme.MaxSerial)
            {
                throw new RegistryException($"{year} 年的流水号已用完（{settings.Scheme.Pattern} 最多 {settings.Scheme.MaxSerial} 号）：请在“索引号设置”中加长 {{seq:N}} 的位数。");
            }

            number = settings.Scheme.Format(settings.OrgCode, draft.GeneratedOn, draft.Category, serial);
        }
        while (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM disclosures WHERE agency_id = @agencyId AND index_number = @number", new { agencyId, number }, tx) > 0);

        var at = Clock.Stamp(database.Clock);
        var d = draft.Normalized();
        var id = await c.ExecuteScalarAsync<long>(
            "INSERT INTO disclosures (agency_id, index_number, serial_year, serial, title, summary, body, doc_number, category, attribute, generated_on, changed_on, status, published_on, created_by, version, created_at, updated_at) " +
            "VALUES (@agencyId, @number, @year, @serial, @Title, @Summary, @Body, @DocNumber, @category, @attribute, @generated, @changed, @status, NULL, @drafterId, 1, @at, @at) RETURNING id",
            new
            {
                agencyId, number, year, serial, d.Title, d.Summary, d.Body, d.DocNumber, category = Article20Categories.Number(d.Category),
                attribute = DisclosureModes.Code(d.Mode), generated = IsoDate.Format(d.GeneratedOn), changed = IsoOrNull(d.ChangedOn),
                status = DisclosureStages.Code(DisclosureStage.Draft), drafterId, at,
            },
            tx);
        return (await ByIdAsync(c, id, tx))!;
    }

    /// <summary>New content for a draft (the 索引号 stays as given). Refused when it is no longer a draft or changed since it was read.</summary>
    /// <exception cref="DisclosureConflictException">The item is not the draft that was read.</exception>
    /// <param name="editorId">Who changed the content: kept, so that they cannot sign its review.</param>
    public static async Task<StoredDisclosure> UpdateAsync(DbConnection c, DbTransaction tx, Database database, StoredDisclosure stored, DisclosureDraft draft, long editorId)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(draft);
        var d = draft.Normalized();
        // The 索引号 was made from the 生成日期 and the category: an edit that would make a different number (under the
        // scheme that made it) is refused rather than leaving a number that no longer fits the item.
        var serial = await c.ExecuteScalarAsync<int>("SELECT serial FROM disclosures WHERE id = @Id", new { stored.Id }, tx);
        if (await SettingsAsync(c, stored.AgencyId, tx) is { } settings
            && settings.Scheme.Format(settings.OrgCode, stored.Content.GeneratedOn, stored.Content.Category, serial) == stored.IndexNumber
            && settings.Scheme.Format(settings.OrgCode, d.GeneratedOn, d.Category, serial) != stored.IndexNumber)
        {
            throw new DisclosureConflictException($"索引号 {stored.IndexNumber} 按生成日期和类别编制，这样修改会使索引号与信息不符：如确需修改生成日期或类别，请撤回本条后重新登记。");
        }

        var changed = await c.ExecuteAsync(
            "UPDATE disclosures SET title = @Title, summary = @Summary, body = @Body, doc_number = @DocNumber, category = @category, attribute = @attribute, " +
            "generated_on = @generated, changed_on = @changed, version = version + 1, updated_at = @at WHERE id = @Id AND version = @Version AND status = @draft",
            new
            {
                d.Title, d.Summary, d.Body, d.DocNumber, category = Article20Categories.Number(d.Category), attribute = DisclosureModes.Code(d.Mode),
                generated = IsoDate.Format(d.GeneratedOn), changed = IsoOrNull(d.ChangedOn), at = Clock.Stamp(database.Clock), stored.Id, stored.Version,
                draft = DisclosureStages.Code(DisclosureStage.Draft),
            },
            tx);
        if (changed != 1)
        {
            throw Conflict(stored);
        }

        if (editorId != stored.SignOff.DrafterId)
        {
            await c.ExecuteAsync("INSERT INTO disclosure_editors (disclosure_id, user_id) VALUES (@Id, @editorId) ON CONFLICT (disclosure_id, user_id) DO NOTHING", new { stored.Id, editorId }, tx);
        }

        return (await ByIdAsync(c, stored.Id, tx))!;
    }

    /// <summary>
    /// Records a sign-off step Core allowed (<see cref="SignOffResult"/>): the item's new stage, the day of publication
    /// when it is published, and an append-only row with the signer and the comment.
    /// </summary>
    /// <exception cref="DisclosureConflictException">The item moved on since it was read.</exception>
    public static async Task<StoredDisclosure> ApplyAsync(DbConnection c, DbTransaction tx, Database database, StoredDisclosure stored, SignOffStep step)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(step);
        if (step.Stage != stored.Stage)
        {
            throw new ArgumentException("the step does not start from the item's stage", nameof(step));
        }

        var at = Clock.Stamp(database.Clock);
        var published = step.To == DisclosureStage.Published ? IsoDate.Format(ChinaClock.Today(database.Clock)) : null;
        var changed = await c.ExecuteAsync(
            "UPDATE disclosures SET status = @to, published_on = COALESCE(@published, published_on), version = version + 1, updated_at = @at " +
            "WHERE id = @Id AND version = @Version AND status = @from",
            new { to = DisclosureStages.Code(step.To), published, at, stored.Id, stored.Version, from = DisclosureStages.Code(step.Stage) }, tx);
        if (changed != 1)
        {
            throw Conflict(stored);
        }

        await c.ExecuteAsync(
            "INSERT INTO disclosure_signoffs (disclosure_id, stage, decision, to_stage, signer_id, signer_name, comment, at) " +
            "VALUES (@Id, @stage, @decision, @to, @signerId, @signerName, @Comment, @at)",
            new
            {
                stored.Id, stage = DisclosureStages.Code(step.Stage), decision = DisclosureStages.Code(step.Action), to = DisclosureStages.Code(step.To),
                signerId = step.Signer.Id, signerName = step.Signer.Name, step.Comment, at,
            },
            tx);
        return (await ByIdAsync(c, stored.Id, tx))!;
    }

    public static async Task<StoredDisclosure?> ByIdAsync(DbConnection c, long id, DbTransaction? tx = null)
    {
        if ((await c.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} WHERE d.id = @id", new { id }, tx))?.ToStored() is not { } stored)
        {
            return null;
        }

        var editors = (await c.QueryAsync<long>("SELECT user_id FROM disclosure_editors WHERE disclosure_id = @id", new { id }, tx)).ToList();
        return editors.Count == 0 ? stored : stored with { SignOff = stored.SignOff with { Editors = editors } };
    }

    /// <summary>The agency's items (with those of the agencies below it when <paramref name="withAgenciesBelow"/>), newest first, optionally of one stage.</summary>
    public static async Task<IReadOnlyList<DisclosureListItem>> OfAgencyAsync(DbConnection c, long agencyId, bool withAgenciesBelow = false, DisclosureStage? stage = null)
    {
        var (low, high) = ("", "");
        if (withAgenciesBelow)
        {
            if (await Queries.AgencyQueries.ByIdAsync(c, agencyId) is not { } agency)
            {
                return [];
            }

            (low, high) = Queries.AgencyQueries.PathRange(agency.Path);
        }

        var rows = await c.QueryAsync<ListRow>(
            "SELECT d.id AS Id, d.agency_id AS AgencyId, g.full_name AS AgencyName, d.index_number AS IndexNumber, d.title AS Title, d.category AS Category, " +
            "d.attribute AS Attribute, d.generated_on AS GeneratedOn, d.changed_on AS ChangedOn, d.status AS Status, d.published_on AS PublishedOn, d.updated_at AS UpdatedAt " +
            "FROM disclosures d JOIN agencies g ON g.id = d.agency_id " +
            (withAgenciesBelow ? "WHERE g.path >= @low AND g.path < @high " : "WHERE d.agency_id = @agencyId ") +
            "AND (@status IS NULL OR d.status = @status) ORDER BY d.generated_on DESC, d.id DESC",
            new { agencyId, low, high, status = stage is { } s ? DisclosureStages.Code(s) : null });
        return [.. rows.Select(r => r.ToItem())];
    }

    /// <summary>The item's sign-off steps, oldest first.</summary>
    public static async Task<IReadOnlyList<StoredSignOff>> SignOffsAsync(DbConnection c, long disclosureId, DbTransaction? tx = null)
    {
        var rows = await c.QueryAsync<SignOffRow>(
            "SELECT id AS Id, stage AS Stage, decision AS Decision, to_stage AS ToStage, signer_id AS SignerId, signer_name AS SignerName, comment AS Comment, at AS At " +
            "FROM disclosure_signoffs WHERE disclosure_id = @disclosureId ORDER BY id",
            new { disclosureId }, tx);
        return [.. rows.Select(r => new StoredSignOff(r.Id,
            new SignOffStep(Stage(r.Stage), DisclosureStages.ParseAction(r.Decision) ?? throw Bad(r.Decision), Stage(r.ToStage), new Signer(r.SignerId, r.SignerName), r.Comment), r.At))];
    }

    internal static Article20Category Category(long number) => Article20Categories.FromNumber((int)number) ?? throw Bad(number.ToString(CultureInfo.InvariantCulture));

    private static string? IsoOrNull(DateOnly? date) => date is { } d ? IsoDate.Format(d) : null;

    private static DisclosureStage Stage(string code) => DisclosureStages.Parse(code) ?? throw Bad(code);

    private static InvalidDataException Bad(string value) => new($"disclosures: unknown stored value {value}");

    private static DisclosureConflictException Conflict(StoredDisclosure stored) =>
        new($"索引号 {stored.IndexNumber} 的信息已被他人修改或已进入下一环节，请刷新后重试。");

    private sealed class Row
    {
        public long Id { get; init; }
        public long AgencyId { get; init; }
        public string AgencyName { get; init; } = "";
        public string IndexNumber { get; init; } = "";
        public string Title { get; init; } = "";
        public string Summary { get; init; } = "";
        public string Body { get; init; } = "";
        public string? DocNumber { get; init; }
        public long Category { get; init; }
        public string Attribute { get; init; } = "";
        public string GeneratedOn { get; init; } = "";
        public string? ChangedOn { get; init; }
        public string Status { get; init; } = "";
        public string? PublishedOn { get; init; }
        public long CreatedBy { get; init; }
        public string DrafterName { get; init; } = "";
        public long Version { get; init; }
        public string CreatedAt { get; init; } = "";
        public string UpdatedAt { get; init; } = "";

        public StoredDisclosure ToStored() => new(
            Id, AgencyId, AgencyName, IndexNumber,
            new DisclosureDraft(Title, Summary, Body, DocNumber, DisclosureStore.Category(Category), DisclosureModes.Parse(Attribute) ?? throw Bad(Attribute),
                IsoDate.Parse(GeneratedOn), ChangedOn is null ? null : IsoDate.Parse(ChangedOn)),
            new SignOff(Stage(Status), CreatedBy), PublishedOn is null ? null : IsoDate.Parse(PublishedOn), DrafterName, (int)Version, CreatedAt, UpdatedAt);
    }

    private sealed class ListRow
    {
        public long Id { get; init; }
        public long AgencyId { get; init; }
        public string AgencyName { get; init; } = "";
        public string IndexNumber { get; init; } = "";
        public string Title { get; init; } = "";
        public long Category { get; init; }
        public string Attribute { get; init; } = "";
        public string GeneratedOn { get; init; } = "";
        public string? ChangedOn { get; init; }
        public string Status { get; init; } = "";
        public string? PublishedOn { get; init; }
        public string UpdatedAt { get; init; } = "";

        public DisclosureListItem ToItem() => new(
            Id, AgencyId, AgencyName, IndexNumber, Title, DisclosureStore.Category(Category), DisclosureModes.Parse(Attribute) ?? throw Bad(Attribute), IsoDate.Parse(GeneratedOn),
            ChangedOn is null ? null : IsoDate.Parse(ChangedOn), Stage(Status), PublishedOn is null ? null : IsoDate.Parse(PublishedOn), UpdatedAt);
    }

    private sealed class SettingsRow
    {
        public string OrgCode { get; init; } = "";
        public string Pattern { get; init; } = "";
        public string UpdatedAt { get; init; } = "";
    }

    private sealed class SignOffRow
    {
        public long Id { get; init; }
        public string Stage { get; init; } = "";
        public string Decision { get; init; } = "";
        public string ToStage { get; init; } = "";
        public long SignerId { get; init; }
        public string SignerName { get; init; } = "";
        public string? Comment { get; init; }
        public string At { get; init; } = "";
    }
}
