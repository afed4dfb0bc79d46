using Gongkai.Reports;

namespace Gongkai.Recognition;

/// <summary>
/// Chooses among the readings of flattened table-三 rows by the table's own 勾稽 relations, per column:
/// 一 + 二 = （七）总计 + 四, and （七）总计 = the sum of all outcome rows. A row keeps every reading that
/// appears in some combination satisfying all relations whose cells are known.
/// </summary>
internal static class Table3Solver
{
    private const int MaxCombinations = 200_000;

    public static Dictionary<string, List<long[]>> Solve(ReportDraft draft, Dictionary<string, List<long[]>> ambiguous)
    {
        var rows = ambiguous.Keys.ToArray();
        var survivors = rows.ToDictionary(r => r, _ => new List<long[]>());
        long combos = 1;
        foreach (var r in rows)
        {
            combos = Math.Min(long.MaxValue / 2, combos * ambiguous[r].Count);
        }

        if (combos > MaxCombinations)
        {
            return ambiguous;
        }

        var templateRows = TemplateCatalog.Default.For(draft.Format).Where(d => d.Table == 3 && d.Key.EndsWith(".total", StringComparison.Ordinal))
            .Select(d => Samples.ReportGenerator.RowOf(d.Key)).ToArray();
        var outcomes = templateRows.Where(r => r is not ("received" or "carried_in" or "total" or "carried_out")).ToArray();
        var pick = new int[rows.Length];
        for (var n = 0L; n < combos; n++)
        {
            var k = n;
            for (var i = 0; i < rows.Length; i++)
            {
                pick[i] = (int)(k % ambiguous[rows[i]].Count);
                k /= ambiguous[rows[i]].Count;
            }

            long? Value(string row, int col)
            {
                var at = Array.IndexOf(rows, row);
                if (at >= 0)
                {
                    return ambiguous[row][pick[at]][col];
                }

                return draft.Cells.TryGetValue(CellKeys.Of(3, row, Table3Labels.Columns[col]), out var c) && c.Value is { } v && v == decimal.Truncate(v) && Math.Abs(v) < 1e15m ? (long)v : null;
            }

            if (Consistent(Value, outcomes))
            {
                for (var i = 0; i < rows.Length; i++)
                {
                    var reading = ambiguous[rows[i]][pick[i]];
                    if (!survivors[rows[i]].Contains(reading))
                    {
                        survivors[rows[i]].Add(reading);
                    }
                }
            }
        }

        return survivors;
    }

    private static bool Consistent(Func<string, int, long?> value, string[] outcomes)
    {
        for (var col = 0; col < 7; col++)
        {
            var received = value("received", col);
            var carriedIn = value("carried_in", col);
            var total = value("total", col);
            var carriedOut = value("carried_out", col);
            if (received is { } a && carriedIn is { } b && total is { } t && carriedOut is { } d && a + b != t + d)
            {
                return false;
            }

            if (total is { } tt)
            {
                long sum = 0;
                var known = true;
                foreach (var o in outcomes)
                {
                    if (value(o, col) is { } v)
                    {
                        sum += v;
                    }
                    else
                    {
                        known = false;
                        break;
                    }
                }

                if (known && sum != tt)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
