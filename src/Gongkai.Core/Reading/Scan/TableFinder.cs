namespace Gongkai.Reading;

/// <summary>
/// Groups rules that cross into tables and cuts each table into cells: every pair of neighbouring row rules and
/// column rules bounds a grid position, and two positions belong to one merged cell where the rule between them
/// is missing (the official tables merge header and label cells across rows and columns).
/// </summary>
internal static class TableFinder
{
    public static List<ScanTable> Find(List<Rule> horizontal, List<Rule> vertical, double unit)
    {
        var tolerance = Math.Max(4, (int)Math.Round(8 * unit));
        var all = horizontal.Concat(vertical).ToList();
        var parent = Enumerable.Range(0, all.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < horizontal.Count; i++)
        {
            for (var j = 0; j < vertical.Count; j++)
            {
                if (Crosses(horizontal[i], vertical[j], tolerance))
                {
                    parent[Root(i)] = Root(horizontal.Count + j);
                }
            }
        }

        var tables = new List<ScanTable>();
        foreach (var group in Enumerable.Range(0, all.Count).GroupBy(Root))
        {
            var h = group.Select(i => all[i]).Where(r => r.Horizontal).ToList();
            var v = group.Select(i => all[i]).Where(r => !r.Horizontal).ToList();
            if (Build(h, v, tolerance, unit) is { } table)
            {
                tables.Add(table);
            }
        }

        return [.. tables.OrderBy(t => t.Bounds.Y)];
    }

    private static bool Crosses(Rule h, Rule v, int tolerance) =>
        v.Pos >= h.From - tolerance && v.Pos <= h.To + tolerance && h.Pos >= v.From - tolerance && h.Pos <= v.To + tolerance;

    private static ScanTable? Build(List<Rule> h, List<Rule> v, int tolerance, double unit)
    {
        var ys = Cluster(h.Select(r => r.Pos), tolerance);
        var xs = Cluster(v.Select(r => r.Pos), tolerance);
        var minCell = (int)(20 * unit);
        ys = DropClose(ys, minCell);
        xs = DropClose(xs, minCell);
        if (ys.Count < 2 || xs.Count < 2)
        {
            return null;
        }

        int rows = ys.Count - 1, cols = xs.Count - 1;
        var parent = Enumerable.Range(0, rows * cols).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                if (c + 1 < cols && !Covered(v, xs[c + 1], ys[r], ys[r + 1], tolerance))
                {
                    parent[Root((r * cols) + c)] = Root((r * cols) + c + 1);
                }

                if (r + 1 < rows && !Covered(h, ys[r + 1], xs[c], xs[c + 1], tolerance))
                {
                    parent[Root((r * cols) + c)] = Root(((r + 1) * cols) + c);
                }
            }
        }

        var cells = new List<ScanCell>();
        foreach (var group in Enumerable.Range(0, rows * cols).GroupBy(Root))
        {
            int r0 = group.Min(i => i / cols), r1 = group.Max(i => i / cols);
            int c0 = group.Min(i => i % cols), c1 = group.Max(i => i % cols);
            cells.Add(new ScanCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1, new PixelBox(xs[c0], ys[r0], xs[c1 + 1] - xs[c0], ys[r1 + 1] - ys[r0])));
        }

        // A boxed glyph (口, 四 in a heading) is no table: a table is wide, or has several cells.
        var bounds = new PixelBox(xs[0], ys[0], xs[^1] - xs[0], ys[^1] - ys[0]);
        if (bounds.Height < 30 * unit || bounds.Width < 120 * unit || (cells.Count < 2 && bounds.Width < 300 * unit))
        {
            return null;
        }

        return new ScanTable(bounds, rows, cols, [.. cells.OrderBy(c => c.Row).ThenBy(c => c.Column)]);
    }

    /// <summary>True when rules at <paramref name="pos"/> cover most of the span from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static bool Covered(List<Rule> rules, int pos, int from, int to, int tolerance)
    {
        var span = to - from;
        if (span <= 0)
        {
            return true;
        }

        var covered = 0;
        foreach (var r in rules.Where(r => Math.Abs(r.Pos - pos) <= tolerance))
        {
            covered += Math.Max(0, Math.Min(r.To, to) - Math.Max(r.From, from));
        }

        return covered >= span * 0.5;
    }

    /// <summary>Positions within <paramref name="tolerance"/> of each other are one rule (its mean).</summary>
    private static List<int> Cluster(IEnumerable<int> positions, int tolerance)
    {
        var result = new List<int>();
        var group = new List<int>();
        foreach (var p in positions.Order())
        {
            if (group.Count > 0 && p - group[^1] > tolerance)
            {
                result.Add((int)group.Average());
                group.Clear();
            }

            group.Add(p);
        }

        if (group.Count > 0)
        {
            result.Add((int)group.Average());
        }

        return result;
    }

    /// <summary>Two rules closer than a cell can be (a doubled border) count as one.</summary>
    private static List<int> DropClose(List<int> positions, int min)
    {
        var result = new List<int>();
        foreach (var p in positions)
        {
            if (result.Count == 0 || p - result[^1] >= min)
            {
                result.Add(p);
            }
        }

        return result;
    }
}
