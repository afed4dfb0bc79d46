using System.Globalization;
using Gongkai.Checking;
using Gongkai.Reading;
using Gongkai.Reports;

namespace Gongkai.Core.Tests.Reading.Scan;

/// <summary>
/// How well one scan was read: statutory cells read exactly, and the wrong ones split into those a diagnostic names
/// (the reader's GK09xx, or the checker's sums and completeness rules) and those nothing names.
/// </summary>
internal sealed record ScanScore(ScanSample Sample, int Cells, int Exact, IReadOnlyList<string> Flagged, IReadOnlyList<string> Unflagged, bool FormatRight, bool AgencyRight, bool YearRight, TimeSpan Time, int Pages)
{
    public int Wrong => Cells - Exact;

    public static ScanScore Of(ScanSample sample, ParseOutcome outcome, TimeSpan time, int pages)
    {
        var truth = sample.Truth;
        var keys = TemplateCatalog.Default.For(truth.Format).Select(d => d.Key).ToList();
        if (outcome.Report is not { } report)
        {
            return new ScanScore(sample, keys.Count, 0, [], [.. keys.Select(k => $"{k}: unreadable ({string.Join("; ", outcome.Diagnostics.Take(2))})")], false, false, false, time, pages);
        }

        var named = report.Diagnostics.Concat(Checker.Check(report)).SelectMany(d => d.CellKeys).ToHashSet(StringComparer.Ordinal);
        var exact = 0;
        var flagged = new List<string>();
        var unflagged = new List<string>();
        foreach (var key in keys)
        {
            if (report[key] == truth[key])
            {
                exact++;
                continue;
            }

            var line = string.Create(CultureInfo.InvariantCulture, $"seed {sample.Seed} {key}: printed {truth[key]}, read {report[key]?.ToString(CultureInfo.InvariantCulture) ?? "null"}");
            (named.Contains(key) ? flagged : unflagged).Add(line);
        }

        return new ScanScore(sample, keys.Count, exact, flagged, unflagged, report.Format == truth.Format, report.Agency == truth.Agency, report.Year == truth.Year, time, pages);
    }

    /// <summary>Totals over many scans, as one line for messages and docs/ocr.md.</summary>
    public static string Summary(IReadOnlyCollection<ScanScore> scores)
    {
        int cells = scores.Sum(s => s.Cells), exact = scores.Sum(s => s.Exact), wrong = cells - exact, flagged = scores.Sum(s => s.Flagged.Count);
        var pages = scores.Sum(s => s.Pages);
        var seconds = scores.Sum(s => s.Time.TotalSeconds);
        return string.Create(CultureInfo.InvariantCulture,
            $"{scores.Count} reports, {pages} pages: {exact}/{cells} cells exact ({100.0 * exact / Math.Max(1, cells):0.00} %), {wrong} wrong, {flagged} of them flagged or caught; "
            + $"format {scores.Count(s => s.FormatRight)}/{scores.Count}, agency {scores.Count(s => s.AgencyRight)}/{scores.Count}, year {scores.Count(s => s.YearRight)}/{scores.Count}; "
            + $"{seconds / Math.Max(1, pages):0.0} s per page");
    }
}
