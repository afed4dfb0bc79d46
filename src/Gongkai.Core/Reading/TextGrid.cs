using System.Collections.Immutable;
using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>One cell of a source row: its text and where it starts.</summary>
public sealed record GridCell(string Text, SourceLocation Location);

/// <summary>
/// One row of the source: a table row (several cells, blanks kept so positions stay meaningful) or a line
/// of prose (one cell).
/// </summary>
/// <param name="Cells">The cells in order.</param>
/// <param name="Aligned">True when a cell's index is its grid column (tab, pipe and HTML rows, Word cells);
/// false when cells were split on runs of spaces and their index says nothing about the column.</param>
public sealed record GridRow(ImmutableArray<GridCell> Cells, bool Aligned = true)
{
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
