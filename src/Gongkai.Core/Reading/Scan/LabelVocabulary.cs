using Gongkai.Reports;
using Gongkai.Writing;

namespace Gongkai.Reading;

/// <summary>
/// The fixed wording of the official tables and section headings (国办公开办函〔2019〕60号, 〔2021〕30号), used to
/// correct OCR of labels: a table label read with a few wrong characters is replaced by the one template label it is
/// clearly closest to. Numbers are never corrected this way; labels only say where the numbers go.
/// </summary>
internal static class LabelVocabulary
{
    private static readonly string[] Labels = Build();

    private static readonly string[] Headings = [.. SectionKinds.All.Select(k => k.Heading())];

    private static string[] Build()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var format in new[] { ReportFormat.Revised2021, ReportFormat.Trial2019 })
        {
            foreach (var table in SectionKinds.All.SelectMany(k => TableLayout.For(k, format)))
            {
                if (table.Caption is { } caption)
                {
                    set.Add(caption);
                }

                foreach (var cell in table.Rows.SelectMany(r => r.Cells).Where(c => c.Key is null && c.Text.Length > 0))
                {
                    set.Add(cell.Text);
                }
            }
        }

        return [.. set];
    }

    /// <summary>The template label a table cell's OCR text stands for, or null when none is close enough.</summary>
    public static string? SnapLabel(string text) => Snap(text, Labels, 0.34);

    /// <summary>A section heading a prose line stands for, or null.</summary>
    public static string? SnapHeading(string text) => text.Length <= 30 ? Snap(text, Headings, 0.25) : null;

    private static string? Snap(string text, string[] vocabulary, double maxShare)
    {
        var key = Key(text);
        if (key.Length == 0)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        var second = int.MaxValue;
        foreach (var entry in vocabulary)
        {
            var e = Key(entry);
            if (Math.Abs(e.Length - key.Length) > Math.Max(e.Length, key.Length) * maxShare)
            {
                continue;
            }

            var d = Distance(key, e);
            if (d < bestDistance)
            {
                second = bestDistance;
                bestDistance = d;
                best = entry;
            }
            else if (d < second)
            {
                second = d;
            }
        }

        if (best is null)
        {
            return null;
        }

        var allowed = Math.Max(1, (int)(Key(best).Length * maxShare));
        return bestDistance <= allowed && second > bestDistance ? best : null;
    }

    /// <summary>The characters that matter for matching: no white space, ASCII forms of full-width punctuation.</summary>
    private static string Key(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var ch = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (!char.IsWhiteSpace(ch))
            {
                sb.Append(ch switch { '“' or '”' => '"', '、' => ',', _ => ch });
            }
        }

        return sb.ToString();
    }

    /// <summary>Levenshtein distance.</summary>
    private static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}
