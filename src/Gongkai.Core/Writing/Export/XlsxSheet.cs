using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Writing.Export;

/// <summary>How a worksheet is laid out: column widths (in characters), frozen header rows and columns.</summary>
internal sealed record SheetLayout(IReadOnlyList<double> Widths, int HeaderRows, int FrozenColumns);

/// <summary>
/// Writes one worksheet part row by row with <see cref="OpenXmlWriter"/>, so memory does not grow with the rows:
/// numbers as numeric cells, text as inline strings, blank cells left out. The caller owns the stream.
/// </summary>
internal sealed class XlsxSheet
{
    /// <summary>SpreadsheetML's row limit (Excel and LibreOffice).</summary>
    public const int MaxRows = 1_048_576;

    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    // Elements are only templates for their names: OpenXmlWriter writes the attributes passed with them.
    private static readonly Row RowElement = new();
    private static readonly Cell CellElement = new();
    private static readonly CellValue ValueElement = new();
    private static readonly InlineString InlineElement = new();
    private static readonly Text TextElement = new();
    private static readonly OpenXmlAttribute[] Preserve = [new("xml", "space", XmlNamespace, "preserve")];

    private readonly OpenXmlWriter writer;
    private readonly SheetLayout layout;
    private readonly List<OpenXmlAttribute> attributes = new(3);
    private int column;
    private bool gap;
    private bool finished;

    public XlsxSheet(Stream stream, SheetLayout layout)
    {
        this.layout = layout;
        writer = OpenXmlWriter.Create(stream, new System.Text.UTF8Encoding(false));
        writer.WriteStartDocument();
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(View(layout)));
        writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
        writer.WriteElement(Columns(layout.Widths));
        writer.WriteStartElement(new SheetData());
    }

    /// <summary>Rows written so far (header rows included).</summary>
    public int RowCount { get; private set; }

    /// <summary>Starts the next row; <paramref name="height"/> in points fixes its height (for wrapped header labels).</summary>
    public void StartRow(double? height = null)
    {
        RowCount++;
        attributes.Clear();
        attributes.Add(new OpenXmlAttribute("r", "", RowCount.ToString(CultureInfo.InvariantCulture)));
        if (height is { } h)
        {
            attributes.Add(new OpenXmlAttribute("ht", "", h.ToString("0.##", CultureInfo.InvariantCulture)));
            attributes.Add(new OpenXmlAttribute("customHeight", "", "1"));
        }

        writer.WriteStartElement(RowElement, attributes);
        column = 0;
        gap = false;
    }

    public void EndRow() => writer.WriteEndElement();

    /// <summary>Leaves the next cell blank (nothing is written for it).</summary>
    public void Skip()
    {
        column++;
        gap = true;
    }

    public void Number(decimal value)
    {
        StartCell(null, 0);
        writer.WriteStartElement(ValueElement);
        writer.WriteString(ExportValue.NumberText(value));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>An inline-string cell; null or empty text leaves the cell blank unless it carries a style.</summary>
    public void Text(string? text, uint style = 0)
    {
        if (string.IsNullOrEmpty(text) && style == 0)
        {
            Skip();
            return;
        }

        StartCell("inlineStr", style);
        writer.WriteStartElement(InlineElement);
        var value = text ?? "";
        writer.WriteStartElement(TextElement, XlsxText.NeedsPreserve(value) ? Preserve : []);
        writer.WriteString(XlsxText.Escape(value));
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    public void Value(ExportValue value)
    {
        if (value.Number is { } n)
        {
            Number(n);
        }
        else
        {
            Text(value.Text);
        }
    }

    /// <summary>Closes the sheet data and adds the filter on the last header row, print settings and the end tags (once).</summary>
    public void Finish()
    {
        if (finished)
        {
            return;
        }

        finished = true;
        writer.WriteEndElement(); // sheetData
        if (layout.HeaderRows > 0)
        {
            writer.WriteElement(new AutoFilter { Reference = FilterRange() });
        }

        writer.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape }); // A4 landscape
        writer.WriteEndElement(); // worksheet
        writer.Close();
    }

    /// <summary>The filtered range: the last header row down to the last row, every column (<c>A2:IH1001</c>).</summary>
    public string FilterRange() =>
        $"A{layout.HeaderRows}:{ColumnName(layout.Widths.Count - 1)}{Math.Max(RowCount, layout.HeaderRows)}";

    /// <summary>Excel's column name of a 0-based index: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private void StartCell(string? type, uint style)
    {
        attributes.Clear();
        if (gap)
        {
            // Cells follow one another without a reference; after a blank one the position must be given.
            attributes.Add(new OpenXmlAttribute("r", "", ColumnName(column) + RowCount.ToString(CultureInfo.InvariantCulture)));
            gap = false;
        }

        if (style != 0)
        {
            attributes.Add(new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture)));
        }

        if (type is not null)
        {
            attributes.Add(new OpenXmlAttribute("t", "", type));
        }

        writer.WriteStartElement(CellElement, attributes);
        column++;
    }

    private static SheetView View(SheetLayout layout)
    {
        var topLeft = ColumnName(layout.FrozenColumns) + (layout.HeaderRows + 1).ToString(CultureInfo.InvariantCulture);
        var pane = layout.FrozenColumns > 0 ? PaneValues.BottomRight : PaneValues.BottomLeft;
        var frozen = new Pane { VerticalSplit = layout.HeaderRows, TopLeftCell = topLeft, ActivePane = pane, State = PaneStateValues.Frozen };
        if (layout.FrozenColumns > 0)
        {
            frozen.HorizontalSplit = layout.FrozenColumns;
        }

        return new SheetView(frozen, new Selection { Pane = pane, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
        {
            WorkbookViewId = 0,
        };
    }

    private static Columns Columns(IReadOnlyList<double> widths)
    {
        var columns = new Columns();
        for (var i = 0; i < widths.Count;)
        {
            var j = i;
            while (j + 1 < widths.Count && widths[j + 1] == widths[i])
            {
                j++;
            }

            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(j + 1), Width = widths[i], CustomWidth = true });
            i = j + 1;
        }

        return columns;
    }
}
