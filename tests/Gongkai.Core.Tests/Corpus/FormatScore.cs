using System.Globalization;
using System.Text;
using Gongkai.Checking;
using Gongkai.Reading;
using Gongkai.Reports;

namespace Gongkai.Core.Tests.Corpus;

/// <summary>
/// How one corpus file read back: statutory cells exact against the report it was written from, and the wrong ones
/// split into flagged (named by a diagnostic of the reader or by <see cref="Checker.Check"/>) and unflagged.
/// </summary>
internal sealed record FormatScore(CorpusFile File, int Cells, int Exact, IReadOnlyList<string> Flagged, IReadOnlyList<string> Unflagged, TimeSpan Time)
{
    public int Wrong => Cells - Exact;

    public static FormatScore Of(CorpusFile file, ParseOutcome outcome, TimeSpan time)
    {
        var keys = TemplateCatalog.Default.For(file.Truth.Format).Select(d => d.Key).ToList();
        if (outcome.Report is not { } report)
        {
            var why = string.Join("; ", outcome.Diagnostics.Take(2));
            return new FormatScore(file, keys.Count, 0, [], [$"{file.Name}: unreadable ({why})"], time);
        }

        var named = report.Diagnostics.Concat(Checker.Check(report))
            .SelectMany(d => d.CellKeys.Select(k => (Key: k, d.Code)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join(",", g.Select(p => p.Code).Distinct()), StringComparer.Ordinal);
        var exact = 0;
        var flagged = new List<string>();
        var unflagged = new List<string>();
        foreach (var key in keys)
        {
            if (report.Format == file.Truth.Format && report[key] == file.Truth[key])
            {
                exact++;
                continue;
            }

            var line = string.Create(CultureInfo.InvariantCulture, $"{file.Format} {file.Name} {key}: written {file.Truth[key]?.ToString(CultureInfo.InvariantCulture) ?? "blank"}, read {report[key]?.ToString(CultureInfo.InvariantCulture) ?? "blank"}");
            if (named.TryGetValue(key, out var codes))
            {
                flagged.Add($"{line} ({codes})");
            }
            else
            {
                unflagged.Add(line);
            }
        }

        return new FormatScore(file, keys.Count, exact, flagged, unflagged, time);
    }

    /// <summary>The Markdown table of docs/formats.md: one row per format.</summary>
    public static string Table(IReadOnlyCollection<FormatScore> scores)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| format | files | cells exact | % | reports exact | wrong cells flagged or caught | s per file |");
        sb.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var format in FormatCorpus.Formats)
        {
            var of = scores.Where(s => s.File.Format == format).ToList();
            int cells = of.Sum(s => s.Cells), exact = of.Sum(s => s.Exact), wrong = cells - exact, flagged = of.Sum(s => s.Flagged.Count);
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {format} | {of.Count} | {exact} / {cells} | {100.0 * exact / Math.Max(1, cells):0.00} | {of.Count(s => s.Wrong == 0)} / {of.Count} | {flagged} / {wrong} | {of.Sum(s => s.Time.TotalSeconds) / Math.Max(1, of.Count):0.00} |"));
        }

        return sb.ToString();
    }
}
