namespace Gongkai.Writing;

/// <summary>
/// One position of a table's full grid: the printed cell covering it and where the position lies inside that
/// cell (offsets 0, 0 = the cell's top-left corner, where its text is printed).
/// </summary>
public readonly record struct LayoutSlot(LayoutCell Cell, int RowOffset, int ColumnOffset)
{
    /// <summary>The cell's top-left position: its text goes here.</summary>
    public bool IsOrigin => RowOffset == 0 && ColumnOffset == 0;

    /// <summary>The first column of a row below the cell's first row: where a word processor keeps a vertically merged cell (w:vMerge continue).</summary>
    public bool IsMergedDown => RowOffset > 0 && ColumnOffset == 0;
}
