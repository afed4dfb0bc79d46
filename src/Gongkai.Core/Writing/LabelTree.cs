namespace Gongkai.Writing;

/// <summary>
/// Turns label paths (cells.tsv rows like <c>三/（三）不予公开/1.属于国家秘密</c>, or column paths like
/// <c>行政诉讼/未经复议直接起诉/结果维持</c>) into the merged cells the templates print: a segment shared by
/// consecutive paths is one cell spanning them, and a path's last segment spans the remaining levels.
/// </summary>
internal static class LabelTree
{
    /// <summary>A merged label: printed at path <paramref name="Index"/>, level <paramref name="Level"/>.</summary>
    /// <param name="Along">Paths covered (rows for row labels, columns for column headers).</param>
    /// <param name="Across">Levels covered (columns for row labels, rows for column headers).</param>
    public readonly record struct Span(int Index, int Level, string Text, int Along, int Across);

    public static IReadOnlyList<Span> Build(IReadOnlyList<string[]> rawPaths, int depth)
    {
        var paths = Expand(rawPaths);
        var spans = new List<Span>();
        for (var i = 0; i < paths.Count; i++)
        {
            for (var level = 0; level < paths[i].Length; level++)
            {
                if (i > 0 && SharesPrefix(paths[i - 1], paths[i], level))
                {
                    continue;
                }

                var along = 1;
                while (i + along < paths.Count && SharesPrefix(paths[i], paths[i + along], level))
                {
                    along++;
                }

                var across = level == paths[i].Length - 1 ? depth - level : 1;
                spans.Add(new Span(i, level, paths[i][level], along, across));
            }
        }

        return spans;
    }

    /// <summary>cells.tsv abbreviates a repeated group label to its numeral (<c>三</c> for <c>三、本年度办理结果</c>): restore it.</summary>
    private static List<string[]> Expand(IReadOnlyList<string[]> paths)
    {
        var full = paths.SelectMany(p => p).Where(s => s.Contains('、')).Distinct().ToArray();
        return paths.Select(p => p.Select(s => full.FirstOrDefault(f => f.StartsWith(s + "、", StringComparison.Ordinal)) ?? s).ToArray()).ToList();
    }

    private static bool SharesPrefix(string[] a, string[] b, int level)
    {
        if (a.Length <= level || b.Length <= level || a.Length - 1 == level || b.Length - 1 == level)
        {
            // A leaf is never shared: two rows may print the same last label (e.g. 3.其他 under different groups).
            return false;
        }

        for (var l = 0; l <= level; l++)
        {
            if (a[l] != b[l])
            {
                return false;
            }
        }

        return true;
    }
}
