using System.Globalization;
using Dapper;

namespace Gongkai.Data.Queries;

/// <summary>
/// How one agency's report for a year fares: missing altogether, published late, on the outdated template, with
/// arithmetic (勾稽) breaks, with sections missing — what superior offices and evaluators score.
/// </summary>
public sealed record AgencyQuality(
    long AgencyId,
    string Agency,
    string Kind,
    int Year,
    bool Missing,
    int Versions,
    string? PublishedOn,
    bool Late,
    bool OutdatedTemplate,
    int ArithmeticBreaks,
    int MissingSections,
    int CarryOverMismatches,
    int Errors,
    int Warnings)
{
    public bool HasProblem => Missing || Late || OutdatedTemplate || ArithmeticBreaks > 0 || MissingSections > 0 || CarryOverMismatches > 0;
}

/// <summary>The quality table of a subtree for one year.</summary>
public static class Quality
{
    /// <summary>The category names used in listings and charts.</summary>
    public static IReadOnlyList<string> Categories { get; } = ["未公开年报", "逾期公开", "模板过时", "勾稽错误", "缺少章节", "上年结转不符"];

    /// <summary>
    /// Every agency in scope that has a report in the registry for any year: its report for <paramref name="year"/>,
    /// or a row marked missing. Late means published after the statutory date: 1月31日 for departments (条例第四十九条),
    /// 3月31日 for governments' own reports (the 条例 sets no date for 乡镇/街道; 3月31日 is used for them too).
    /// The carried-over counts are checked against the agency's report for the year before, whatever order the two
    /// were imported in (GK0601, by the checker's own rule).
    /// </summary>
    public static async Task<IReadOnlyList<AgencyQuality>> ForYearAsync(Database database, Agency root, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(root);
        var (low, high) = AgencyQueries.PathRange(root.Path);
        await using var c = await database.OpenAsync(cancellationToken);
        var agencies = await c.QueryAsync<(long Id, string FullName, string Kind)>(
            "SELECT DISTINCT a.id, a.full_name, a.kind FROM agencies a JOIN reports r ON r.agency_id = a.id WHERE a.path >= @low AND a.path < @high",
            new { low, high });
        var reports = (await c.QueryAsync<(long Id, long AgencyId, int Version, string? PublishedOn, int Errors, int Warnings)>(
            "SELECT r.id, r.agency_id, r.version, r.published_on, r.errors, r.warnings FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.is_current = 1 AND r.year = @year AND a.path >= @low AND a.path < @high",
            new { year, low, high })).ToDictionary(r => r.AgencyId);
        var codes = (await c.QueryAsync<(long ReportId, string Code)>(
            "SELECT f.report_id, f.code FROM findings f JOIN reports r ON r.id = f.report_id JOIN agencies a ON a.id = r.agency_id WHERE r.is_current = 1 AND r.year = @year AND a.path >= @low AND a.path < @high AND (f.code LIKE 'GK03%' OR f.code IN ('GK0401', 'GK0403'))",
            new { year, low, high })).ToLookup(f => f.ReportId, f => f.Code);

        var carryOver = await CarryOverAsync(c, year, low, high);
        var rows = new List<AgencyQuality>();
        foreach (var (id, name, kind) in agencies)
        {
            if (!reports.TryGetValue(id, out var r))
            {
                rows.Add(new AgencyQuality(id, name, kind, year, true, 0, null, false, false, 0, 0, 0, 0, 0));
                continue;
            }

            var found = codes[r.Id].ToList();
            var deadline = Deadline(year, kind);
            var late = r.PublishedOn is { } p && DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published) && published > deadline;
            rows.Add(new AgencyQuality(id, name, kind, year, false, r.Version, r.PublishedOn, late,
                found.Contains("GK0401"), found.Count(f => f.StartsWith("GK03", StringComparison.Ordinal)), found.Count(f => f == "GK0403"),
                carryOver.GetValueOrDefault(id), r.Errors, r.Warnings));
        }

        return [.. rows.OrderByDescending(q => q.Missing).ThenByDescending(q => q.Errors).ThenBy(q => q.Agency, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The last day to publish the report on <paramref name="year"/>: 1月31日 of the next year for a department
    /// (条例第四十九条), 3月31日 otherwise (a government's own report; 乡镇/街道 have no statutory date and get the same).
    /// </summary>
    public static DateOnly Deadline(int year, string kind) => new(year + 1, kind == "department" ? 1 : 3, 31);

    /// <summary>How many agencies fall in each of <see cref="Categories"/>.</summary>
    public static IReadOnlyList<(string Category, int Agencies)> Summary(IReadOnlyList<AgencyQuality> rows) =>
    [
        (Categories[0], rows.Count(r => r.Missing)),
        (Categories[1], rows.Count(r => r.Late)),
        (Categories[2], rows.Count(r => r.OutdatedTemplate)),
        (Categories[3], rows.Count(r => r.ArithmeticBreaks > 0)),
        (Categories[4], rows.Count(r => r.MissingSections > 0)),
        (Categories[5], rows.Count(r => r.CarryOverMismatches > 0)),
    ];

    private static readonly Checking.CheckRule[] CarryOverRule =
        [.. Checking.CheckRules.All.Where(r => r.Descriptor.Code == Diagnostics.DiagnosticCodes.CarryOverMismatch.Code)];

    /// <summary>Per agency, the 表三 columns whose 上年结转 differs from last year's 结转下年度继续办理.</summary>
    private static async Task<Dictionary<long, int>> CarryOverAsync(System.Data.Common.DbConnection c, int year, string low, string high)
    {
        var rows = (await c.QueryAsync<(long AgencyId, int Year, string Format, byte[] Cells)>(
            "SELECT r.agency_id, r.year, r.format, r.cells FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.is_current = 1 AND r.year IN (@year, @before) AND a.path >= @low AND a.path < @high",
            new { year, before = year - 1, low, high })).ToList();
        var previous = rows.Where(r => r.Year == year - 1).ToDictionary(r => r.AgencyId);
        var result = new Dictionary<long, int>();
        foreach (var current in rows.Where(r => r.Year == year))
        {
            if (previous.TryGetValue(current.AgencyId, out var before))
            {
                result[current.AgencyId] = Checking.Checker.CheckOnly(Report(current.Year, current.Format, current.Cells), Report(before.Year, before.Format, before.Cells), CarryOverRule).Length;
            }
        }

        return result;
    }

    /// <summary>The carried-over cells of a stored report: all the cross-year rule reads (a full report costs 10× more here).</summary>
    private static Reports.AnnualReport Report(int year, string format, byte[] cells)
    {
        var values = CellVector.Decode(cells);
        var carried = CarriedKeys.ToDictionary(k => k, k => new Reports.Cell(values[CellVector.Index[k]]));
        return new Reports.AnnualReport(null, year, Reports.ReportFormats.Parse(format), carried, new Dictionary<Reports.SectionKind, string>(), []);
    }

    private static readonly string[] CarriedKeys =
        [.. CellVector.Keys.Where(k => k.StartsWith("s3.carried_in.", StringComparison.Ordinal) || k.StartsWith("s3.carried_out.", StringComparison.Ordinal))];
}
