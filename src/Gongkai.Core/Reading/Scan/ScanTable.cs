namespace Gongkai.Reading;

/// <summary>One cell of a ruled table: its grid position and spans (merged cells count once) and its box inside the rules.</summary>
internal sealed record ScanCell(int Row, int Column, int RowSpan, int ColumnSpan, PixelBox Box);

/// <summary>A ruled table found on a page: its outline, grid size and cells (every grid position is covered by one cell).</summary>
internal sealed record ScanTable(PixelBox Bounds, int Rows, int Columns, IReadOnlyList<ScanCell> Cells);
