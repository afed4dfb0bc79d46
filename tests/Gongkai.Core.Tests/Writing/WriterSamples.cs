using Gongkai.Reports;
using Gongkai.Writing;

namespace Gongkai.Core.Tests.Writing;

/// <summary>Reports whose every cell prints a different number, so a test can tell that each one was written.</summary>
internal static class WriterSamples
{
    public static readonly ReportFormat[] Formats = [ReportFormat.Revised2021, ReportFormat.Trial2019];

    /// <summary>Cell i (in cells.tsv order) holds 100 + i; amounts get a fraction, 本年增/减 a minus sign.</summary>
    public static AnnualReport Distinct(ReportFormat format)
    {
        var defs = TemplateCatalog.Default.For(format);
        var values = defs.Select((d, i) => new KeyValuePair<string, decimal?>(d.Key, d.Unit switch
        {
            CellUnit.WanYuan => 100 + i + 0.25m,
            CellUnit.AsPrinted => 100 + i + 0.5000m,
            _ when d.Key.EndsWith(".change", StringComparison.Ordinal) => -(100 + i),
            _ => 100 + i,
        }));
        var sections = SectionKinds.All.ToDictionary(k => k, k => k.Heading());
        sections[SectionKind.Overview] = "一、总体情况\n全年主动公开政府信息100条。\n（一）主动公开。";
        return AnnualReport.Empty(format).WithValues(values) with { Agency = "河北省巨鹿县巨鹿镇人民政府", Year = 2024, Sections = sections };
    }

    /// <summary>The texts a report's values print as, key by key.</summary>
    public static IEnumerable<(string Key, string Text)> ValueTexts(AnnualReport report) =>
        TemplateCatalog.Default.For(report.Format).Select(d => (d.Key, TableLayout.TextOf(LayoutCell.Value(d.Key), report)));

    /// <summary>Every label and header the official tables of a format print (from the shared layout).</summary>
    public static IEnumerable<string> Labels(ReportFormat format) =>
        SectionKinds.All.SelectMany(k => TableLayout.For(k, format))
            .SelectMany(t => t.Rows.SelectMany(r => r.Cells).Where(c => c.Key is null).Select(c => c.Text).Append(t.Caption ?? ""))
            .Where(t => t.Length > 0)
            .Distinct();

    /// <summary>Text split into tokens on white space and pipes.</summary>
    public static HashSet<string> Tokens(string text) =>
        [.. text.Split([' ', '\t', '\n', '\r', '|', '\u3000'], StringSplitOptions.RemoveEmptyEntries)];
}
