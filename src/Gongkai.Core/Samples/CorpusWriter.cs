namespace Gongkai.Samples;

/// <summary>How a generated report was rendered to text.</summary>
public enum CorpusWriter
{
    CellPerLine,
    TabGrid,
    Pipe,
    Spaces,
    Markdown,
    Html,
}
