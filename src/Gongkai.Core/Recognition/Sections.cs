using Gongkai.Reports;

namespace Gongkai.Recognition;

/// <summary>
/// The text of each section found: its heading line (Markdown marks removed), then its prose lines. In the
/// table sections (二, 三, 四) only sentences outside the tables are kept.
/// </summary>
internal static class Sections
{
    public static Dictionary<SectionKind, string> Collect(IReadOnlyList<RowView> rows, Regions regions)
    {
        var result = new Dictionary<SectionKind, string>();
        foreach (var (kind, at) in regions.Headings.OrderBy(h => h.Value))
        {
            var lines = new List<string> { Clean(rows[at].Row.Text) };
            var tableSection = kind is SectionKind.Proactive or SectionKind.Applications or SectionKind.Appeals;
            for (var i = at + 1; i < rows.Count && !regions.Headings.ContainsValue(i); i++)
            {
                var row = rows[i];
                if (regions.SectionOf[i] != kind)
                {
                    break;
                }

                if (tableSection && !(row.IsProse && IsSentence(row.Norm)))
                {
                    continue;
                }

                var text = Clean(row.Row.Text);
                if (text.Length > 0)
                {
                    lines.Add(text);
                }
            }

            result[kind] = string.Join("\n", lines);
        }

        return result;
    }

    private static bool IsSentence(string norm) => norm.Length >= 8 && (norm.EndsWith('。') || norm.Contains('。'));

    /// <summary>Trimmed, Markdown heading and emphasis marks removed, inner runs of spaces kept as printed.</summary>
    private static string Clean(string text)
    {
        var t = text.Trim().TrimStart('#').Trim();
        if (t.StartsWith("**", StringComparison.Ordinal) && t.EndsWith("**", StringComparison.Ordinal) && t.Length > 4)
        {
            t = t[2..^2];
        }

        return t.Replace("[bookmark: _GoBack]", "", StringComparison.Ordinal).Trim();
    }
}
