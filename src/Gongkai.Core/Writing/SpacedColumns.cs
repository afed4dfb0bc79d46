using System.Text;
using Gongkai.Reports;

namespace Gongkai.Writing;

/// <summary>
/// Tables as <c>pdftotext -layout</c> prints them: each cell's text starts at its column, columns separated by at
/// least two spaces and aligned by display width; a merged cell prints once, in its first row and column.
/// </summary>
internal static class SpacedColumns
{
    private const int Gap = 2;

    /// <summary>Writes a section's tables with one set of column widths, so its sub-tables line up.</summary>
    public static void Write(StringBuilder sb, IReadOnlyList<LayoutTable> tables, AnnualReport report)
    {
        var columns = tables.Max(t => t.Columns);
        var grids = tables.Select(t => (Table: t, Rows: t.Grid())).ToArray();
        var origins = grids.SelectMany(g => g.Rows.SelectMany(r => r.Select((s, c) => (Slot: s, Column: c)).Where(x => x.Slot.IsOrigin))).ToArray();
        var widths = new int[columns];
        foreach (var (slot, column) in origins.OrderBy(x => x.Slot.Cell.ColSpan))
        {
            var span = slot.Cell.ColSpan;
            var have = widths.Skip(column).Take(span).Sum() + (Gap * (span - 1));
            var need = TextWidth.Of(TableLayout.TextOf(slot.Cell, report));
            if (need > have)
            {
                widths[column + span - 1] += need - have;
            }
        }

        foreach (var (table, rows) in grids)
        {
            if (table.Caption is { } caption)
            {
                sb.Append(caption).Append('\n');
            }

            foreach (var row in rows)
            {
                int at = 0, written = 0;
                for (var c = 0; c < row.Length; c++)
                {
                    var text = row[c].IsOrigin ? TableLayout.TextOf(row[c].Cell, report) : "";
                    if (text.Length > 0)
                    {
                        sb.Append(' ', at - written).Append(text);
                        written = at + TextWidth.Of(text);
                    }

                    at += widths[c] + Gap;
                }

                sb.Append('\n');
            }
        }
    }
}
