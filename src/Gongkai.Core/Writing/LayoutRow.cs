using System.Collections.Immutable;

namespace Gongkai.Writing;

/// <summary>One row of an official table: the cells that start in it, left to right (cells merged down from rows above are not repeated).</summary>
public sealed record LayoutRow(bool IsHeader, ImmutableArray<LayoutCell> Cells);
