using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Checking;

/// <summary>
/// Completeness: the six sections 《政府信息公开条例》第五十条 requires, and every table cell filled with a
/// number (政府信息公开工作年度报告格式: a cell with nothing to report holds 0).
/// </summary>
internal static class CompletenessRules
{
    /// <summary>Texts that stand for "nothing" where the template wants a number.</summary>
    private static readonly HashSet<string> PlaceholderWords = ["无", "暂无", "空", "没有", "不适用", "未填", "N/A", "n/a", "NA", "null"];

    /// <summary>
    /// GK0403: a section of the six is missing. When its table was recognized (some cell of table 二, 三 or 四
    /// holds a number) the heading is what is missing; the finding then names the first such cell.
    /// Nothing is said when nothing at all was recognized (no template, no section): the reader's GK0105 covers that.
    /// </summary>
    public static IEnumerable<Diagnostic> SectionsMissing(CheckContext c)
    {
        if (c.Report.Format == ReportFormat.Unknown && c.Report.Sections.Count == 0)
        {
            yield break;
        }

        foreach (var kind in SectionKinds.All)
        {
            if (c.Report.Sections.ContainsKey(kind))
            {
                continue;
            }

            var numeral = kind.Heading()[..1];
            var table = TableOf(kind);
            var recognized = table is null
                ? null
                : c.Catalog.For(c.Report.Format).FirstOrDefault(d => d.Table == table && c.Report[d.Key] is not null);
            yield return recognized is null
                ? c.Finding(DiagnosticCodes.SectionMissing, [], numeral, kind.Title(), "", (int)kind, "")
                : c.Finding(
                    DiagnosticCodes.SectionMissing, [recognized.Key], numeral, kind.Title(),
                    "的标题（该部分的表格已识别）", (int)kind, " (its table was recognized but its heading was not found)");
        }
    }

    /// <summary>GK0404: once per table, the cells that hold no legible number, all listed.</summary>
    public static IEnumerable<Diagnostic> CellsMissing(CheckContext c)
    {
        foreach (var table in new[] { 2, 3, 4 })
        {
            var blank = c.Entries
                .Where(e => e.Def.Table == table && e.Cell.Value is null)
                .Select(e => e.Def.Key)
                .ToArray();
            if (blank.Length > 0)
            {
                yield return c.Finding(DiagnosticCodes.CellsMissing, blank, Tables.Numeral(table), blank.Length, table);
            }
        }
    }

    /// <summary>GK0405: a cell printed as a placeholder ("/", "—", "无" …) instead of a number.</summary>
    public static IEnumerable<Diagnostic> Placeholders(CheckContext c)
    {
        foreach (var (def, cell) in c.Entries)
        {
            if (cell.Printed is { } printed && IsPlaceholder(printed))
            {
                yield return c.Finding(DiagnosticCodes.CellPlaceholder, [def.Key], c.Label(def.Key), printed.Trim());
            }
        }
    }

    /// <summary>
    /// GK0406: a negative count. Only the 2019 template's 本年增/减 column (<c>*.change</c>,
    /// 国办公开办函〔2019〕60号 第二十条第（五）（六）（八）项) may be negative.
    /// </summary>
    public static IEnumerable<Diagnostic> NegativeCounts(CheckContext c)
    {
        foreach (var (def, cell) in c.Entries)
        {
            if (cell.Value is { } value && value < 0 && def.Unit == CellUnit.Count && !def.Key.EndsWith(".change", StringComparison.Ordinal))
            {
                yield return c.Finding(DiagnosticCodes.NegativeCount, [def.Key], c.Label(def.Key), value);
            }
        }
    }

    /// <summary>True for dashes, slashes, crosses and words like 无 that stand in for a number.</summary>
    public static bool IsPlaceholder(string printed)
    {
        var text = printed.Trim();
        return text.Length > 0
            && (PlaceholderWords.Contains(text) || text.All(ch => "/／\\-－—–―~～…×xX*＊.。、 ".Contains(ch)));
    }

    private static int? TableOf(SectionKind kind) => kind switch
    {
        SectionKind.Proactive => 2,
        SectionKind.Applications => 3,
        SectionKind.Appeals => 4,
        _ => null,
    };
}
