using System.Collections.Immutable;
using System.Globalization;
using Gongkai.Reports;

namespace Gongkai.Writing;

/// <summary>
/// The official tables of both templates (国办公开办函〔2019〕60号 and 〔2021〕30号), described once for every
/// writer: rows, columns, merged header cells and the exact labels. Labels come from the template catalog
/// (shared/spec/cells.tsv); only the three header texts the catalog does not list are written here.
/// </summary>
public static class TableLayout
{
    /// <summary>Header of the row-label columns of table 三 (printed by both templates).</summary>
    public const string BalanceNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /// <summary>Header over the seven applicant columns of table 三.</summary>
    public const string ApplicantHeader = "申请人情况";

    /// <summary>Header of the row-label column of every 第二十条 sub-table of section 二.</summary>
    public const string ContentHeader = "信息内容";

    /// <summary>Section 二 rows and columns as key stems (s2.{row}.{column}), per template, in printed order.</summary>
    private static readonly (string[] Rows, string[] Columns)[] Section2Of2021 =
    [
        (["rules", "normative"], ["issued", "repealed", "in_force"]), // 第二十条第（一）项
        (["licensing"], ["decisions"]),                               // 第二十条第（五）项
        (["penalty", "coercion"], ["decisions"]),                     // 第二十条第（六）项
        (["fees"], ["amount"]),                                       // 第二十条第（八）项
    ];

    private static readonly (string[] Rows, string[] Columns)[] Section2Of2019 =
    [
        (["rules", "normative"], ["made", "published", "total"]),
        (["licensing", "other_services"], ["previous", "change", "decisions"]),
        (["penalty", "coercion"], ["previous", "change", "decisions"]),
        (["fees"], ["previous", "change"]),
        (["procurement"], ["count", "amount"]),                       // 第二十条第（九）项, 2019 only
    ];

    /// <summary>The tables printed in a section (二: the 第二十条 sub-tables; 三 and 四: one table; others: none).</summary>
    public static IReadOnlyList<LayoutTable> For(SectionKind section, ReportFormat format, TemplateCatalog? catalog = null)
    {
        catalog ??= TemplateCatalog.Default;
        if (format == ReportFormat.Unknown)
        {
            return [];
        }

        return section switch
        {
            SectionKind.Proactive => (format == ReportFormat.Revised2021 ? Section2Of2021 : Section2Of2019)
                .Select(t => Section2Table(t.Rows, t.Columns, format, catalog)).ToArray(),
            SectionKind.Applications => [Table3(format, catalog)],
            SectionKind.Appeals => [Table4(format, catalog)],
            _ => [],
        };
    }

    /// <summary>True for the sections whose content is a table (二, 三, 四).</summary>
    public static bool HasTables(SectionKind section) => section is SectionKind.Proactive or SectionKind.Applications or SectionKind.Appeals;

    /// <summary>The text a cell prints for a report: the label, or the value (invariant culture, no trailing zeros; empty when null).</summary>
    public static string TextOf(LayoutCell cell, AnnualReport report) =>
        cell.Key is null ? cell.Text
        : report[cell.Key] is { } v ? CanonicalJson.Normalize(v).ToString(CultureInfo.InvariantCulture)
        : "";

