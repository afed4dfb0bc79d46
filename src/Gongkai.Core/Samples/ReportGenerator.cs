using Gongkai.Reports;

namespace Gongkai.Samples;

/// <summary>
/// Random annual reports that satisfy every arithmetic rule of their template (row totals, （七）总计,
/// 一 + 二 = 三 + 四, table 4 totals): test data for property tests, benchmarks and generated corpora.
/// </summary>
public static class ReportGenerator
{
    private static readonly string[] Provinces = ["河北省", "重庆市", "山东省", "浙江省", "四川省", "湖南省", "广东省", "江苏省"];
    private static readonly string[] Places = ["东明", "巨鹿", "官亭", "大盛", "洺州", "青山", "龙岗", "安康", "新会", "宁国", "石门", "兴隆"];
    private static readonly string[] Kinds = ["镇人民政府", "乡人民政府", "街道办事处", "县人民政府办公室", "区市场监督管理局", "县自然资源和规划局", "区教育局"];

    /// <summary>The six applicant columns of table 3, in template order.</summary>
    public static IReadOnlyList<string> ApplicantColumns { get; } = ["natural", "business", "research", "nonprofit", "legal", "other_org"];

    /// <summary>A consistent random report. <paramref name="busy"/> makes table 3 non-trivial most of the time.</summary>
    public static AnnualReport Create(Random rng, ReportFormat format, int? year = null, bool busy = true)
    {
        var catalog = TemplateCatalog.Default;
        var defs = catalog.For(format);
        var values = new Dictionary<string, decimal?>();
        var y = year ?? (format == ReportFormat.Trial2019 ? rng.Next(2019, 2025) : rng.Next(2021, 2026));

        foreach (var d in defs.Where(d => d.Table == 2))
        {
            values[d.Key] = d.Unit switch
            {
                CellUnit.WanYuan => Math.Round((decimal)rng.NextDouble() * 500, rng.Next(0, 3)),
                CellUnit.AsPrinted => rng.Next(3) == 0 ? 0 : Math.Round((decimal)rng.NextDouble() * 2000, rng.Next(0, 5)),
                _ when d.Key.EndsWith(".change", StringComparison.Ordinal) => rng.Next(-20, 21),
                _ => rng.Next(4) == 0 ? 0 : rng.Next(0, 400),
            };
        }

        // Table 3: outcome rows per applicant column, then carried out/in, received derived so 一 + 二 = 三 + 四.
        var outcomeRows = defs.Where(d => d.Table == 3)
            .Select(d => RowOf(d.Key))
            .Distinct()
            .Where(r => r is not ("received" or "carried_in" or "total" or "carried_out"))
            .ToArray();
        foreach (var col in ApplicantColumns)
        {
            var active = busy && (col == "natural" || rng.Next(3) == 0);
            long outcomes = 0;
            foreach (var row in outcomeRows)
            {
                var v = active && rng.Next(3) == 0 ? rng.Next(0, 40) : 0;
                values[$"s3.{row}.{col}"] = v;
                outcomes += v;
            }

            var carriedOut = active ? rng.Next(0, 6) : 0;
            var carriedIn = (int)Math.Min(outcomes + carriedOut, active ? rng.Next(0, 6) : 0);
            values[$"s3.total.{col}"] = outcomes;
            values[$"s3.carried_out.{col}"] = carriedOut;
            values[$"s3.carried_in.{col}"] = carriedIn;
            values[$"s3.received.{col}"] = outcomes + carriedOut - carriedIn;
        }

        foreach (var row in outcomeRows.Concat(["received", "carried_in", "total", "carried_out"]))
        {
            values[$"s3.{row}.total"] = ApplicantColumns.Sum(c => values[$"s3.{row}.{c}"]!.Value);
        }

        foreach (var group in new[] { "review", "suit_direct", "suit_after_review" })
        {
            long sum = 0;
            foreach (var part in new[] { "upheld", "corrected", "other", "pending" })
            {
                var v = rng.Next(3) == 0 ? rng.Next(0, 8) : 0;
                values[$"s4.{group}.{part}"] = v;
                sum += v;
            }

            values[$"s4.{group}.total"] = sum;
        }

        var agency = Provinces[rng.Next(Provinces.Length)] + Places[rng.Next(Places.Length)] + "县" + Places[rng.Next(Places.Length)] + Kinds[rng.Next(Kinds.Length)];
        var received = values["s3.received.total"]!.Value;
        var sections = new Dictionary<SectionKind, string>
        {
            [SectionKind.Overview] = $"{SectionKind.Overview.Heading()}\n{y}年，{agency}认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。\n（一）主动公开。全年主动公开政府信息{rng.Next(10, 500)}条。\n（二）依申请公开。全年共收到政府信息公开申请{received}件，均按时答复。",
            [SectionKind.Proactive] = SectionKind.Proactive.Heading(),
            [SectionKind.Applications] = SectionKind.Applications.Heading(),
            [SectionKind.Appeals] = SectionKind.Appeals.Heading(),
            [SectionKind.Problems] = $"{SectionKind.Problems.Heading()}\n（一）存在的问题：公开内容还不够丰富，更新还不够及时。\n（二）改进措施：加强培训，完善制度，提升公开质量。",
            [SectionKind.Other] = format == ReportFormat.Revised2021
                ? $"{SectionKind.Other.Heading()}\n（一）本年度未收取信息处理费。\n（二）落实上级年度政务公开工作要点情况：已按要求落实。"
                : $"{SectionKind.Other.Heading()}\n无。",
        };

        return AnnualReport.Empty(format, catalog).WithValues(values) with { Agency = agency, Year = y, Sections = sections };
    }

    /// <summary>The row part of a table-3 key: s3.withheld.state_secret.natural → withheld.state_secret.</summary>
    public static string RowOf(string key)
    {
        var last = key.LastIndexOf('.');
        return key[3..last];
    }
}
