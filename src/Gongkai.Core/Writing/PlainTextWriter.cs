using System.Text;
using Gongkai.Reports;

namespace Gongkai.Writing;

/// <summary>
/// Writes a report as plain text in one of the layouts real reports take (<see cref="TextLayout"/>): the title,
/// then the six sections in order, the tables of 二, 三 and 四 in the official structure with the exact labels
/// (国办公开办函〔2021〕30号 / 〔2019〕60号).
/// </summary>
/// <remarks>Blank cells (null values) are written as empty cells; numbers in invariant culture without trailing zeros.</remarks>
public static class PlainTextWriter
{
    public static string Write(AnnualReport report, TextLayout layout = TextLayout.TabGrid)
    {
        var sb = new StringBuilder();
        var spaced = layout is TextLayout.TabGrid or TextLayout.Spaces;
        sb.Append(ReportText.Title(report)).Append('\n').Append('\n');
        foreach (var section in ReportText.Sections(report))
        {
            sb.Append(section.Heading).Append('\n');
            if (spaced)
            {
                // Seed 003 (and pdftotext) separate paragraphs by blank lines.
                sb.Append('\n');
            }

            foreach (var paragraph in section.Paragraphs)
            {
                sb.Append(paragraph).Append('\n');
                if (spaced)
                {
                    sb.Append('\n');
                }
            }

            if (section.Tables.Count == 0)
            {
                continue;
            }

            switch (layout)
            {
                case TextLayout.CellPerLine:
                    WriteCellPerLine(sb, section.Tables, report);
                    break;
                case TextLayout.Spaces:
                    SpacedColumns.Write(sb, section.Tables, report);
                    break;
                default:
                    WriteGrid(sb, section.Tables, report, layout == TextLayout.Pipe);
                    break;
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Seeds 000–002: each cell a line starting with a tab, a blank line after each row.</summary>
    private static void WriteCellPerLine(StringBuilder sb, IReadOnlyList<LayoutTable> tables, AnnualReport report)
    {
        sb.Append('\n');
        foreach (var table in tables)
        {
            if (table.Caption is { } caption)
            {
                sb.Append('\t').Append(caption).Append('\n').Append('\n');
            }

            foreach (var row in table.Grid())
            {
                foreach (var slot in row)
                {
                    if (slot.IsOrigin)
                    {
                        sb.Append('\t').Append(TableLayout.TextOf(slot.Cell, report)).Append('\n');
                    }
                    else if (slot.IsMergedDown)
                    {
                        sb.Append('\t').Append('\n');
                    }
                }

                sb.Append('\n');
            }
        }

        sb.Append('\n');
    }

    /// <summary>Seed 003 (tabs) or pipe rows: one line per grid row, merged cells repeated as empty cells.</summary>
    private static void WriteGrid(StringBuilder sb, IReadOnlyList<LayoutTable> tables, AnnualReport report, bool pipes)
    {
        foreach (var table in tables)
        {
            if (table.Caption is { } caption)
            {
                AppendRow(sb, [caption, .. Enumerable.Repeat("", table.Columns - 1)], pipes);
            }

            foreach (var row in table.Grid())
            {
                AppendRow(sb, row.Select(s => s.IsOrigin ? TableLayout.TextOf(s.Cell, report) : ""), pipes);
            }
        }
    }

    private static void AppendRow(StringBuilder sb, IEnumerable<string> cells, bool pipes)
    {
        if (pipes)
        {
            sb.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
        }
        else
        {
            sb.AppendJoin('\t', cells).Append('\n');
        }
    }
}