    private static LayoutTable Section2Table(string[] rowStems, string[] columnStems, ReportFormat format, TemplateCatalog catalog)
    {
        const int columns = 4;
        var first = catalog[$"s2.{rowStems[0]}.{columnStems[0]}"];
        var header = ImmutableArray.CreateBuilder<LayoutCell>();
        header.Add(new LayoutCell(LayoutCellKind.Header, ContentHeader));
        for (var j = 0; j < columnStems.Length; j++)
        {
            var def = catalog[$"s2.{rowStems[0]}.{columnStems[j]}"];
            header.Add(new LayoutCell(LayoutCellKind.Header, ColumnText(def.Column, format), SpanOf(j, columnStems.Length, columns - 1)));
        }

        var rows = new List<LayoutRow> { new(true, header.ToImmutable()) };
        foreach (var stem in rowStems)
        {
            var cells = ImmutableArray.CreateBuilder<LayoutCell>();
            cells.Add(new LayoutCell(LayoutCellKind.Label, catalog[$"s2.{stem}.{columnStems[0]}"].Row));
            for (var j = 0; j < columnStems.Length; j++)
            {
                cells.Add(LayoutCell.Value($"s2.{stem}.{columnStems[j]}", SpanOf(j, columnStems.Length, columns - 1)));
            }

            rows.Add(new LayoutRow(false, cells.ToImmutable()));
        }

        // cells.tsv section "二 第二十条第（一）项" → caption "第二十条第（一）项".
        var caption = first.Section[(first.Section.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        return new LayoutTable(caption, columns, [34, 22, 22, 22], [.. rows]);
    }

    /// <summary>Table 三: 3 label columns (merged per the row groups) and 7 applicant columns under 申请人情况.</summary>
    private static LayoutTable Table3(ReportFormat format, TemplateCatalog catalog)
    {
        var defs = catalog.For(format).Where(d => d.Table == 3).ToArray();
        var rowStems = defs.Select(d => d.Key[3..d.Key.LastIndexOf('.')]).Distinct().ToArray(); // s3.withheld.state_secret.natural → withheld.state_secret
        var columnStems = defs.Select(d => d.Key[(d.Key.LastIndexOf('.') + 1)..]).Distinct().ToArray();
        var columnPaths = columnStems.Select(c => catalog[$"s3.{rowStems[0]}.{c}"].Column.Split('/')).ToArray();
        var top = ImmutableArray.Create(new LayoutCell(LayoutCellKind.Header, BalanceNote, 3, 3), new LayoutCell(LayoutCellKind.Header, ApplicantHeader, columnStems.Length));
        var rows = new List<LayoutRow> { new(true, top) };
        rows.AddRange(HeaderRows(columnPaths, 2).Select(h => new LayoutRow(true, h)));

        var rowPaths = rowStems.Select(r => catalog[$"s3.{r}.{columnStems[0]}"].Row.Split('/')).ToArray();
        var labels = LabelTree.Build(rowPaths, 3);
        for (var i = 0; i < rowStems.Length; i++)
        {
            var cells = labels.Where(s => s.Index == i).OrderBy(s => s.Level)
                .Select(s => new LayoutCell(LayoutCellKind.Label, s.Text, s.Across, s.Along))
                .Concat(columnStems.Select(c => LayoutCell.Value($"s3.{rowStems[i]}.{c}")));
            rows.Add(new LayoutRow(false, [.. cells]));
        }

        return new LayoutTable(null, 3 + columnStems.Length, [90, 110, 310, 70, 70, 70, 70, 70, 70, 70], [.. rows]);
    }

    /// <summary>Table 四: 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉) × 结果维持 … 总计; one row of 15 numbers, no row label.</summary>
    private static LayoutTable Table4(ReportFormat format, TemplateCatalog catalog)
    {
        var defs = catalog.For(format).Where(d => d.Table == 4).ToArray();
        var paths = defs.Select(d => d.Row.Split('/').Append(d.Column).ToArray()).ToArray();
        var rows = HeaderRows(paths, 3).Select(h => new LayoutRow(true, h)).ToList();
        rows.Add(new LayoutRow(false, [.. defs.Select(d => LayoutCell.Value(d.Key))]));
        return new LayoutTable(null, defs.Length, [.. Enumerable.Repeat(100 / defs.Length, defs.Length)], [.. rows]);
    }

    private static List<ImmutableArray<LayoutCell>> HeaderRows(IReadOnlyList<string[]> columnPaths, int depth)
    {
        var spans = LabelTree.Build(columnPaths, depth);
        return Enumerable.Range(0, depth)
            .Select(level => spans.Where(s => s.Level == level).OrderBy(s => s.Index)
                .Select(s => new LayoutCell(LayoutCellKind.Header, s.Text, s.Along, s.Across)).ToImmutableArray())
            .ToList();
    }

    /// <summary>The last value column of a short sub-table spans the rest of the 4-column grid.</summary>
    private static int SpanOf(int index, int count, int available) => index == count - 1 ? available - index : 1;

    /// <summary>cells.tsv writes a 2019 variant in the column: "本年处理决定数量 (2019: 处理决定数量)".</summary>
    private static string ColumnText(string column, ReportFormat format)
    {
        var at = column.IndexOf(" (2019: ", StringComparison.Ordinal);
        if (at < 0)
        {
            return column;
        }

        return format == ReportFormat.Trial2019 ? column[(at + " (2019: ".Length)..].TrimEnd(')') : column[..at];
    }
}
