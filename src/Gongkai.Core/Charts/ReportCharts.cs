using Gongkai.Reports;

namespace Gongkai.Charts;

/// <summary>
/// The charts an office publishes with its reports, built from the statutory cells (shared/spec/cells.tsv):
/// applications over the years, how this year's applications were answered, and the problems found in a
/// set of reports.
/// </summary>
public static class ReportCharts
{
    /// <summary>Table 三's outcome groups (三、本年度办理结果 （一）…（六）), in template order, with their colours.</summary>
    public static IReadOnlyList<(string Label, string Row, string Color)> Outcomes { get; } =
    [
        ("予以公开", "disclosed", "#3A8F5C"),
        ("部分公开", "partial", "#3E9BB5"),
        ("不予公开", "withheld", "#C0392B"),
        ("无法提供", "unable", "#D9822B"),
        ("不予处理", "declined", "#7A5BA6"),
        ("其他处理", "other", "#8C8C8C"),
    ];

    private const string Source = "数据来源：各机关政府信息公开工作年度报告";

    /// <summary>
    /// Applications and appeals year by year from yearly roll-ups (a report per year, e.g. the sum over a region):
    /// 新收申请 (s3.received.total), 予以公开 (s3.disclosed.total), 行政复议 (s4.review.total) and 行政诉讼
    /// (s4.suit_direct.total + s4.suit_after_review.total). Reports of the same year are added up; a year whose
    /// cells are all blank leaves a gap in the line.
    /// </summary>
    /// <param name="rollUps">The year each roll-up covers and the roll-up.</param>
    /// <param name="scope">Whose reports these are (e.g. 河北省巨鹿县), put before the title; null for none.</param>
    public static Chart Trend(IEnumerable<(int Year, AnnualReport Report)> rollUps, string? scope = null)
    {
        ArgumentNullException.ThrowIfNull(rollUps);
        var years = rollUps.GroupBy(r => r.Year).OrderBy(g => g.Key).ToArray();
        (string Name, string[] Keys)[] lines =
        [
            ("新收申请", ["s3.received.total"]),
            ("予以公开", ["s3.disclosed.total"]),
            ("行政复议", ["s4.review.total"]),
            ("行政诉讼", ["s4.suit_direct.total", "s4.suit_after_review.total"]),
        ];
        var series = lines.Select(l => new ChartSeries(l.Name, [.. years.Select(y => OutcomeShares.Sum(y.SelectMany(r => l.Keys.Select(k => r.Report[k]))))]))
            .ToArray();
        var period = years.Length == 0 ? "" : years.Length == 1 ? $"（{years[0].Key}年）" : $"（{years[0].Key}—{years[^1].Key}年）";
        return new Chart(ChartKind.Lines, $"{scope}政府信息公开申请和复议诉讼情况", [.. years.Select(y => $"{y.Key}年")], series)
        {
            Subtitle = "新收申请、予以公开、行政复议、行政诉讼数量" + period,
            Unit = "件",
            Note = Source,
        };
    }

    /// <summary>
    /// How the applications a report answered were decided, as shares of 三、本年度办理结果: 予以公开, 部分公开,
    /// 不予公开 (the sum of its eight reasons), 无法提供 (three), 不予处理 (five) and 其他处理 (the 2019 template's single
    /// row, or the sum of the 2021 template's three). A group whose cells are all blank has no value.
    /// </summary>
    public static Chart OutcomeMix(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var who = $"{report.Agency}{(report.Year is { } y ? $"{y}年度" : "")}";
        var template = report.Format switch
        {
            ReportFormat.Revised2021 => "国办公开办函〔2021〕30号格式",
            ReportFormat.Trial2019 => "国办公开办函〔2019〕60号格式",
            _ => "格式未识别",
        };
        return OutcomeMix(OutcomeShares.Of(report), who, template);
    }

    /// <summary>The outcome groups already added up (e.g. over a region's reports of both templates), for <paramref name="who"/>.</summary>
    public static Chart OutcomeMix(IReadOnlyList<OutcomeShare> shares, string who, string? template = null)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var values = Outcomes.Select(o => shares.FirstOrDefault(s => s.Row == o.Row)?.Count).ToArray();
        var total = values.Sum(v => v ?? 0);
        return new Chart(ChartKind.Donut, $"{who}政府信息公开申请办理结果", [.. Outcomes.Select(o => o.Label)], [new ChartSeries("办理结果", values)])
        {
            Subtitle = $"表三“本年度办理结果”，共 {Svg.Number(total)} 件" + (template is null ? "" : $"（{template}）"),
            Unit = "件",
            Colors = [.. Outcomes.Select(o => o.Color)],
            Note = Source,
        };
    }

    /// <summary>How many agencies' reports show each kind of problem (e.g. 模板过时, 勾稽错误, 缺少章节, 逾期或未公开), in the order given.</summary>
    /// <param name="counts">Each problem category with its number of agencies.</param>
    /// <param name="scope">Whose reports were examined (e.g. 邢台市), put before the title; null for none.</param>
    /// <param name="agencies">How many agencies were examined, for the subtitle; null to leave it out.</param>
    public static Chart Quality(IEnumerable<(string Category, int Count)> counts, string? scope = null, int? agencies = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var pairs = counts.ToArray();
        return new Chart(ChartKind.HorizontalBars, $"{scope}政府信息公开工作年度报告问题分布", [.. pairs.Select(p => p.Category)],
            [new ChartSeries("机构数", [.. pairs.Select(p => (decimal?)p.Count)])])
        {
            Subtitle = agencies is { } n ? $"共检查 {Svg.Number(n)} 个机构的年度报告，按问题类别统计存在该问题的机构数" : "按问题类别统计存在该问题的机构数",
            Unit = "个机构",
            Note = "注：一个机构的报告可能同时存在多类问题。",
        };
    }
}
