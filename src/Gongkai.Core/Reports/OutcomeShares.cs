namespace Gongkai.Reports;

/// <summary>One of the six statutory outcome groups of table 3 (三、本年度办理结果) and its count in the 总计 column.</summary>
public sealed record OutcomeShare(string Outcome, decimal Count);

/// <summary>
/// Table 3's outcome rows gathered into the six groups the 条例 names: 予以公开, 部分公开, 不予公开 (8 reasons),
/// 无法提供 (3), 不予处理 (5), 其他处理 (one row in the 2019 template, three in 2021). Blank cells count as 0.
/// </summary>
public static class OutcomeShares
{
    public static IReadOnlyList<string> Groups { get; } = ["予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理"];

    public static IReadOnlyList<OutcomeShare> Of(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        decimal Sum(string prefix) => report.Cells
            .Where(c => c.Key.StartsWith(prefix, StringComparison.Ordinal) && c.Key.EndsWith(".total", StringComparison.Ordinal))
            .Sum(c => c.Value.Value ?? 0);
        return
        [
            new(Groups[0], report["s3.disclosed.total"] ?? 0),
            new(Groups[1], report["s3.partial.total"] ?? 0),
            new(Groups[2], Sum("s3.withheld.")),
            new(Groups[3], Sum("s3.unable.")),
            new(Groups[4], Sum("s3.declined.")),
            new(Groups[5], Sum("s3.other.")),
        ];
    }
}
