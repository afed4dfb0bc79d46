using System.Collections.Immutable;
using System.Text;
using DocumentFormat.OpenXml;
using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>
/// Walks a WordprocessingML body (ECMA-376 Part 1 §17) into grid rows: each paragraph is a prose row, each table
/// row (<c>w:tr</c>) a grid row whose cell index is its grid column, text boxes are read where they are anchored.
/// </summary>
/// <remarks>
/// Grid columns: <c>w:gridBefore</c> (§17.4.15) adds leading empty cells, a cell spanning columns
/// (<c>w:gridSpan</c>, §17.4.17) is followed by empty cells, and a cell continuing a vertical merge
/// (<c>w:vMerge</c> without <c>restart</c>, §17.4.84) is empty, as the HTML reader does with colspan and rowspan.
/// A row whose cells hold tables, or long text in several paragraphs, is page layout: its cells are read as
/// content. Tracked changes are read as accepted (deletions skipped); hidden text (<c>w:vanish</c>) is skipped;
/// of <c>mc:AlternateContent</c> only the first choice is read, so a text box is not read twice.
/// </remarks>
internal sealed partial class DocxGridBuilder
{
    private const int MaxDepth = 64;
    private const int MaxSpan = 1000;

    private readonly string? source;
    private readonly int maxRows;
    private readonly Func<string, IEnumerable<GridRow>>? altChunk;
    private readonly ImmutableArray<GridRow>.Builder rows = ImmutableArray.CreateBuilder<GridRow>();
    private readonly StringBuilder line = new();
    private StringBuilder? cell;
    private int ordinal;
    private int lineAt;

    private DocxGridBuilder(string? source, int maxRows, Func<string, IEnumerable<GridRow>>? altChunk)
    {
        this.source = source;
        this.maxRows = maxRows;
        this.altChunk = altChunk;
    }

    public bool Cut { get; private set; }

    public bool Tracked { get; private set; }

    public int Images { get; private set; }

    /// <param name="altChunk">Reads an imported chunk (<c>w:altChunk</c>, §17.17.2.1) by relationship id into rows, or null.</param>
    public static DocxGridBuilder Build(OpenXmlElement body, string? source, int maxRows, Func<string, IEnumerable<GridRow>>? altChunk = null)
    {
        var builder = new DocxGridBuilder(source, maxRows, altChunk);
        builder.Block(body, 0);
        return builder;
    }

    public ImmutableArray<GridRow> Rows => rows.ToImmutable();

    /// <summary>Block-level content: paragraphs, tables, content controls (§17.5.2) and custom XML around them.</summary>
    private void Block(OpenXmlElement container, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var child in container.ChildElements)
        {
            if (Cut)
            {
                return;
            }

            switch (DocxMarkup.Name(child))
            {
                case "p":
                    Paragraph(child, depth);
                    break;
                case "tbl":
                    Table(child, depth);
                    break;
                case "sdt" or "sdtContent" or "customXml" or "smartTag":
                    Block(child, depth + 1);
                    break;
                case "ins" or "moveTo":
                    Tracked = true;
                    Block(child, depth + 1);
                    break;
                case "del" or "moveFrom":
                    Tracked = true;
                    break;
                case "AlternateContent":
                    Block(DocxMarkup.Choice(child), depth + 1);
                    break;
                case "altChunk" when cell is null && altChunk is not null && DocxMarkup.RelationshipId(child) is { } id:
                    foreach (var row in altChunk(id))
                    {
                        var at = ++ordinal;
                        Add(row with { Cells = [.. row.Cells.Select((c, i) => c with { Location = new SourceLocation(source, at, i + 1) })] });
                    }

                    break;
            }
        }
    }

    private void Paragraph(OpenXmlElement p, int depth)
    {
        if (cell is not null)
        {
            cell.Append(' ');
            Inline(p, depth);
            return;
        }

        lineAt = ++ordinal;
        Inline(p, depth);
        FlushLine();
    }

    /// <summary>Run-level content (§17.3.3): text, tabs and breaks, with text boxes read where they are anchored.</summary>
    private void Inline(OpenXmlElement element, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        var text = cell ?? line;
        foreach (var child in element.ChildElements)
        {
            switch (DocxMarkup.Name(child))
            {
                case "t":
                    text.Append(child.InnerText);
                    break;
                case "tab" or "ptab":
                    text.Append(' ');
                    break;
                case "br" or "cr":
                    if (cell is null)
                    {
                        FlushLine();
                    }
                    else
                    {
                        cell.Append(' ');
                    }

                    break;
                case "noBreakHyphen":
                    text.Append('-');
                    break;
                case "r" when DocxMarkup.IsHidden(child):
                case "pPr" or "rPr" or "delText" or "instrText" or "delInstrText" or "sym" or "softHyphen":
                    break;
                case "del" or "moveFrom":
                    Tracked = true;
                    break;
                case "ins" or "moveTo":
                    Tracked = true;
                    Inline(child, depth + 1);
                    break;
                case "txbxContent":
                    TextBox(child, depth + 1);
                    break;
                case "AlternateContent":
                    Inline(DocxMarkup.Choice(child), depth + 1);
                    break;
                case "blip" or "imagedata":
                    Images++;
                    break;
                default:
                    Inline(child, depth + 1);
                    break;
            }
        }
    }

    /// <summary>A text box (§17.3.3.28 <c>w:txbxContent</c>): its paragraphs and tables, in order, where it is anchored.</summary>
    private void TextBox(OpenXmlElement content, int depth)
    {
        if (cell is not null)
        {
            Block(content, depth);
            return;
        }

        var at = lineAt;
        FlushLine();
        Block(content, depth);
        lineAt = at;
    }

    private void FlushLine()
    {
        var text = MarkupText.Collapse(line.ToString());
        line.Clear();
        if (text.Length > 0)
        {
            Add(GridRow.Prose(text, new SourceLocation(source, lineAt, 1)));
        }
    }

    private void Add(GridRow row)
    {
        if (rows.Count >= maxRows)
        {
            Cut = true;
            return;
        }

        rows.Add(row);
    }
}
