using System.CommandLine;
using System.Globalization;
using Gongkai.Data.Queries;
using Gongkai.Reports;

namespace Gongkai.Cli;

internal static partial class StatsCommand
{
    private static Command Similar(CliContext context)
    {
        var threshold = new Option<double>("--threshold") { Description = "相似度阈值（Jaccard，0–1），默认 0.5（similarity threshold）", DefaultValueFactory = _ => 0.5 };
        var previous = new Option<bool>("--previous") { Description = "与本机构上一年度的报告比较，而不是机构之间比较（compare with the agency's previous year）" };
        var fast = new Option<bool>("--fast") { Description = "用导入时存下的签名，不先学习本范围的套话（faster: stored signatures, no learned boilerplate）" };
        var passages = new Option<int>("--passages") { Description = "每对最多显示几段共同文字，默认 3（shared passages shown per pair）", DefaultValueFactory = _ => 3 };
        return ScopeOptions.Create(
            context,
            "similar",
            "内容雷同：正文与其他机构或本机构上年高度相似的报告，并列出共同段落（near-duplicate narratives）",
            async (database, s, r, ct) =>
            {
                var t = r.GetValue(threshold);
                if (t is <= 0 or > 1)
                {
                    context.Error("gongkai: --threshold 须在 0 到 1 之间（threshold must be in (0, 1]）");
                    return ExitCodes.Unreadable;
                }

                var found = r.GetValue(previous)
                    ? await Similarities.AgainstPreviousYearAsync(database, s, t, ct)
                    : await Similarities.AcrossAgenciesAsync(database, s, t, learn: !r.GetValue(fast), ct);
                context.Stdout.WriteLine($"{s.Describe()}：{found.Count} 对报告正文相似度不低于 {t.ToString("P0", CultureInfo.InvariantCulture)}");
                foreach (var f in found)
                {
                    context.Stdout.WriteLine();
                    context.Stdout.WriteLine($"全文相似度 {f.Pair.Similarity.ToString("P1", CultureInfo.InvariantCulture)}：{f.AgencyA} {f.YearA}（报告 #{f.ReportA}） ↔ {f.AgencyB} {f.YearB}（报告 #{f.ReportB}）");
                    foreach (var (section, similarity) in f.Sections)
                    {
                        context.Stdout.WriteLine($"  “{section.Title()}”部分相似度 {similarity.ToString("P1", CultureInfo.InvariantCulture)}");
                    }

                    foreach (var p in f.Pair.Passages.Take(r.GetValue(passages)))
                    {
                        var text = p.Text.Length > 120 ? p.Text[..120] + "…" : p.Text;
                        context.Stdout.WriteLine($"  共同段落（{p.LengthA} 字，甲第 {p.StartA + 1} 字起，乙第 {p.StartB + 1} 字起）：{text.ReplaceLineEndings(" ")}");
                    }
                }

                return ExitCodes.Ok;
            },
            threshold,
            previous,
            fast,
            passages);
    }
}
