namespace Gongkai.Reports;

/// <summary>One of the six statutory outcome groups of table 3 (三、本年度办理结果) and its count in the 总计 column (null when every cell of the group is blank).</summary>
public sealed record OutcomeShare(string Outcome, string Row, decimal? Count);

/// <summary>
/// Table 3's outcome rows gathered into the six groups the 条例 names: 予以公开, 部分公开, 不予公开 (8 reasons),
/// 无法提供 (3), 不予处理 (5), 其他处理 (one row in the 2019 template, three in 2021).
/// </summary>
public static class OutcomeShares
{
    /// <summary>The groups in template order: label and the row key segment (s3.{row}.…).</summary>
    public static IReadOnlyList<(string Label, string Row)> Groups { get; } =
    [
        ("予以公开", "disclosed"),
        ("部分公开", "partial"),
        ("不予公开", "withheld"),
        ("无法提供", "unable"),
        ("不予处理", "declined"),
        ("其他处理", "other"),
    ];

    public static IReadOnlyList<OutcomeShare> Of(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. Groups.Select(g => new OutcomeShare(g.Label, g.Row, Sum(Keys(report.Format, g.Row).Select(k => report[k]))))];
    }

    /// <summary>The same groups added up over several reports (of either template).</summary>
    public static IReadOnlyList<OutcomeShare> Sum(IEnumerable<AnnualReport> reports)
    {
        var each = reports.Select(Of).ToList();
        return [.. Groups.Select((g, i) => new OutcomeShare(g.Label, g.Row, Sum(each.Select(e => e[i].Count))))];
    }

    /// <summary>
    /// The total cells of a group in a template: the group's own total (s3.partial.total, and s3.other.total in
    /// 2019) or the totals of its reasons (s3.withheld.*.total; s3.other.*.total in 2021).
    /// </summary>
    public static IReadOnlyList<string> Keys(ReportFormat format, string row)
    {
        var own = $"s3.{row}.total";
        var cells = TemplateCatalog.Default.For(format);
        return cells.Any(c => c.Key == own)
            ? [own]
            : [.. cells.Select(c => c.Key).Where(k => k.StartsWith($"s3.{row}.", StringComparison.Ordinal) && k.EndsWith(".total", StringComparison.Ordinal) && k.Count(ch => ch == '.') == 3)];
    }

    /// <summary>The sum of the values present, or null when none is.</summary>
    public static decimal? Sum(IEnumerable<decimal?> values)
    {
        decimal? sum = null;
        foreach (var v in values)
        {
            if (v is { } x)
            {
                sum = (sum ?? 0) + x;
            }
        }

        return sum;
    }
}
