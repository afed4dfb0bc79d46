namespace Gongkai.Web.Api;

/// <summary>A node of the agencies tree.</summary>
public sealed record AgencyItem(long Id, long? ParentId, string Kind, string? Code, string Name, string FullName, long Children);

/// <summary>The reports of an agency for one year: how many versions, and the id of the current one.</summary>
public sealed record AgencyYear(int? Year, int Versions, long? CurrentReportId);

/// <summary>An agency with its place in the tree (root first), its other names, and its reports by year.</summary>
public sealed record AgencyDetailItem(AgencyItem Agency, IReadOnlyList<AgencyItem> Path, IReadOnlyList<string> Aliases, IReadOnlyList<AgencyYear> Reports);

/// <summary>One report (its current version) in a list.</summary>
public sealed record ReportItem(long Id, long AgencyId, string Agency, int? Year, int Version, string Format, string? PublishedOn, string ImportedAt, int Errors, int Warnings);

/// <summary>A page of reports: 1-based page number, page size, the total in scope.</summary>
public sealed record ReportPage(int Page, int PageSize, long Total, IReadOnlyList<ReportItem> Items);

/// <summary>What <c>POST /api/reports</c> stored: the report id of each file, and the files that were not reports.</summary>
public sealed record ImportedReports(IReadOnlyList<long> Ids, int NewReports, int NewVersions, int AlreadyStored, IReadOnlyList<ImportFailureItem> Failures);

public sealed record ImportFailureItem(string File, string Reason);
