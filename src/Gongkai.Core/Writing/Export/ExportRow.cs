using System.Collections.Immutable;
using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Writing.Export;

/// <summary>One stored report as the registry hands it to the exports: its registry metadata, the report and its findings.</summary>
/// <param name="ReportId">The registry's number for this report (报告编号).</param>
/// <param name="Agency">The issuing agency as registered (机构).</param>
/// <param name="Region">The administrative region path, levels separated by '/', e.g. <c>河北省/邢台市/巨鹿县</c> (所属地区).</param>
/// <param name="Year">The year the report covers, or null when unknown (年度).</param>
/// <param name="Version">The registry's version of this report: 1 for the first import, higher for re-imports (版本).</param>
/// <param name="Source">Where the document came from (a URL or file name), or null (来源).</param>
/// <param name="PublishedOn">The publication date as <c>yyyy-MM-dd</c>, or null when unknown (发布日期).</param>
/// <param name="ImportedAt">When the registry imported this version (导入时间).</param>
/// <param name="Report">The report: its template and cells fill the cell columns.</param>
/// <param name="Findings">Every finding on this report (reader and checker alike): counted in 错误数/警告数 and listed on the 问题 sheet.</param>
public sealed record ExportRow(
    long ReportId,
    string Agency,
    string Region,
    int? Year,
    int Version,
    string? Source,
    string? PublishedOn,
    DateTimeOffset ImportedAt,
    AnnualReport Report,
    ImmutableArray<Diagnostic> Findings);
