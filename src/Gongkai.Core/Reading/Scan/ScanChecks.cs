using System.Globalization;
using Gongkai.Diagnostics;
using Gongkai.Recognition;
using Gongkai.Reports;

namespace Gongkai.Reading;

/// <summary>
/// Flags scanned numbers that may be misread, never changing them: illegible cells (GK0903), low OCR confidence or
/// readings that disagree (GK0901), unless every sum of table 三 or 四 the cell is in holds, and cells that the tables'
/// own broken sums point at (GK0902). The grid is recognized once here to learn which
/// template cell each scanned cell is; when exactly one low-confidence cell, changed alone, would make every broken
/// sum hold, the message proposes that value, and the cell still keeps what was read.
/// </summary>
internal static class ScanChecks
{
    /// <summary>Below this tesseract word confidence a number is flagged (measured on the corpus, docs/ocr.md).</summary>
    public const int LowConfidence = 85;

    public static List<Diagnostic> Flag(TextGrid grid, IReadOnlyList<CellRead> reads)
    {
        var result = new List<Diagnostic>();
        if (reads.Count == 0)
        {
            return result;
        }

        var report = Recognizer.Recognize(grid);
        var keyAt = new Dictionary<(int, int), string>();
        foreach (var (key, cell) in report.Cells)
        {
            if (cell.Source.Line > 0)
            {
                keyAt.TryAdd((cell.Source.Line, cell.Source.Column), key);
            }
        }

        var readOf = new Dictionary<string, CellRead>(StringComparer.Ordinal);
        foreach (var read in reads)
        {
            if (keyAt.GetValueOrDefault((read.Location.Line, read.Location.Column)) is { } key)
            {
                readOf[key] = read;
            }
        }

        var relations = ScanSums.For(report.Format);
        var confirmed = Confirmed(report, relations);
        foreach (var read in reads)
        {
            var key = keyAt.GetValueOrDefault((read.Location.Line, read.Location.Column));
            var name = key is null ? "?" : Name(key);
            if (read.Illegible)
            {
                result.Add(DiagnosticCodes.ScanIllegible.ForCells(read.Location, Keys(key), name, Where(read), read.Raw));
            }
            else if ((read.Confidence < LowConfidence || read.Other is not null) && (key is null || !confirmed.Contains(key)))
            {
                var value = read.Other is null ? read.Text : $"{read.Text}（另一次读作 {read.Other} / read once more as {read.Other}）";
                result.Add(DiagnosticCodes.ScanLowConfidence.ForCells(read.Location, Keys(key), name, Where(read), value, read.Confidence));
            }
        }

        result.AddRange(SumSuspects(report, relations, readOf));
        return result;
    }

    /// <summary>GK0902 for the cells that broken sums point at: those that alone could explain every broken sum, or else those in most of them.</summary>
    /// <summary>
    /// Cells that are in at least two sums and every sum they are in holds: a misread digit there would break them, so
    /// a doubtful reading of such a cell is not flagged (the arithmetic has checked it).
    /// </summary>
    private static HashSet<string> Confirmed(AnnualReport report, IReadOnlyList<SumRelation> relations)
    {
        var holds = relations.Select(r => (Relation: r, Holds: r.Difference(k => report[k]) == 0)).ToList();
        return [.. relations.SelectMany(r => r.Keys).Distinct()
            .Where(k => holds.Count(h => h.Relation.Sign(k) != 0) >= 2 && holds.Where(h => h.Relation.Sign(k) != 0).All(h => h.Holds))];
    }

    private static IEnumerable<Diagnostic> SumSuspects(AnnualReport report, IReadOnlyList<SumRelation> relations, Dictionary<string, CellRead> readOf)
    {
        var failed = relations.Where(r => r.Difference(k => report[k]) is { } d && d != 0).ToList();
        if (failed.Count == 0)
        {
            yield break;
        }

        var keys = failed.SelectMany(r => r.Keys).Where(readOf.ContainsKey).Distinct().ToList();
        var fixes = new Dictionary<string, decimal>();
        foreach (var k in keys)
        {
            var mine = relations.Where(r => r.Sign(k) != 0).ToList();
            if (!failed.All(mine.Contains) || mine.Any(r => r.Difference(x => report[x]) == 0))
            {
                continue;
            }

            var values = failed.Select(r => report[k]!.Value - (r.Difference(x => report[x])!.Value / r.Sign(k))).Distinct().ToList();
            if (values is [var v] && v >= 0 && v == Math.Floor(v))
            {
                fixes[k] = v;
            }
        }

        var doubtful = fixes.Keys.Where(k => readOf[k].Confidence < LowConfidence).ToList();
        var proposal = doubtful is [var only] ? only : null;
        List<string> suspects;
        if (fixes.Count is > 0 and <= 3)
        {
            suspects = [.. fixes.Keys];
        }
        else
        {
            var most = keys.Max(k => failed.Count(r => r.Sign(k) != 0));
            suspects = most >= 2 ? [.. keys.Where(k => failed.Count(r => r.Sign(k) != 0) == most)] : [.. keys.Where(k => readOf[k].Confidence < LowConfidence)];
            if (suspects.Count == 0)
            {
                suspects = keys;
            }
        }

        foreach (var k in suspects)
        {
            var read = readOf[k];
            var broken = string.Join("、", failed.Where(r => r.Sign(k) != 0).Select(r => r.Name).DefaultIfEmpty(failed[0].Name));
            var (zh, en) = k == proposal
                ? ($"；若读作 {fixes[k].ToString(CultureInfo.InvariantCulture)} 则所有合计成立（仅供核对，未修改）", $"; reading it as {fixes[k].ToString(CultureInfo.InvariantCulture)} would make every sum hold (a hint, not applied)")
                : ("", "");
            yield return DiagnosticCodes.ScanSumBroken.ForCells(read.Location, [k], Name(k), Where(read), read.Text, broken, zh, broken, en);
        }
    }

    private static string[] Keys(string? key) => key is null ? [] : [key];

    private static string Name(string key) =>
        TemplateCatalog.Default.Find(key) is { } d ? $"{d.RowLabel}/{d.ColumnLabel}" : key;

    private static string Where(CellRead read) =>
        string.Create(CultureInfo.InvariantCulture, $"第 {read.Location.Page} 页第 {read.Location.Line} 行第 {read.Location.Column} 列");
}
