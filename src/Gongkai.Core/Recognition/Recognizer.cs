using Gongkai.Diagnostics;
using Gongkai.Reading;
using Gongkai.Reports;

namespace Gongkai.Recognition;

/// <summary>
/// Turns a grid (from any reader) into an <see cref="AnnualReport"/>: finds the six sections and the three
/// tables, matches labels against the templates, places values where their position leaves one reading and
/// writes null plus a diagnostic where it does not.
/// </summary>
public static class Recognizer
{
    public static AnnualReport Recognize(TextGrid grid)
    {
        var rows = grid.Rows.Select(RowView.Of).ToList();
        var regions = Regions.Find(rows);
        List<RowView> In(Region r) => rows.Where((_, i) => regions.RegionOf[i] == r && !regions.Headings.ContainsValue(i)).ToList();
        var t2 = Unflatten.Rows(In(Region.Table2), countsOnly: false);
        var t3 = Unflatten.Rows(In(Region.Table3), countsOnly: true);
        var t4 = Unflatten.Rows(In(Region.Table4), countsOnly: true);

        var (format, decided) = FormatDetector.Detect(t2, t3);
        var draft = new ReportDraft(format, grid.Source);
        draft.Diagnostics.AddRange(grid.Diagnostics);
        if (!decided)
        {
            draft.Add(DiagnosticCodes.AmbiguousLayout.Create(SourceLocation.InFile(grid.Source),
                "表格中没有区分 2019 年与 2021 年格式的行或列，按 2021 年格式读取 (no label tells the 2019 template from the 2021 one; read as 2021)"));
        }

        if (format != ReportFormat.Unknown)
        {
            Table2Reader.Read(t2, draft);
            var table3 = Table3Reader.Read(t3, draft);
            Table4Reader.Read(t4, table3.LoneRuns, draft);
        }

        var sections = Sections.Collect(rows, regions);
        var (title, above) = Title(rows, regions);
        var textNorm = string.Concat(rows.Select(r => r.Norm));
        var agency = AgencyFinder.Find(title, above, Publisher(rows), textNorm);
        var year = YearFinder.Find(title, rows.Where((_, i) => regions.RegionOf[i] is Region.Preamble or Region.Narrative).Select(r => r.Norm));
        var where = SourceLocation.InFile(grid.Source);

        if (format == ReportFormat.Unknown && sections.Count == 0)
        {
            draft.Add(DiagnosticCodes.NotAReport.Create(where));
        }
        else
        {
            if (agency is null)
            {
                draft.Add(DiagnosticCodes.AgencyNotFound.Create(where));
            }

            if (year is null)
            {
                draft.Add(DiagnosticCodes.YearNotFound.Create(where));
            }
        }

        return new AnnualReport(agency, year, format, draft.Cells, sections, draft.Diagnostics.ToImmutable(), grid.Source);
    }

    /// <summary>The 发布机构 named in a web page's info box (索引号 | 发布机构 | 发布日期 …), if any.</summary>
    private static string? Publisher(List<RowView> rows)
    {
        foreach (var row in rows.Take(40))
        {
            for (var i = 0; i + 1 < row.Labels.Length; i++)
            {
                if (row.Labels[i].Norm.TrimEnd(':') is "发布机构" or "发布单位" or "发文机关" or "公开主体" or "信息来源")
                {
                    return row.Labels[i + 1].Norm;
                }
            }
        }

        return null;
    }

    /// <summary>The title line (the first line naming a 年度报告/年报 before the first section) and the line above it.</summary>
    private static (string? Title, string? Above) Title(List<RowView> rows, Regions regions)
    {
        var firstHeading = regions.Headings.Count == 0 ? Math.Min(rows.Count, 30) : regions.Headings.Values.Min();
        string? above = null;
        for (var i = 0; i < firstHeading; i++)
        {
            var n = rows[i].Norm;
            if (n.Length == 0)
            {
                continue;
            }

            if (n.Length <= 60 && (n.Contains("年度报告", StringComparison.Ordinal) || n.Contains("年报", StringComparison.Ordinal) || n.Contains("工作报告", StringComparison.Ordinal)))
            {
                return (n, above);
            }

            above = n;
        }

        return (null, null);
    }
}
