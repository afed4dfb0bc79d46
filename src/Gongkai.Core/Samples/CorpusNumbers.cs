using Gongkai.Agencies;
using Gongkai.Reports;

namespace Gongkai.Samples;

/// <summary>The tables of a generated report, scaled to the agency's level, and the arithmetic faults and corrections.</summary>
internal static class CorpusNumbers
{
    /// <summary>
    /// A consistent report (<see cref="ReportGenerator.Create"/>) whose activity follows the level: 表三 and 表四 are
    /// multiplied by a whole factor (every 勾稽关系 is linear, so they still hold); a township's 表二 counts are a tenth.
    /// </summary>
    public static AnnualReport Create(Random rng, CorpusAgency agency, ReportFormat format, int year)
    {
        var level = agency.Unit.Level;
        var department = agency.Department is not null;
        var busy = rng.NextDouble() < level switch
        {
            DivisionLevel.Township => 0.3,
            DivisionLevel.County => department ? 0.6 : 0.9,
            DivisionLevel.City => 0.95,
            _ => 1.0,
        };
        var report = ReportGenerator.Create(rng, format, year, busy);
        var factor = level switch
        {
            DivisionLevel.Township => 1,
            DivisionLevel.County => department ? 1 : 1 + rng.Next(2),
            DivisionLevel.City => 1 + rng.Next(4),
            _ => 2 + rng.Next(7),
        };
        var catalog = TemplateCatalog.Default;
        var changes = new List<KeyValuePair<string, decimal?>>();
        foreach (var d in catalog.For(format))
        {
            if (report[d.Key] is not { } v)
            {
                continue;
            }

            if (d.Table is 3 or 4 && factor > 1)
            {
                changes.Add(new(d.Key, v * factor));
            }
            else if (d.Table == 2 && level == DivisionLevel.Township && d.Unit == CellUnit.Count)
            {
                changes.Add(new(d.Key, decimal.Truncate(v / 10)));
            }
        }

        return changes.Count == 0 ? report : report.WithValues(changes);
    }

    /// <summary>One cell of 表三 or 表四 made one larger: every such cell stands in at least one 勾稽关系.</summary>
    public static (AnnualReport Report, string Key) Break(Random rng, AnnualReport report)
    {
        var keys = report.Cells.Where(kv => kv.Value.Value is not null && (kv.Key.StartsWith("s3.", StringComparison.Ordinal) || kv.Key.StartsWith("s4.", StringComparison.Ordinal)))
            .Select(kv => kv.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        var key = keys[rng.Next(keys.Count)];
        return (report.WithValues([new(key, report[key] + 1)]), key);
    }

    /// <summary>The corrected re-publication: the arithmetic fault (if any) undone and one to three 表二 counts changed.</summary>
    public static AnnualReport Correct(Random rng, AnnualReport report, string? brokenCell)
    {
        var changes = new List<KeyValuePair<string, decimal?>>();
        if (brokenCell is not null)
        {
            changes.Add(new(brokenCell, report[brokenCell] - 1));
        }

        var counts = TemplateCatalog.Default.For(report.Format)
            .Where(d => d.Table == 2 && d.Unit == CellUnit.Count && !d.Key.EndsWith(".change", StringComparison.Ordinal) && report[d.Key] is not null)
            .Select(d => d.Key)
            .ToList();
        for (var n = 1 + rng.Next(3); n > 0 && counts.Count > 0; n--)
        {
            var key = counts[rng.Next(counts.Count)];
            counts.Remove(key);
            changes.Add(new(key, report[key] + 1 + rng.Next(5)));
        }

        return report.WithValues(changes);
    }
}
