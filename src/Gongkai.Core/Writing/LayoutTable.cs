using System.Collections.Immutable;

namespace Gongkai.Writing;

/// <summary>One official table (or, in section 二, one 第二十条 sub-table) with its merged cells.</summary>
/// <param name="Caption">The sub-table caption of section 二 (第二十条第（一）项 …), printed as a full-width row; null for tables 三 and 四.</param>
/// <param name="Columns">Grid columns.</param>
/// <param name="ColumnWeights">Relative column widths (writers scale them by their sum).</param>
/// <param name="Rows">Header rows first, then body rows.</param>
public sealed record LayoutTable(string? Caption, int Columns, ImmutableArray<int> ColumnWeights, ImmutableArray<LayoutRow> Rows)
{
    /// <summary>
    /// The full grid, <see cref="Rows"/> × <see cref="Columns"/>: every position names the printed cell covering it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The rows do not tile the grid (a bug in the layout).</exception>
    public IReadOnlyList<LayoutSlot[]> Grid()
    {
        var grid = new LayoutSlot?[Rows.Length, Columns];
        for (var r = 0; r < Rows.Length; r++)
        {
            var c = 0;
            foreach (var cell in Rows[r].Cells)
            {
                while (c < Columns && grid[r, c] is not null)
                {
                    c++;
                }

                if (c + cell.ColSpan > Columns || r + cell.RowSpan > Rows.Length)
                {
                    throw new InvalidOperationException($"layout cell \"{cell.Text}{cell.Key}\" does not fit the {Rows.Length}×{Columns} grid");
                }

                for (var dr = 0; dr < cell.RowSpan; dr++)
                {
                    for (var dc = 0; dc < cell.ColSpan; dc++)
                    {
                        grid[r + dr, c + dc] = new LayoutSlot(cell, dr, dc);
                    }
                }

                c += cell.ColSpan;
            }
        }

        var rows = new LayoutSlot[Rows.Length][];
        for (var r = 0; r < Rows.Length; r++)
        {
            rows[r] = new LayoutSlot[Columns];
            for (var c = 0; c < Columns; c++)
            {
                rows[r][c] = grid[r, c] ?? throw new InvalidOperationException($"layout row {r} leaves column {c} empty");
            }
        }

        return rows;
    }
}
