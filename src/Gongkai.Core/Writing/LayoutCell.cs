namespace Gongkai.Writing;

/// <summary>One printed cell of an official table, with its merge spans as the templates print them.</summary>
/// <param name="Kind">Caption, header, row label or value.</param>
/// <param name="Text">The exact label; empty for values (their text comes from the report).</param>
/// <param name="ColSpan">Grid columns the cell covers (1 = not merged across).</param>
/// <param name="RowSpan">Grid rows the cell covers (1 = not merged down).</param>
/// <param name="Key">For values, the cells.tsv key; otherwise null.</param>
public sealed record LayoutCell(LayoutCellKind Kind, string Text, int ColSpan = 1, int RowSpan = 1, string? Key = null)
{
    public static LayoutCell Value(string key, int colSpan = 1) => new(LayoutCellKind.Value, "", colSpan, 1, key);
}
