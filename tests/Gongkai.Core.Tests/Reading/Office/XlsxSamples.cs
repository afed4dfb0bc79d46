using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Reports;
using Gongkai.Writing;

namespace Gongkai.Core.Tests.Reading.Office;

/// <summary>
/// Writes a report as a workbook the way agencies lay one out: the title, headings and paragraphs in column A,
/// the official tables (from <see cref="TableLayout"/>) with their merged cells, numbers as numeric cells
/// (万元 amounts in the "0.00" format, everything else General), labels as shared strings.
/// </summary>
internal static class XlsxSamples
{
    /// <summary>One sheet holding the whole report, or (<paramref name="sheetPerTable"/>) one sheet per section with tables only.</summary>
    public static byte[] Write(AnnualReport report, bool sheetPerTable = false, string sheetName = "Sheet1")
    {
        var sheets = new List<XlsxSheet>();
        if (!sheetPerTable)
        {
            sheets.Add(new XlsxSheet(sheetName, [], []));
            sheets[0].Rows.Add([(ReportText.Title(report), false, 0)]);
        }

        foreach (var section in ReportText.Sections(report))
        {
            if (sheetPerTable)
            {
                if (section.Tables.Count == 0)
                {
                    continue;
                }

                sheets.Add(new XlsxSheet("表" + section.Heading[..1], [], []));
            }

            var (_, rows, merges, _) = sheets[^1];
            if (!sheetPerTable)
            {
                rows.Add([(section.Heading, false, 0)]);
                rows.AddRange(section.Paragraphs.Select(p => new List<(string, bool, uint)> { (p, false, 0) }));
            }

            foreach (var table in section.Tables)
            {
                if (table.Caption is { } caption)
                {
                    merges.Add(Range(rows.Count, 0, rows.Count, table.Columns - 1));
                    rows.Add([(caption, false, 0), .. Enumerable.Repeat(("", false, 0u), table.Columns - 1)]);
                }

                foreach (var slots in table.Grid())
                {
                    var row = new List<(string, bool, uint)>();
                    foreach (var (slot, c) in slots.Select((s, c) => (s, c)))
                    {
                        if (slot.IsOrigin && (slot.Cell.ColSpan > 1 || slot.Cell.RowSpan > 1))
                        {
                            merges.Add(Range(rows.Count, c, rows.Count + slot.Cell.RowSpan - 1, c + slot.Cell.ColSpan - 1));
                        }

                        var text = slot.IsOrigin ? TableLayout.TextOf(slot.Cell, report) : "";
                        var amount = slot.Cell.Key is { } key && TemplateCatalog.Default[key].Unit == CellUnit.WanYuan;
                        row.Add((text, slot.Cell.Kind == LayoutCellKind.Value && text.Length > 0, amount ? 1u : 0u));
                    }

                    rows.Add(row);
                }
            }
        }

        return Package(sheets);
    }

    /// <summary>A sheet of text cells: each string a label, or a number when it parses as one.</summary>
    public static XlsxSheet Plain(string name, string[][] rows, string[]? merges = null, bool hidden = false) =>
        new(name, [.. rows.Select(r => r.Select(t => (t, double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out _), 0u)).ToList())], [.. merges ?? []], hidden);

    private static string Range(int r1, int c1, int r2, int c2) => $"{Column(c1)}{r1 + 1}:{Column(c2)}{r2 + 1}";

    private static string Column(int c) => c < 26 ? ((char)('A' + c)).ToString() : Column((c / 26) - 1) + (char)('A' + (c % 26));

    public static byte[] Package(IEnumerable<XlsxSheet> sheets)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var index = new Dictionary<string, int>();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat { NumberFormatId = 0 }, new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true }));
            uint id = 1;
            foreach (var (name, rows, merges, hidden) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < rows.Count; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Count; c++)
                    {
                        var (text, number, style) = rows[r][c];
                        if (text.Length == 0)
                        {
                            continue;
                        }

                        var cell = new DocumentFormat.OpenXml.Spreadsheet.Cell { CellReference = Column(c) + (r + 1).ToString(CultureInfo.InvariantCulture), StyleIndex = style };
                        if (number)
                        {
                            cell.CellValue = new CellValue(text);
                        }
                        else
                        {
                            if (!index.TryGetValue(text, out var s))
                            {
                                index[text] = s = index.Count;
                                strings.SharedStringTable.Append(new SharedStringItem(new Text(text)));
                            }

                            cell.DataType = CellValues.SharedString;
                            cell.CellValue = new CellValue(s.ToString(CultureInfo.InvariantCulture));
                        }

                        row.Append(cell);
                    }

                    data.Append(row);
                }

                var worksheet = new Worksheet(data);
                if (merges.Count > 0)
                {
                    worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
                }

                part.Worksheet = worksheet;
                workbook.Workbook.Sheets!.Append(new Sheet
                {
                    Name = name,
                    SheetId = id++,
                    Id = workbook.GetIdOfPart(part),
                    State = hidden ? SheetStateValues.Hidden : null,
                });
            }
        }

        return memory.ToArray();
    }
}

/// <summary>One worksheet to write: rows of (text, numeric?, style index: 0 General, 1 "0.00"), merged ranges, hidden or not.</summary>
internal sealed record XlsxSheet(string Name, List<List<(string Text, bool Number, uint Style)>> Rows, List<string> Merges, bool Hidden = false);
