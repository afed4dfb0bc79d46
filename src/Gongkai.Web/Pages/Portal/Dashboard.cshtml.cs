using System.Globalization;
using System.Text.Json;
using Gongkai.Data;
using Gongkai.Data.Queries;
using Gongkai.Reports;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Pages.Portal;

/// <summary>
/// Charts for a subtree (the whole country by default): applications per year, the outcome mix of a year, who
/// applies, and the quality table's problems — each chart with its numbers in a table beneath it.
/// </summary>
[OutputCache(PolicyName = Caching.Portal)]
public sealed class DashboardModel(Database database) : PageModel
{
    public Agency Root { get; private set; } = null!;

    public int? Year { get; private set; }

    /// <summary>Per year, the roll-ups of both templates (a year can have reports on each).</summary>
    public IReadOnlyList<YearTotals> Years { get; private set; } = [];

    public IReadOnlyList<OutcomeShare> Outcomes { get; private set; } = [];

    public IReadOnlyList<(string Label, decimal Count)> Applicants { get; private set; } = [];

    public IReadOnlyList<(string Category, int Agencies)> QualitySummary { get; private set; } = [];

    public int QualityAgencies { get; private set; }

    public string TrendJson { get; private set; } = "{}";

    public string OutcomeJson { get; private set; } = "{}";

    public string ApplicantJson { get; private set; } = "{}";

    public string QualityJson { get; private set; } = "{}";

    private static readonly (string Key, string Label)[] ApplicantColumns =
    [
        ("natural", "自然人"), ("business", "商业企业"), ("research", "科研机构"), ("nonprofit", "社会公益组织"), ("legal", "法律服务机构"), ("other_org", "其他"),
    ];

    public async Task<IActionResult> OnGetAsync(long? agency, int? year, CancellationToken cancellationToken)
    {
        if (year is < 1990 or > 2999)
        {
            return NotFound();
        }

        await using (var c = await database.OpenAsync(cancellationToken))
        {
            var root = await AgencyQueries.ByIdAsync(c, agency ?? 1);
            if (root is null)
            {
                return NotFound();
            }

            Root = root;
        }

        Years = [.. (await Rollups.SumAsync(database, new Scope(Root), cancellationToken))
            .GroupBy(r => r.Year).OrderBy(g => g.Key).Select(g => new YearTotals(g.Key, [.. g]))];
        Year = year ?? (Years.Count > 0 ? Years[^1].Year : null);
        var selected = Years.FirstOrDefault(y => y.Year == Year);
        if (selected is not null)
        {
            Outcomes = OutcomeShares.Sum(selected.Rollups.Select(r => r.Report));
            Applicants = [.. ApplicantColumns.Select(a => (a.Label, selected[$"s3.received.{a.Key}"] ?? 0))];
        }

        if (Year is { } y)
        {
            var quality = await Quality.ForYearAsync(database, Root, y, cancellationToken);
            QualityAgencies = quality.Count;
            QualitySummary = Quality.Summary(quality);
        }

        var years = Years.Select(r => r.Year.ToString(CultureInfo.InvariantCulture)).ToArray();
        TrendJson = Json(new
        {
            backgroundColor = "#fff",
            title = new { text = $"{Root.RegionOrName} 政府信息公开申请（按年度）", left = "center", textStyle = new { fontSize = 14 } },
            tooltip = new { trigger = "axis" },
            legend = new { bottom = 0 },
            xAxis = new { type = "category", data = years },
            yAxis = new object[] { new { type = "value", name = "申请数" }, new { type = "value", name = "年报份数" } },
            series = new object[]
            {
                new { name = "本年新收申请", type = "bar", data = Years.Select(r => r["s3.received.total"] ?? 0).ToArray(), itemStyle = new { color = "#b5121b" } },
                new { name = "上年结转", type = "bar", data = Years.Select(r => r["s3.carried_in.total"] ?? 0).ToArray(), itemStyle = new { color = "#e0a000" } },
                new { name = "年报份数", type = "line", yAxisIndex = 1, data = Years.Select(r => r.Reports).ToArray(), itemStyle = new { color = "#1a4f8b" } },
            },
        });
        OutcomeJson = Json(new
        {
            backgroundColor = "#fff",
            title = new { text = $"{Year} 年办理结果", left = "center", textStyle = new { fontSize = 14 } },
            tooltip = new { trigger = "item", formatter = "{b}：{c}（{d}%）" },
            legend = new { bottom = 0 },
            series = new object[] { new { type = "pie", radius = new[] { "35%", "65%" }, data = Outcomes.Select(o => new { name = o.Outcome, value = o.Count ?? 0 }).ToArray() } },
        });
        ApplicantJson = Json(new
        {
            backgroundColor = "#fff",
            title = new { text = $"{Year} 年申请人类型", left = "center", textStyle = new { fontSize = 14 } },
            tooltip = new { trigger = "axis" },
            xAxis = new { type = "category", data = Applicants.Select(a => a.Label).ToArray() },
            yAxis = new { type = "value" },
            series = new object[] { new { type = "bar", data = Applicants.Select(a => a.Count).ToArray(), itemStyle = new { color = "#1a4f8b" } } },
        });
        QualityJson = Json(new
        {
            backgroundColor = "#fff",
            title = new { text = $"{Year} 年报质量问题（机关数，共 {QualityAgencies} 个）", left = "center", textStyle = new { fontSize = 14 } },
            tooltip = new { trigger = "axis" },
            xAxis = new { type = "value" },
            yAxis = new { type = "category", data = QualitySummary.Select(q => q.Category).Reverse().ToArray() },
            series = new object[] { new { type = "bar", data = QualitySummary.Select(q => q.Agencies).Reverse().ToArray(), itemStyle = new { color = "#b5121b" } } },
        });
        return Page();
    }

    /// <summary>An ECharts option as JSON for a <c>&lt;script type="application/json"&gt;</c> block: Chinese kept, <c>&lt;</c> <c>&gt;</c> <c>&amp;</c> and quotes escaped so no text can close the script.</summary>
    private static string Json(object option) => JsonSerializer.Serialize(option, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    /// <summary>One year's roll-ups (one per template) read as one: a cell is the sum over the templates that have it.</summary>
    public sealed record YearTotals(int Year, IReadOnlyList<Rollup> Rollups)
    {
        public int Reports => Rollups.Sum(r => r.Reports);

        public decimal? this[string key] =>
            Rollups.Where(r => r.Report.Cells.ContainsKey(key)).Select(r => r.Report[key]).Aggregate((decimal?)null, (a, v) => v is null ? a : (a ?? 0) + v);
    }
}
