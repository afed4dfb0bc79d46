using System.CommandLine;
using System.Globalization;
using Gongkai.Data.Queries;
using Gongkai.Reports;

namespace Gongkai.Cli;

/// <summary>
/// <c>gongkai stats rollup|trend|outcomes|agencies|quality|similar</c>: the questions superior offices and
/// researchers ask of the registry (the web portal asks the same queries).
/// </summary>
internal static partial class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("stats", "登记库统计：汇总、趋势、办理结果、各机构申请量、质量、内容雷同（registry statistics）");
        command.Subcommands.Add(Rollup(context));
        command.Subcommands.Add(Trend(context));
        command.Subcommands.Add(Outcomes(context));
        command.Subcommands.Add(Agencies(context));
        command.Subcommands.Add(QualityTable(context));
        command.Subcommands.Add(Similar(context));
        return command;
    }

    private static Command Rollup(CliContext context)
    {
        var to = new Option<string>("--to") { Description = "输出格式（output format）：txt、md、html、docx、json", DefaultValueFactory = _ => "txt", HelpName = "FORMAT" };
        to.AcceptOnlyFromAmong(RenderFormats.Names);
        var output = new Option<string?>("--output", "-o") { Description = "写到文件（docx 必须写文件）（write to a file）", HelpName = "FILE" };
        return ScopeOptions.Create(
            context,
            "rollup",
            "汇总一个辖区一个年度的全部报告：每个单元格求和，输出为一份年报（consolidated statistics of a subtree, as a report）",
            async (database, s, r, ct) =>
            {
                var timer = System.Diagnostics.Stopwatch.StartNew();
                var rollups = await Rollups.SumAsync(database, s, ct);
                context.Error(string.Create(CultureInfo.InvariantCulture, $"gongkai: 汇总 {rollups.Sum(x => x.Reports)} 份报告，用时 {timer.Elapsed.TotalSeconds:0.000} 秒（summed in）"));
                if (rollups.Count == 0)
                {
                    context.Error($"gongkai: {s.Describe()}没有报告（no reports in scope）");
                    return ExitCodes.Unreadable;
                }

                var format = r.GetValue(to)!;
                var file = r.GetValue(output);
                if (format == "docx" && file is null)
                {
                    context.Error("gongkai: docx 须用 -o 指定文件（docx needs -o FILE）");
                    return ExitCodes.Unreadable;
                }

                for (var i = 0; i < rollups.Count; i++)
                {
                    var rollup = rollups[i];
                    var note = $"{rollup.Year} 年度，{rollup.Format.ToJson()} 模板，{rollup.Reports} 份报告" +
                        (rollup.Blank.Count == 0 ? "" : $"；{rollup.Blank.Count} 个单元格在部分报告中为空，未计入（按 0 计）");
                    context.Error($"gongkai: {s.Root.FullName}：{note}");
                    if (file is null)
                    {
                        context.Stdout.Write(RenderFormats.Text(rollup.Report, format));
                    }
                    else
                    {
                        var path = rollups.Count == 1 ? file : Suffixed(file, $"{rollup.Year}-{rollup.Format.ToJson()}");
                        await File.WriteAllBytesAsync(path, RenderFormats.Bytes(rollup.Report, format), ct);
                        context.Error($"gongkai: 已写入 {path}");
                    }
                }

                return ExitCodes.Ok;
            },
            to, output);
    }

    private static Command Trend(CliContext context)
    {
        var chart = ChartOption();
        return ScopeOptions.Create(
            context,
            "trend",
            "逐年趋势：报告数、新收申请、办理、公开、复议、诉讼（trends over years）",
            async (database, s, r, ct) =>
            {
                var years = YearTotals(await Rollups.SumAsync(database, s, ct));
                TableOutput.Write(context, $"{s.Describe()}逐年趋势",
                    ["年度", "报告数", "新收申请", "上年结转", "办理总计", "予以公开", "部分公开", "行政复议", "行政诉讼"],
                    years.Select(y => (IReadOnlyList<string>)[y.Year.ToString(CultureInfo.InvariantCulture), N(y.Reports), N(y.Get("s3.received.total")), N(y.Get("s3.carried_in.total")),
                        N(y.Get("s3.total.total")), N(y.Get("s3.disclosed.total")), N(y.Get("s3.partial.total")), N(y.Get("s4.review.total")),
                        N(y.Get("s4.suit_direct.total") + y.Get("s4.suit_after_review.total"))]),
                    new HashSet<int> { 1, 2, 3, 4, 5, 6, 7, 8 });
                return await Charts.WriteTrendAsync(context, r.GetValue(chart), s, years.Select(y => (y.Year, y.Report)).ToList(), ct);
            },
            chart);
    }

    private static Command Outcomes(CliContext context)
    {
        var chart = ChartOption();
        return ScopeOptions.Create(
            context,
            "outcomes",
            "办理结果构成：予以公开、部分公开、不予公开、无法提供、不予处理、其他处理（outcome shares）",
            async (database, s, r, ct) =>
            {
                var mix = Mix(await Rollups.SumAsync(database, s, ct));
                var total = mix.Sum(m => m.Count ?? 0);
                TableOutput.Write(context, $"{s.Describe()}办理结果构成", ["办理结果", "件数", "占比"],
                    mix.Select(m => (IReadOnlyList<string>)[m.Outcome, N(m.Count), total == 0 || m.Count is null ? "—" : (m.Count.Value / total).ToString("P1", CultureInfo.InvariantCulture)]),
                    new HashSet<int> { 1, 2 });
                return await Charts.WriteOutcomesAsync(context, r.GetValue(chart), s, mix, ct);
            },
            chart);
    }

    private static Command Agencies(CliContext context)
    {
        var top = new Option<int>("--top") { Description = "只列前 N 个（only the first N）", DefaultValueFactory = _ => 50 };
        return ScopeOptions.Create(
            context,
            "agencies",
            "各机构申请量与办理情况，按新收申请数排序（applications per agency）",
            async (database, s, r, ct) =>
            {
                var rows = await AgencyStats.ApplicationsAsync(database, s, ct);
                TableOutput.Write(context, $"{s.Describe()}各机构申请情况（共 {rows.Count} 份报告）",
                    ["机构", "年度", "新收申请", "上年结转", "办理总计", "公开率", "行政复议", "行政诉讼"],
                    rows.Take(r.GetValue(top)).Select(a => (IReadOnlyList<string>)[a.Agency, a.Year.ToString(CultureInfo.InvariantCulture), N(a.Received), N(a.CarriedIn), N(a.Handled),
                        a.DisclosedShare is { } p ? p.ToString("P1", CultureInfo.InvariantCulture) : "—", N(a.Review), N(a.Suits)]),
                    new HashSet<int> { 2, 3, 4, 5, 6, 7 });
                return ExitCodes.Ok;
            },
            top);
    }

    private static Command QualityTable(CliContext context)
    {
        var db = DbOption.Create();
        var agency = new ScopeOptions().Agency;
        var year = new Option<int>("--year") { Description = "年度（the year）", Required = true };
        var all = new Option<bool>("--all") { Description = "也列出没有问题的机构（list agencies without problems too）" };
        var chart = ChartOption();
        var command = new Command("quality", "质量表：未公开、逾期、模板过时、勾稽错误、缺少章节（agencies by findings）") { db, agency, year, all, chart };
        command.SetAction(async (r, ct) =>
        {
            if (await DbOption.OpenAsync(context, r.GetValue(db), ct) is not { } database)
            {
                return ExitCodes.Unreadable;
            }

            var root = await AgencyQueries.ResolveAsync(database, r.GetValue(agency) ?? "#1", ct);
            var y = r.GetValue(year);
            var rows = await Quality.ForYearAsync(database, root, y, ct);
            var summary = Quality.Summary(rows);
            TableOutput.Write(context, $"{root.FullName} {y} 年度报告质量（{rows.Count} 个机构）", ["问题", "机构数"],
                summary.Select(s => (IReadOnlyList<string>)[s.Category, N(s.Agencies)]), new HashSet<int> { 1 });
            static string Mark(bool b) => b ? "是" : "";
            TableOutput.Write(context, null, ["机构", "状态", "版本", "发布日期", "逾期", "模板过时", "勾稽错误", "缺少章节", "结转不符", "错误", "警告"],
                rows.Where(q => r.GetValue(all) || q.HasProblem).Select(q => (IReadOnlyList<string>)[q.Agency, q.Missing ? "未公开" : "已公开", q.Missing ? "" : N(q.Versions),
                    q.PublishedOn ?? "", Mark(q.Late), Mark(q.OutdatedTemplate), q.ArithmeticBreaks == 0 ? "" : N(q.ArithmeticBreaks),
                    q.MissingSections == 0 ? "" : N(q.MissingSections), q.CarryOverMismatches == 0 ? "" : N(q.CarryOverMismatches), N(q.Errors), N(q.Warnings)]),
                new HashSet<int> { 2, 6, 7, 8, 9, 10 });
            return await Charts.WriteQualityAsync(context, r.GetValue(chart), root, y, summary, rows.Count, ct);
        });
        return command;
    }

    private static Option<string?> ChartOption() => new("--chart")
    {
        Description = "同时画图，写到 .svg 或 .png 文件（also draw a chart: FILE.svg or FILE.png）",
        HelpName = "FILE",
    };

    /// <summary>Per year, the roll-ups of both templates added together (cells both templates share).</summary>
    private static List<YearTotal> YearTotals(IReadOnlyList<Data.Queries.Rollup> rollups) =>
        [.. rollups.GroupBy(r => r.Year).OrderBy(g => g.Key).Select(g => new YearTotal(g.Key, g.Sum(r => r.Reports), Combined(g.Select(r => r.Report))))];

    /// <summary>
    /// Several roll-ups as one report in the newest template among them: each cell the sum of the reports that have it
    /// (the trial template's single 其他处理 row counts in 其他处理 总计).
    /// </summary>
    private static AnnualReport Combined(IEnumerable<AnnualReport> reports)
    {
        var list = reports.ToList();
        var format = list.Count == 0 ? ReportFormat.Revised2021 : list.Max(r => r.Format);
        var result = AnnualReport.Empty(format);
        var values = new Dictionary<string, decimal?>();
        foreach (var key in result.Cells.Keys)
        {
            var present = list.Select(r => r[key]).OfType<decimal>().ToList();
            values[key] = present.Count == 0 ? null : present.Sum();
        }

        return result.WithValues(values) with { Year = list.FirstOrDefault()?.Year };
    }

    /// <summary>The six outcome groups summed over every roll-up (each template's own rows).</summary>
    private static IReadOnlyList<OutcomeShare> Mix(IReadOnlyList<Data.Queries.Rollup> rollups) => OutcomeShares.Sum(rollups.Select(r => r.Report));

    private static string N(decimal? v) => v is { } d ? Writing.CanonicalJson.Normalize(d).ToString("#,0.##", CultureInfo.InvariantCulture) : "—";

    private static string N(int v) => v.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Suffixed(string file, string suffix) =>
        Path.Combine(Path.GetDirectoryName(file) ?? "", $"{Path.GetFileNameWithoutExtension(file)}-{suffix}{Path.GetExtension(file)}");

    private sealed record YearTotal(int Year, int Reports, AnnualReport Report)
    {
        public decimal? Get(string key) => Report[key];
    }
}
