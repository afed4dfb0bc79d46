using Gongkai.Casework.Disclosure;

namespace Gongkai.Data.Casework;

/// <summary>An agency's 索引号 scheme: its organisation code and pattern (table <c>disclosure_index_settings</c>).</summary>
public sealed record IndexSettings(long AgencyId, string OrgCode, IndexScheme Scheme, string UpdatedAt);

/// <summary>An item of government information as stored, with its content and where it stands in the sign-off.</summary>
/// <param name="PublishedOn">The day of its last publication; null before the first.</param>
/// <param name="Version">Raised by every write; a write of an older version is refused.</param>
public sealed record StoredDisclosure(
    long Id,
    long AgencyId,
    string AgencyName,
    string IndexNumber,
    DisclosureDraft Content,
    SignOff SignOff,
    DateOnly? PublishedOn,
    string DrafterName,
    int Version,
    string CreatedAt,
    string UpdatedAt)
{
    public DisclosureStage Stage => SignOff.Stage;

    /// <summary>Whether the public may see it: published and 主动公开.</summary>
    public bool InCatalogue => Stage == DisclosureStage.Published && Content.Mode == DisclosureMode.Proactive;
}

/// <summary>An item in an agency's list: what the list shows, without the body.</summary>
public sealed record DisclosureListItem(
    long Id,
    long AgencyId,
    string AgencyName,
    string IndexNumber,
    string Title,
    Article20Category Category,
    DisclosureMode Mode,
    DateOnly GeneratedOn,
    DateOnly? ChangedOn,
    DisclosureStage Stage,
    DateOnly? PublishedOn,
    string UpdatedAt);

/// <summary>One signed step of an item's sign-off, with when it was recorded (UTC).</summary>
public sealed record StoredSignOff(long Id, SignOffStep Step, string At);

/// <summary>What the public 目录 is asked for; every filter is optional.</summary>
/// <param name="AgencyId">An agency: its items and those of every agency below it.</param>
/// <param name="Year">The year of the 生成日期.</param>
/// <param name="Text">Words that must all appear in the name, summary, body, 索引号 or 文号.</param>
/// <param name="Page">1-based.</param>
public sealed record CatalogueQuery(long? AgencyId, Article20Category? Category, int? Year, string? Text, int Page, int PageSize = 20);

/// <summary>One line of the 目录 (第十二条: 索引、名称、内容概述、生成日期), with the agency and the category.</summary>
public sealed record CatalogueEntry(
    long Id,
    long AgencyId,
    string AgencyName,
    string IndexNumber,
    string Title,
    string Summary,
    DateOnly GeneratedOn,
    string? DocNumber,
    Article20Category Category,
    DateOnly? PublishedOn);

/// <summary>A page of the 目录 and how many entries match in all.</summary>
public sealed record CataloguePage(IReadOnlyList<CatalogueEntry> Entries, int Total, int Page, int PageSize)
{
    public int Pages => Total == 0 ? 1 : ((Total - 1) / PageSize) + 1;
}

/// <summary>A write that lost a race: the item changed since it was read. The message is for the user.</summary>
public sealed class DisclosureConflictException(string message) : Exception(message);
