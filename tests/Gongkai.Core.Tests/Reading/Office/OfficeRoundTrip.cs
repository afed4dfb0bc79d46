using System.Globalization;
using Gongkai.Reading;
using Gongkai.Reports;
using Gongkai.Samples;

namespace Gongkai.Core.Tests.Reading.Office;

/// <summary>Writes random reports in some office form, reads them back through the full pipeline and lists what differs.</summary>
internal static class OfficeRoundTrip
{
    public static readonly ReportFormat[] Formats = [ReportFormat.Revised2021, ReportFormat.Trial2019];

    public static AnnualReport Report(ReportFormat format, int i) => ReportGenerator.Create(new Random(Seed(format, i)), format);

    public static int Seed(ReportFormat format, int i) => ((int)format * 1000) + 500 + i;

    /// <summary>Null when the read report has the same content; otherwise what differs, with the first diagnostics.</summary>
    public static string? Compare(AnnualReport original, ParseOutcome outcome, bool cellsOnly = false)
    {
        if (outcome.Report is not { } read)
        {
            return "unreadable: " + string.Join("; ", outcome.Diagnostics.Take(3));
        }

        if (cellsOnly ? SameCells(original, read) : read.SameContentAs(original))
        {
            return null;
        }

        var lines = new List<string>();
        if (!cellsOnly && (original.Agency, original.Year, original.Format) != (read.Agency, read.Year, read.Format))
        {
            lines.Add($"agency/year/format: {original.Agency}/{original.Year}/{original.Format} ≠ {read.Agency}/{read.Year}/{read.Format}");
        }

        var cells = original.Cells.Where(kv => read[kv.Key] != kv.Value.Value)
            .Select(kv => $"{kv.Key}: {kv.Value.Value?.ToString(CultureInfo.InvariantCulture)} ≠ {read[kv.Key]?.ToString(CultureInfo.InvariantCulture) ?? "null"}").ToList();
        lines.AddRange(cells.Take(6));
        if (!cellsOnly)
        {
            lines.AddRange(SectionKinds.All.Where(k => original.Section(k) != read.Section(k))
                .Select(k => $"section {k.JsonKey()}: \"{original.Section(k)}\" ≠ \"{read.Section(k) ?? "null"}\""));
        }

        lines.AddRange(read.Diagnostics.Take(4).Select(d => "  " + d));
        return string.Join("\n", lines);
    }

    /// <summary>Fails with the first few seeds that did not read back, and how the first one differs.</summary>
    public static void AssertNone(List<(int Seed, string Why)> failures, int total, string what) =>
        Assert.True(
            failures.Count == 0,
            $"{failures.Count} of {total} reports {what} read back differently; seeds {string.Join(", ", failures.Take(10).Select(f => f.Seed))}\n"
            + (failures.Count > 0 ? $"first (seed {failures[0].Seed}):\n{failures[0].Why}" : ""));

    private static bool SameCells(AnnualReport a, AnnualReport b) =>
        a.Format == b.Format && a.Cells.All(kv => b.Cells.TryGetValue(kv.Key, out var o) && o.Value == kv.Value.Value);
}
