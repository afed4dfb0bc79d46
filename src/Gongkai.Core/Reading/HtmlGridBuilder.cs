using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>
/// Walks a parsed HTML page into grid rows: each table row becomes a row of cells (a cell spanning columns is
/// followed by empty cells, and the rows below a cell spanning rows get an empty cell in its place, so a cell's
/// index is its grid column), and
/// the text outside tables becomes prose rows, one per block element or <c>&lt;br&gt;</c>-separated line.
/// </summary>
internal sealed class HtmlGridBuilder
{
    /// <summary>Deeper markup is read as flat text, so hostile nesting cannot exhaust the stack.</summary>
    private const int MaxDepth = 200;
    private const int MaxColSpan = 1000;

    private static readonly FrozenSet<string> Ignored = FrozenSet.ToFrozenSet(
        ["script", "style", "noscript", "template", "head", "title", "iframe", "object", "svg", "math", "select", "button"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Blocks = FrozenSet.ToFrozenSet(
        ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "header", "footer",
         "main", "nav", "aside", "blockquote", "pre", "center", "address", "figure", "figcaption", "form", "fieldset", "legend",
         "hr", "body", "html", "caption", "details", "summary", "td", "th", "tr"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Headings = FrozenSet.ToFrozenSet(["h1", "h2", "h3", "h4", "h5", "h6"], StringComparer.Ordinal);

    private readonly string? source;
    private readonly int maxRows;
    private readonly ImmutableArray<GridRow>.Builder rows = ImmutableArray.CreateBuilder<GridRow>();
    private readonly StringBuilder line = new();
    private SourceLocation lineAt;

    private HtmlGridBuilder(string? source, int maxRows)
    {
        this.source = source;
        this.maxRows = maxRows;
    }

    public static ImmutableArray<GridRow> Build(IDocument document, string? source, int maxRows)
    {
        var builder = new HtmlGridBuilder(source, maxRows);
        if ((document.Body ?? document.DocumentElement) is { } root)
        {
            builder.Walk(root, 0);
        }

        builder.FlushLine();
        return builder.rows.ToImmutable();
    }

    private void Walk(INode node, int depth)
    {
        if (rows.Count >= maxRows)
        {
            return;
        }

        if (node is IText text)
        {
            Append(text.Data, text.ParentElement);
            return;
        }

        if (node is not IElement element || Ignored.Contains(element.LocalName))
        {
            return;
        }

        var name = element.LocalName;
        if (name == "br")
        {
            FlushLine();
            return;
        }

        if (depth > MaxDepth)
        {
            Append(FlatText(element), element);
            return;
        }

        if (element is IHtmlTableElement table)
        {
            FlushLine();
            Table(table, depth);
            return;
        }

        var block = Blocks.Contains(name);
        if (block)
        {
            FlushLine();
        }

        foreach (var child in element.ChildNodes)
        {
            Walk(child, depth + 1);
        }

        if (block)
        {
            FlushLine();
        }
    }

    private void Table(IHtmlTableElement table, int depth)
    {
        if (table.Caption is { } caption)
        {
            Walk(caption, depth + 1);
        }

        // Rows still covered by a cell above (rowspan), per grid column.
        var covered = new List<int>();

        foreach (var row in table.Rows)
        {
            if (rows.Count >= maxRows)
            {
                return;
            }

            var cells = row.Cells;
            if (cells.Length == 0)
            {
                continue;
            }

            if (cells.Any(IsContainer))
            {
                // A layout table (page frame, nested tables): read what its cells contain, not the cells.
                foreach (var cell in cells)
                {
                    Walk(cell, depth + 1);
                }

                continue;
            }

            var grid = ImmutableArray.CreateBuilder<GridCell>();
            foreach (var cell in cells)
            {
                var at = Location(cell);
                SkipCovered(grid, covered, at);
                var span = Math.Clamp(cell.ColumnSpan, 1, MaxColSpan);
                var down = Math.Clamp(cell.RowSpan, 1, MaxColSpan) - 1;
                for (var k = 0; k < span; k++)
                {
                    while (covered.Count <= grid.Count)
                    {
                        covered.Add(0);
                    }

                    covered[grid.Count] = down;
                    grid.Add(new GridCell(k == 0 ? MarkupText.Collapse(FlatText(cell)) : "", at));
                }
            }

            // Columns after the last cell that are covered from above: their row is counted off too.
            for (var c = grid.Count; c < covered.Count; c++)
            {
                covered[c] = Math.Max(0, covered[c] - 1);
            }

            rows.Add(new GridRow(grid.ToImmutable()));
        }
    }

    /// <summary>Adds an empty cell for each column at the row's current end that a cell above still covers.</summary>
    private static void SkipCovered(ImmutableArray<GridCell>.Builder grid, List<int> covered, SourceLocation at)
    {
        while (grid.Count < covered.Count && covered[grid.Count] > 0)
        {
            covered[grid.Count]--;
            grid.Add(new GridCell("", at));
        }
    }

    /// <summary>A cell that holds a table, a heading or long block text is page layout, not a report table cell.</summary>
    private static bool IsContainer(IHtmlTableCellElement cell)
    {
        if (cell.QuerySelector("table, h1, h2, h3, h4, h5, h6") is not null)
        {
            return true;
        }

        var blocks = cell.Children.Count(c => c.LocalName is "p" or "div" or "ul" or "ol" or "section" or "article" || Headings.Contains(c.LocalName));
        return blocks >= 2 && cell.TextContent.Length > 120;
    }

    private void Append(string text, IElement? at)
    {
        if (line.Length == 0)
        {
            if (string.IsNullOrWhiteSpace(text.Replace('\u00A0', ' ')))
            {
                return;
            }

            lineAt = Location(at);
        }

        line.Append(text);
    }

    private void FlushLine()
    {
        var text = MarkupText.Collapse(line.ToString());
        line.Clear();
        if (text.Length > 0 && rows.Count < maxRows)
        {
            rows.Add(GridRow.Prose(text, lineAt));
        }
    }

    private SourceLocation Location(IElement? element) =>
        element?.SourceReference?.Position is { } p ? new SourceLocation(source, p.Line, p.Column) : new SourceLocation(source, 0, 0);

    /// <summary>The text of an element without recursion: text nodes in document order, <c>&lt;br&gt;</c> as a line break.</summary>
    private static string FlatText(IElement root)
    {
        var sb = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText t)
            {
                sb.Append(t.Data);
            }
            else if (node is IElement e && !Ignored.Contains(e.LocalName))
            {
                if (e.LocalName == "br" || Blocks.Contains(e.LocalName))
                {
                    sb.Append('\n');
                }

                for (var i = e.ChildNodes.Length - 1; i >= 0; i--)
                {
                    stack.Push(e.ChildNodes[i]);
                }
            }
        }

        return sb.ToString();
    }
}
