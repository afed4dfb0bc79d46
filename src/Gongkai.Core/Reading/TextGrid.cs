using System.Collections.Immutable;
using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>What the index of a cell in a row says about its column.</summary>
public enum RowShape
{
    /// <summary>The index is the grid column: tab grids, pipe rows, HTML rows with spans expanded.</summary>
    Grid,

    /// <summary>
    /// The row lists its own cells, as a Word table copied one cell per line does: a cell merged across columns
    /// counts once, so columns line up from the right end of the row, not from the left.
    /// </summary>
    Cells,

    /// <summary>Cells were split on runs of spaces: the index says nothing about the column.</summary>
    Spaces,
}

/// <summary>One cell of a source row: its text and where it starts.</summary>
/// <param name="Text">The cell's text as printed.</param>
/// <param name="Location">Where the cell starts in the source.</param>
/// <param name="X">
/// The left edge of the cell where the layout is drawn rather than gridded (text aligned with spaces), in display
/// columns from the line's start, a Chinese character counting two; NaN when unknown or not needed. The cell's
/// width in the same unit is the display width of its text.
/// </param>
public sealed record GridCell(string Text, SourceLocation Location, double X = double.NaN);

/// <summary>
/// One row of the source: a table row (several cells, blanks kept so positions stay meaningful) or a line
/// of prose (one cell).
/// </summary>
/// <param name="Cells">The cells in order.</param>
/// <param name="Shape">What a cell's index says about its column.</param>
public sealed record GridRow(ImmutableArray<GridCell> Cells, RowShape Shape = RowShape.Grid)
{
    /// <summary>True when a cell's index is its grid column.</summary>
    public bool Aligned => Shape == RowShape.Grid;

    public SourceLocation Location => Cells.IsEmpty ? SourceLocation.None : Cells[0].Location;

    /// <summary>All cell texts joined, for headings and prose.</summary>
    public string Text => Cells.Length == 1 ? Cells[0].Text : string.Join(" ", Cells.Select(c => c.Text).Where(t => t.Length > 0));

    public static GridRow Prose(string text, SourceLocation location) => new([new GridCell(text, location)]);
}

/// <summary>
/// What every reader produces: the document as rows of cells with source positions. Readers know formats,
/// not the report; the recognizer knows the report, not formats.
/// </summary>
public sealed record TextGrid(string? Source, ImmutableArray<GridRow> Rows, ImmutableArray<Diagnostic> Diagnostics);
