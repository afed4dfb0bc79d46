using System.Text.RegularExpressions;
using Gongkai.Reports;

namespace Gongkai.Writing.Export;

/// <summary>One column of an export: the Chinese label a clerk reads (header row 1) and the key a program reads (header row 2).</summary>
public readonly record struct ExportColumn(string Label, string Key);

/// <summary>
/// The columns of the tabular exports (CSV and the XLSX sheets), described once. The report table is the eleven
/// metadata columns, then one column per cell key of both templates in cells.tsv order; every export starts with
/// two header rows, the labels and then the keys.
/// </summary>
public static partial class ExportColumns
{
    /// <summary>The registry's metadata, first in every report row.</summary>
    public static IReadOnlyList<ExportColumn> Metadata { get; } =
    [
        new("报告编号", "report_id"),
        new("机构", "agency"),
        new("所属地区", "region"),
        new("年度", "year"),
        new("版本", "version"),
        new("模板", "format"),
        new("来源", "source"),
        new("发布日期", "published_on"),
        new("导入时间", "imported_at"),
        new("错误数", "errors"),
        new("警告数", "warnings"),
    ];

    /// <summary>Every statutory cell of both templates (the union), in cells.tsv order; the key is the cell key.</summary>
    public static IReadOnlyList<ExportColumn> Cells { get; } = CellsOf(TemplateCatalog.Default);

    /// <summary>The report table: <see cref="Metadata"/> then <see cref="Cells"/>.</summary>
    public static IReadOnlyList<ExportColumn> Report { get; } = [.. Metadata, .. Cells];

    /// <summary>The findings table (XLSX sheet 问题): one row per finding.</summary>
    public static IReadOnlyList<ExportColumn> Findings { get; } =
    [
        new("报告编号", "report_id"),
        new("机构", "agency"),
        new("年度", "year"),
        new("代码", "code"),
        new("级别", "severity"),
        new("单元格", "cells"),
        new("位置", "location"),
        new("说明", "message"),
    ];

    private static ExportColumn[] CellsOf(TemplateCatalog catalog)
    {
        var groups = GroupLabels(catalog);
        return [.. catalog.All.Select(d => new ExportColumn(LabelWith(d, groups), d.Key))];
    }

    /// <summary>
    /// A cell's label built from the catalog: section numeral, row path, column, joined by '·' — e.g.
    /// <c>三·本年新收政府信息公开申请数量·自然人</c>, <c>三·本年度办理结果·（三）不予公开·1.属于国家秘密·总计</c>,
    /// <c>四·行政诉讼·未经复议直接起诉·结果维持</c>, <c>二·行政事业性收费·本年收费金额（单位：万元）</c>.
    /// </summary>
    /// <remarks>
    /// The row path is the printed one with the group abbreviation restored (cells.tsv writes <c>三</c> for
    /// <c>三、本年度办理结果</c>), without the group numbers <c>一、</c>…<c>四、</c> (they would read as a second section
    /// number) and without instruction notes such as <c>（区分处理的，只计这一情形，不计其他情形）</c>. The column is its
    /// last label (商业企业, not 法人或其他组织/商业企业), except <c>其他</c>, which keeps its group; the 2019 variant the
    /// catalog notes in a column (<c>(2019: 处理决定数量)</c>) is dropped. Labels of both templates are distinct.
    /// </remarks>
    public static string Label(CellDefinition cell) => LabelWith(cell, GroupLabels(TemplateCatalog.Default));

    private static string LabelWith(CellDefinition cell, IReadOnlyList<string> groups)
    {
        var parts = new List<string> { cell.Section.Split(' ')[0] };
        foreach (var segment in cell.Row.Split('/'))
        {
            var full = groups.FirstOrDefault(g => g.StartsWith(segment + "、", StringComparison.Ordinal)) ?? segment;
            parts.Add(Note().Replace(GroupNumber().Replace(full, ""), ""));
        }

        var column = Variant().Replace(cell.Column, "").Split('/');
        parts.AddRange(column.Length > 1 && column[^1] == "其他" ? column[^2..] : column[^1..]);
        return string.Join("·", parts);
    }

    /// <summary>Row groups printed in full somewhere in the catalog (<c>三、本年度办理结果</c>).</summary>
    private static string[] GroupLabels(TemplateCatalog catalog) =>
        [.. catalog.All.SelectMany(d => d.Row.Split('/')).Where(s => s.Contains('、')).Distinct()];

    [GeneratedRegex("^[一二三四五六七八九十]+、")]
    private static partial Regex GroupNumber();

    [GeneratedRegex("（[^（）]*，[^（）]*）$")]
    private static partial Regex Note();

    [GeneratedRegex(@" \(2019: [^)]*\)$")]
    private static partial Regex Variant();
}
