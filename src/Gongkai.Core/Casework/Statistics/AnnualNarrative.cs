using System.Text;
using Gongkai.Reports;

namespace Gongkai.Casework.Statistics;

/// <summary>
/// A first draft of the six sections (条例第五十条; 国办公开办函〔2021〕30号) written from a computed report's
/// numbers, for the clerk to edit. Every count it quotes is read from the report's cells, so text and tables agree.
/// </summary>
public static class AnnualNarrative
{
    /// <summary>The six sections, each starting with its heading line (<see cref="SectionKinds.Heading"/>).</summary>
    public static IReadOnlyDictionary<SectionKind, string> Draft(AnnualReport report, HandEnteredFigures figures)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(figures);
        var n = new ReportNumbers(report);
        var agency = report.Agency ?? "本机关";
        var year = report.Year is { } y ? $"{y}年" : "本年度";
        return new Dictionary<SectionKind, string>
        {
            [SectionKind.Overview] = Section(SectionKind.Overview,
                $"{year}，{agency}深入贯彻落实《中华人民共和国政府信息公开条例》（以下简称《条例》），坚持以公开为常态、不公开为例外，依法做好政府信息公开工作。现将本年度政府信息公开工作情况报告如下。",
                $"（一）主动公开。本年度制发规章{n["s2.rules.issued"]}件、行政规范性文件{n["s2.normative.issued"]}件，作出行政许可决定{n["s2.licensing.decisions"]}件、行政处罚决定{n["s2.penalty.decisions"]}件、行政强制决定{n["s2.coercion.decisions"]}件，均依法依规向社会公开。",
                $"（二）依申请公开。{Received(n)}，{CarriedIn(n)}；本年度办结{n.Row("total")}件，{CarriedOut(n)}。",
                "（三）政府信息管理。严格落实政府信息公开保密审查制度，坚持“先审查、后公开”，做好政府信息的发布、更新和归档。",
                "（四）政府信息公开平台建设。依托政府门户网站政府信息公开专栏，及时更新公开内容，保障平台稳定运行。",
                $"（五）监督保障。明确政府信息公开工作责任，加强业务培训和监督检查。本年度涉及政府信息公开的行政复议{n.Row4("review")}件、行政诉讼{n.Row4("suit_direct") + n.Row4("suit_after_review")}件。"),
            [SectionKind.Proactive] = Section(SectionKind.Proactive,
                $"本年度制发规章{n["s2.rules.issued"]}件、废止{n["s2.rules.repealed"]}件，现行有效规章{n["s2.rules.in_force"]}件；制发行政规范性文件{n["s2.normative.issued"]}件、废止{n["s2.normative.repealed"]}件，现行有效行政规范性文件{n["s2.normative.in_force"]}件。",
                $"本年度作出行政许可决定{n["s2.licensing.decisions"]}件、行政处罚决定{n["s2.penalty.decisions"]}件、行政强制决定{n["s2.coercion.decisions"]}件；行政事业性收费金额{HandEnteredFigures.Amount(report["s2.fees.amount"] ?? 0)}万元。"),
            [SectionKind.Applications] = Section(SectionKind.Applications,
                $"{Received(n)}{ByApplicant(n)}，{CarriedIn(n)}。",
                $"{Closed(n)}；{CarriedOut(n)}。"),
            [SectionKind.Appeals] = Section(SectionKind.Appeals, Appeals(n)),
            [SectionKind.Problems] = Section(SectionKind.Problems,
                "本年度政府信息公开工作仍存在一些不足：主动公开的深度和广度有待拓展，依申请公开答复的规范化水平有待进一步提高。",
                $"下一步，{agency}将认真落实《条例》要求，加强政府信息公开业务学习，规范依申请公开办理流程，严格按照法定时限答复，不断提升政府信息公开工作质量。"),
            [SectionKind.Other] = Section(SectionKind.Other,
                figures.ProcessingFeesYuan > 0
                    ? $"（一）信息处理费收取情况。依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度共收取信息处理费{HandEnteredFigures.Amount(figures.ProcessingFeesYuan)}元。"
                    : "（一）信息处理费收取情况。依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度未收取信息处理费。",
                "（二）落实上级年度政务公开工作要点情况。按照上级年度政务公开工作要点要求，逐项抓好落实。",
                "（三）人大代表建议和政协提案办理结果公开情况。依法公开人大代表建议和政协提案办理结果。",
                "（四）年度政务公开工作创新情况。结合工作实际，探索创新政务公开方式。"),
        };
    }

    private static string Section(SectionKind kind, params string[] paragraphs) =>
        string.Join('\n', [kind.Heading(), .. paragraphs]);

    private static string Received(ReportNumbers n) =>
        n.Row("received") > 0 ? $"本年度共收到政府信息公开申请{n.Row("received")}件" : "本年度未收到新的政府信息公开申请";

    private static string CarriedIn(ReportNumbers n) =>
        n.Row("carried_in") > 0 ? $"上年结转政府信息公开申请{n.Row("carried_in")}件" : "无上年结转的申请";

    private static string CarriedOut(ReportNumbers n) =>
        n.Row("carried_out") > 0 ? $"结转下年度继续办理{n.Row("carried_out")}件" : "无结转下年度继续办理的申请";

    private static string ByApplicant(ReportNumbers n)
    {
        var natural = n["s3.received.natural"];
        var organizations = n.Row("received") - natural;
        return natural > 0 && organizations > 0 ? $"（其中自然人申请{natural}件，法人或其他组织申请{organizations}件）"
            : natural > 0 ? "（均为自然人申请）"
            : organizations > 0 ? "（均为法人或其他组织申请）"
            : "";
    }

    /// <summary>三、本年度办理结果: the count closed and each non-empty outcome, with the sub-rows of （三）–（六）.</summary>
    private static string Closed(ReportNumbers n)
    {
        if (n.Row("total") == 0)
        {
            return "本年度无办结的申请";
        }

        var parts = new List<string>();
        foreach (var (group, label) in Groups)
        {
            var rows = ApplicationOutcomes.All.Select(o => o.CellRow()).Where(r => r == group || r.StartsWith(group + ".", StringComparison.Ordinal)).ToArray();
            var count = rows.Sum(n.Row);
            if (count == 0)
            {
                continue;
            }

            var details = rows.Length > 1
                ? "（" + string.Join("，", rows.Where(r => n.Row(r) > 0).Select(r => $"{SubRowLabel(r)}{n.Row(r)}件")) + "）"
                : "";
            parts.Add($"{label}{count}件{details}");
        }

        return $"本年度办结{n.Row("total")}件，其中" + string.Join("，", parts);
    }

    private static readonly (string Group, string Label)[] Groups =
    [
        ("disclosed", "予以公开"), ("partial", "部分公开"), ("withheld", "不予公开"),
        ("unable", "无法提供"), ("declined", "不予处理"), ("other", "其他处理"),
    ];

    /// <summary>A sub-row's label from cells.tsv without its number, e.g. 属于国家秘密.</summary>
    private static string SubRowLabel(string row)
    {
        var label = TemplateCatalog.Default[$"s3.{row}.total"].RowLabel;
        var dot = label.IndexOf('.', StringComparison.Ordinal);
        return dot is > 0 and < 3 ? label[(dot + 1)..] : label;
    }

    private static string Appeals(ReportNumbers n)
    {
        var review = n.Row4("review");
        var direct = n.Row4("suit_direct");
        var afterReview = n.Row4("suit_after_review");
        if (review + direct + afterReview == 0)
        {
            return "本年度未发生涉及政府信息公开的行政复议、行政诉讼案件。";
        }

        var sb = new StringBuilder();
        sb.Append($"本年度涉及政府信息公开的行政复议案件{review}件{Outcomes(n, "review")}；");
        sb.Append($"行政诉讼案件{direct + afterReview}件，其中未经复议直接起诉{direct}件{Outcomes(n, "suit_direct")}，");
        sb.Append($"复议后起诉{afterReview}件{Outcomes(n, "suit_after_review")}。");
        return sb.ToString();
    }

    private static string Outcomes(ReportNumbers n, string group)
    {
        var parts = new[] { ("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"), ("pending", "尚未审结") }
            .Where(c => n[$"s4.{group}.{c.Item1}"] > 0)
            .Select(c => $"{c.Item2}{n[$"s4.{group}.{c.Item1}"]}件")
            .ToArray();
        return parts.Length == 0 ? "" : "（" + string.Join("，", parts) + "）";
    }

    /// <summary>The report's counts as whole numbers (blank as 0).</summary>
    private sealed class ReportNumbers(AnnualReport report)
    {
        public long this[string key] => (long)(report[key] ?? 0);

        /// <summary>The 总计 column of a table-三 row.</summary>
        public long Row(string row) => this[$"s3.{row}.total"];

        /// <summary>The 总计 of a table-四 group.</summary>
        public long Row4(string group) => this[$"s4.{group}.total"];
    }
}
