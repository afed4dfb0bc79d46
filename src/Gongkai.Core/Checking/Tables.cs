using Gongkai.Reports;

namespace Gongkai.Checking;

/// <summary>
/// The layout of tables 三 and 四 in cells.tsv keys (国办公开办函〔2019〕60号 and 〔2021〕30号 share it, except
/// 三（六）其他处理: one row in 2019, three sub-rows in 2021).
/// </summary>
internal static class Tables
{
    /// <summary>表三 申请人情况: 自然人 and the five 法人或其他组织 columns, in template order.</summary>
    public static IReadOnlyList<string> ApplicantColumns { get; } = ["natural", "business", "research", "nonprofit", "legal", "other_org"];

    /// <summary>All seven number columns of 表三, 总计 last.</summary>
    public static IReadOnlyList<string> Columns { get; } = [.. ApplicantColumns, "total"];

    /// <summary>The rows of 表三 that are not outcomes: 一 new, 二 carried in, 三（七）总计, 四 carried out.</summary>
    public static IReadOnlyList<string> BalanceRows { get; } = ["received", "carried_in", "total", "carried_out"];

    /// <summary>表四 column groups: 行政复议, 行政诉讼/未经复议直接起诉, 行政诉讼/复议后起诉.</summary>
    public static IReadOnlyList<string> AppealGroups { get; } = ["review", "suit_direct", "suit_after_review"];

    /// <summary>表四 results within a group: 结果维持, 结果纠正, 其他结果, 尚未审结 (总计 is their sum).</summary>
    public static IReadOnlyList<string> AppealParts { get; } = ["upheld", "corrected", "other", "pending"];

    // Keys and row lists are asked for on every check of every report: built once, then looked up.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), string> Keys = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(TemplateCatalog, ReportFormat), string[]> RowCache = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(TemplateCatalog, ReportFormat), string[]> OutcomeCache = new();

    public static string Key(string row, string column) => Keys.GetOrAdd((row, column), k => $"s3.{k.Item1}.{k.Item2}");

    /// <summary>Every row of 表三 the template prints, in template order (e.g. <c>withheld.state_secret</c>).</summary>
    public static IReadOnlyList<string> Rows(TemplateCatalog catalog, ReportFormat format) =>
        RowCache.GetOrAdd((catalog, format), k => k.Item1.For(k.Item2).Where(d => d.Table == 3).Select(d => RowOf(d.Key)).Distinct().ToArray());

    /// <summary>
    /// The outcome rows 三（一）…（六） whose sum is （七）总计: 予以公开, 部分公开, 不予公开 1–8, 无法提供 1–3,
    /// 不予处理 1–5, and 其他处理 (2019: one row; 2021: 逾期不补正, 逾期未缴费, 其他).
    /// </summary>
    public static IReadOnlyList<string> OutcomeRows(TemplateCatalog catalog, ReportFormat format) =>
        OutcomeCache.GetOrAdd((catalog, format), k => Rows(k.Item1, k.Item2).Where(r => !BalanceRows.Contains(r)).ToArray());

    /// <summary>The row part of a table-3 key: s3.withheld.state_secret.natural → withheld.state_secret.</summary>
    public static string RowOf(string key) => key[3..key.LastIndexOf('.')];

    /// <summary>The numeral of a table as the templates print it: 2 → 二.</summary>
    public static string Numeral(int table) => "零一二三四五六"[table].ToString();
}
