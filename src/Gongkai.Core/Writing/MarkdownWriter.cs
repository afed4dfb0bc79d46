using System.Text;
using Gongkai.Reports;

namespace Gongkai.Writing;

/// <summary>
/// Writes a report as Markdown: <c>#</c> title, <c>##</c> section headings, <c>###</c> for the 第二十条 sub-tables
/// of section 二, and pipe tables in the official structure (国办公开办函〔2021〕30号 / 〔2019〕60号) with every
/// header row; merged cells print once and leave the positions they cover empty.
/// </summary>
public static class MarkdownWriter
{
    public static string Write(AnnualReport report)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(ReportText.Title(report)).Append("\n\n");
        foreach (var section in ReportText.Sections(report))
        {
            sb.Append("## ").Append(section.Heading).Append("\n\n");
            foreach (var paragraph in section.Paragraphs)
            {
                sb.Append(paragraph).Append("\n\n");
            }

            foreach (var table in section.Tables)
            {
                if (table.Caption is { } caption)
                {
                    sb.Append("### ").Append(caption).Append("\n\n");
                }

                WriteTable(sb, table, report);
                sb.Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>The first header row is the Markdown header; the other header rows follow the delimiter row.</summary>
    private static void WriteTable(StringBuilder sb, LayoutTable table, AnnualReport report)
    {
        var rows = table.Grid();
        for (var r = 0; r < rows.Count; r++)
        {
            sb.Append('|');
            foreach (var slot in rows[r])
            {
                var text = slot.IsOrigin ? TableLayout.TextOf(slot.Cell, report) : "";
                sb.Append(' ').Append(Escape(text)).Append(" |");
            }

            sb.Append('\n');
            if (r == 0)
            {
                sb.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", table.Columns))).Append('\n');
            }
        }
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
