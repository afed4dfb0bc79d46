using Gongkai.Reports;

namespace Gongkai.Recognition;

/// <summary>
/// The row and column labels of section 二's tables (第二十条第（一）（五）（六）（八）（九）项) in both templates,
/// mapped to the key parts of cells.tsv (s2.{row}.{column}).
/// </summary>
internal static class Table2Labels
{
    private static readonly (string Label, string Row)[] Rows =
    [
        ("其他对外管理服务事项", "other_services"),
        ("行政规范性文件", "normative"),
        ("规范性文件", "normative"),
        ("行政事业性收费", "fees"),
        ("政府集中采购", "procurement"),
        ("行政许可", "licensing"),
        ("行政处罚", "penalty"),
        ("行政强制", "coercion"),
        ("规章", "rules"),
    ];

    private static readonly LabelMemo<string?> RowMemo = new(RowOf);
    private static readonly LabelMemo<int> VoteMemo = new(VoteOf);

    /// <summary>The row key part for a label cell, or null.</summary>
    public static string? Row(string norm) => RowMemo[norm];

    private static string? RowOf(string norm)
    {
        var s = LabelText.StripNumbering(norm);
        foreach (var (label, row) in Rows)
        {
            if (s == label)
            {
                return row;
            }
        }

        foreach (var (label, row) in Rows)
        {
            if (label.Length >= 4 && s.Contains(label, StringComparison.Ordinal) && s.Length <= label.Length + 4)
            {
                return row;
            }
        }

        return null;
    }

    private static readonly (string Fragment, string Column)[] ColumnFragments =
    [
        ("制发", "issued"), ("废止", "repealed"), ("现行有效", "in_force"), ("新制作", "made"), ("新公开", "published"),
        ("对外公开总", "total"), ("上一年", "previous"), ("增/减", "change"), ("增减", "change"), ("处理决定", "decisions"),
        ("收费金额", "amount"), ("采购项目", "count"), ("采购总金额", "amount"),
    ];

    /// <summary>Every column a header cell names, in the order printed (flattened text runs several together).</summary>
    public static IEnumerable<string> Columns(string norm) =>
        ColumnFragments.Select(f => (At: norm.IndexOf(f.Fragment, StringComparison.Ordinal), f.Column))
            .Where(x => x.At >= 0).OrderBy(x => x.At).Select(x => x.Column).Distinct();

    /// <summary>Votes for a template from one label: +1 for 2021, -1 for 2019, 0 when both print it.</summary>
    public static int Vote(string norm) => VoteMemo[norm];

    private static int VoteOf(string norm)
    {
        var s = LabelText.StripNumbering(norm);
        if (s.Contains("制发", StringComparison.Ordinal) || s.Contains("废止", StringComparison.Ordinal) || s.Contains("现行有效", StringComparison.Ordinal)
            || s.Contains("本年处理决定", StringComparison.Ordinal) || s.Contains("收费金额", StringComparison.Ordinal) || s == "行政规范性文件")
        {
            return 1;
        }

        if (s.Contains("新制作", StringComparison.Ordinal) || s.Contains("新公开", StringComparison.Ordinal) || s.Contains("对外公开总", StringComparison.Ordinal)
            || s.Contains("上一年", StringComparison.Ordinal) || s.Contains("增/减", StringComparison.Ordinal) || s.Contains("采购", StringComparison.Ordinal)
            || s.Contains("其他对外管理服务", StringComparison.Ordinal) || s == "规范性文件" || s == "处理决定数量")
        {
            return -1;
        }

        return 0;
    }

    /// <summary>The columns a row has in a template when no header says otherwise (cells.tsv order).</summary>
    public static IReadOnlyList<string> DefaultColumns(ReportFormat format, string row) =>
        Defaults.TryGetValue((format, row), out var cols) ? cols : [];

    private static readonly Dictionary<(ReportFormat, string), string[]> Defaults =
        new[] { ReportFormat.Trial2019, ReportFormat.Revised2021 }
            .SelectMany(f => TemplateCatalog.Default.For(f).Where(d => d.Table == 2).Select(d => (Format: f, Parts: d.Key.Split('.'))))
            .GroupBy(x => (x.Format, x.Parts[1]))
            .ToDictionary(g => g.Key, g => g.Select(x => x.Parts[2]).ToArray());
}
