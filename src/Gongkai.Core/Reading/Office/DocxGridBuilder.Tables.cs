using System.Collections.Immutable;
using System.Text;
using DocumentFormat.OpenXml;
using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>Tables (ECMA-376 Part 1 §17.4): one grid row per <c>w:tr</c>, or, for layout rows, their cells' content.</summary>
internal sealed partial class DocxGridBuilder
{
    private void Table(OpenXmlElement table, int depth)
    {
        foreach (var tr in DocxMarkup.Rows(table))
        {
            if (Cut)
            {
                return;
            }

            var row = ++ordinal;
            if (DocxMarkup.IsDeletedRow(tr))
            {
                Tracked = true;
                continue;
            }

            var cells = DocxMarkup.Cells(tr).ToList();
            if (cells.Count == 0)
            {
                continue;
            }

            if (cells.Any(DocxMarkup.IsContainer))
            {
                foreach (var tc in cells)
                {
                    Block(tc, depth + 1);
                }

                continue;
            }

            var grid = ImmutableArray.CreateBuilder<GridCell>();
            for (var k = Math.Clamp(DocxMarkup.GridBefore(tr), 0, MaxSpan); k > 0; k--)
            {
                grid.Add(new GridCell("", new SourceLocation(source, row, grid.Count + 1)));
            }

            foreach (var tc in cells)
            {
                var at = new SourceLocation(source, row, grid.Count + 1);
                var text = DocxMarkup.ContinuesMerge(tc) ? "" : CellText(tc, depth);
                grid.Add(new GridCell(text, at));
                for (var k = Math.Clamp(DocxMarkup.GridSpan(tc), 1, MaxSpan); k > 1 && grid.Count < MaxSpan; k--)
                {
                    grid.Add(new GridCell("", at));
                }
            }

            Add(new GridRow(grid.ToImmutable()));
        }
    }

    /// <summary>A cell's paragraphs joined with spaces, white space collapsed.</summary>
    private string CellText(OpenXmlElement tc, int depth)
    {
        cell = new StringBuilder();
        try
        {
            Block(tc, depth + 1);
            return MarkupText.Collapse(cell.ToString());
        }
        finally
        {
            cell = null;
        }
    }
}
