using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Reports;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Writing;

/// <summary>
/// The official tables as Word tables: full single borders, merged cells as gridSpan (across) and vMerge (down)
/// mirroring the HTML layout, 宋体 五号 text; header rows of tables 三 and 四 repeat after page breaks.
/// </summary>
internal static class DocxTables
{
    /// <summary>Text width of an A4 page with the writer's margins: 11906 − 1588 − 1474 twips.</summary>
    public const int TextWidth = 11906 - 1588 - 1474;

    /// <summary>One Word table for a section; section 二's sub-tables each start with a shaded caption row.</summary>
    public static Table Build(IReadOnlyList<LayoutTable> tables, AnnualReport report)
    {
        var first = tables[0];
        var widths = Widths(first.ColumnWeights);
        var table = new Table(new TableProperties(
            new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableBorders(Border<TopBorder>(), Border<LeftBorder>(), Border<BottomBorder>(), Border<RightBorder>(), Border<InsideHorizontalBorder>(), Border<InsideVerticalBorder>()),
            new W.TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        foreach (var layout in tables)
        {
            if (layout.Caption is { } caption)
            {
                var row = new TableRow(new TableRowProperties(new CantSplit()));
                row.Append(Cell(caption, widths.Sum(), layout.Columns, null, JustificationValues.Left, bold: true, shaded: true));
                table.Append(row);
            }

            var grid = layout.Grid();
            for (var r = 0; r < grid.Count; r++)
            {
                var header = layout.Rows[r].IsHeader;
                var row = new TableRow(new TableRowProperties(new CantSplit()));
                if (header && layout.Caption is null)
                {
                    row.TableRowProperties!.Append(new TableHeader());
                }

                for (var c = 0; c < grid[r].Length; c++)
                {
                    var slot = grid[r][c];
                    if (!slot.IsOrigin && !slot.IsMergedDown)
                    {
                        continue;
                    }

                    var cell = slot.Cell;
                    var width = widths.Skip(c).Take(cell.ColSpan).Sum();
                    var merge = cell.RowSpan == 1 ? (MergedCellValues?)null : slot.IsOrigin ? MergedCellValues.Restart : MergedCellValues.Continue;
                    var text = slot.IsOrigin ? TableLayout.TextOf(cell, report) : "";
                    var align = cell.Kind == LayoutCellKind.Label ? JustificationValues.Left : JustificationValues.Center;
                    row.Append(Cell(text, width, cell.ColSpan, merge, align, bold: false, shaded: false));
                }

                table.Append(row);
            }
        }

        return table;
    }

    private static TableCell Cell(string text, int width, int span, MergedCellValues? merge, JustificationValues align, bool bold, bool shaded)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } m)
        {
            properties.Append(new VerticalMerge { Val = m });
        }

        if (shaded)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F2F2F2" });
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var paragraph = new Paragraph(new ParagraphProperties(
            new SnapToGrid { Val = false },
            new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            new Justification { Val = align }));
        if (text.Length > 0)
        {
            paragraph.Append(DocxFonts.Run(text, DocxFonts.Table, DocxFonts.TableSize, bold));
        }

        return new TableCell(properties, paragraph);
    }

    /// <summary>A single 0.5 pt black line (w:sz is in eighths of a point).</summary>
    private static T Border<T>()
        where T : BorderType, new() => new() { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" };

    /// <summary>Column widths in twips from the layout's relative weights, summing to the text width.</summary>
    private static int[] Widths(IReadOnlyList<int> weights)
    {
        var total = weights.Sum();
        var widths = weights.Select(w => TextWidth * w / total).ToArray();
        widths[^1] += TextWidth - widths.Sum();
        return widths;
    }
}
