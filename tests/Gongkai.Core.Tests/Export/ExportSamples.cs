using System.Collections.Immutable;
using Gongkai.Checking;
using Gongkai.Core.Tests.Support;
using Gongkai.Diagnostics;
using Gongkai.Reading;
using Gongkai.Reports;
using Gongkai.Samples;
using Gongkai.Writing.Export;

namespace Gongkai.Core.Tests.Export;

/// <summary>
/// Rows for the export tests: the real seeds (read and checked, with their blank cells and findings), generated
/// reports of both templates with negative changes and fractional amounts, and a row of awkward text.
/// </summary>
internal static class ExportSamples
{
    /// <summary>Text a CSV must quote and an XLSX must escape: commas, quotes, line breaks, edge spaces, an escape look-alike.</summary>
    public const string TrickyAgency = "某县\"阳光政务\"办公室, 信息公开科\r\n（第二行）";
    public const string TrickySource = " https://www.example.gov.cn/a,b?q=\"1\"\n_x0041_ 附件 ";
    public const string TrickyRegion = "河北省/邢台市/巨鹿县,\"开发区\"";

    private static readonly DateTimeOffset Imported = new(2025, 3, 1, 9, 30, 15, TimeSpan.FromHours(8));

    public static IReadOnlyList<ExportRow> All() => [.. Seeds(), .. Generated(12), Tricky()];

    /// <summary>Every seed as the pipeline reads it, with the reader's and the checker's findings.</summary>
    public static IEnumerable<ExportRow> Seeds()
    {
        long id = 1;
        foreach (var path in TestPaths.SeedTexts)
        {
            var name = Path.GetFileName(path);
            var report = Assert.IsType<AnnualReport>(ReportPipeline.Default.Read(File.ReadAllBytes(path), name).Report);
            var findings = report.Diagnostics.AddRange(Checker.Check(report));
            yield return new ExportRow(id, report.Agency ?? "", "河北省/邢台市/巨鹿县", report.Year, 1, name, "2025-01-20", Imported.AddMinutes(id), report, findings);
            id++;
        }
    }

    /// <summary><paramref name="count"/> generated reports, alternating templates, each with a finding of every severity.</summary>
    public static IEnumerable<ExportRow> Generated(int count, long firstId = 100)
    {
        for (var i = 0; i < count; i++)
        {
            var format = i % 2 == 0 ? ReportFormat.Revised2021 : ReportFormat.Trial2019;
            var report = ReportGenerator.Create(new Random(1000 + i), format);
            ImmutableArray<Diagnostic> findings =
            [
                .. Checker.Check(report),
                DiagnosticCodes.ValueIllegible.ForCells(new SourceLocation("r.pdf", 0, 0, Page: 2), ["s3.received.total"], "三·新收", "十二"),
                DiagnosticCodes.AgencyNotFound.Create(new SourceLocation("r.txt", 12, 5)),
                DiagnosticCodes.FileEmpty.Create(SourceLocation.None) with { Severity = Severity.Info },
            ];
            yield return new ExportRow(firstId + i, report.Agency!, "四川省/成都市/青白江区", report.Year, 1 + (i % 3), null, i % 4 == 0 ? null : "2024-02-28",
                Imported.AddDays(i), report, findings);
        }
    }

    /// <summary>A report with no year, no format, no cells, text that needs quoting and a finding with such text.</summary>
    public static ExportRow Tricky()
    {
        var report = AnnualReport.Empty(ReportFormat.Unknown) with { Agency = TrickyAgency };
        var finding = DiagnosticCodes.FileUnreadable.Create(SourceLocation.InFile("a,b.pdf"), "引号\"和,逗号\n换行");
        return new ExportRow(9_007_199_254_740_993, TrickyAgency, TrickyRegion, null, 2, TrickySource, null, Imported.ToOffset(TimeSpan.Zero), report, [finding]);
    }

    /// <summary>What a report row should hold, field by field, as text (numbers invariant, blanks empty).</summary>
    public static string[] ExpectedReportRow(ExportRow row) =>
    [
        row.ReportId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        row.Agency,
        row.Region,
        row.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        row.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        row.Report.Format switch { ReportFormat.Revised2021 => "2021", ReportFormat.Trial2019 => "2019", _ => "" },
        row.Source ?? "",
        row.PublishedOn ?? "",
        row.ImportedAt.ToString("yyyy-MM-dd HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
        row.Findings.Count(f => f.Severity == Severity.Error).ToString(System.Globalization.CultureInfo.InvariantCulture),
        row.Findings.Count(f => f.Severity == Severity.Warning).ToString(System.Globalization.CultureInfo.InvariantCulture),
        .. TemplateCatalog.Default.All.Select(d => row.Report[d.Key] is { } v ? Plain(v) : ""),
    ];

    /// <summary>The decimal as written, derived independently: invariant text without trailing fractional zeros.</summary>
    public static string Plain(decimal v)
    {
        var s = v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return s.Contains('.', StringComparison.Ordinal) ? s.TrimEnd('0').TrimEnd('.') : s;
    }

    /// <summary>What a findings row should hold, as text.</summary>
    public static string[] ExpectedFindingRow(ExportRow row, Diagnostic f) =>
    [
        row.ReportId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        row.Agency,
        row.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        f.Code,
        f.Severity switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" },
        string.Join(' ', f.CellKeys),
        f.Location.IsKnown || f.Location.File is not null ? f.Location.ToString() : "",
        f.Message,
    ];
}
