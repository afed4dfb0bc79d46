namespace Gongkai.Writing;

/// <summary>The shapes real reports take once they are plain text (shared/spec/layouts-in-the-wild.md).</summary>
public enum TextLayout
{
    /// <summary>
    /// One cell per line, each line starting with a tab, a blank line after each table row: a Word table copied
    /// as text (seeds 000–002). A merged cell is printed once; the rows it covers below print an empty cell in its place.
    /// </summary>
    CellPerLine,

    /// <summary>One table row per line, cells separated by tabs, the full grid (merged cells repeat as empty cells): seed 003.</summary>
    TabGrid,

    /// <summary>One table row per line as <c>| a | b |</c>, the full grid: web pages converted to text.</summary>
    Pipe,

    /// <summary>Columns separated by runs of two or more spaces and aligned by display width, like <c>pdftotext -layout</c>.</summary>
    Spaces,
}
