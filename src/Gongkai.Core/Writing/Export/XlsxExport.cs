using System.IO.Compression;

namespace Gongkai.Writing.Export;

/// <summary>
/// Writes reports as an Excel workbook (.xlsx, SpreadsheetML): sheet 报告 with one row per report and sheet 问题
/// with one row per finding. Rows are streamed, so memory stays bounded however many reports come.
/// </summary>
/// <remarks>
/// <para>报告 has the columns and the two header rows of <see cref="CsvExport"/> (labels, then keys): header rows and
/// the identifying columns 报告编号 … 年度 are frozen, the key row carries a filter, and headers repeat on
/// printed pages. Numbers are numeric cells holding the exact decimal (Excel itself computes in doubles, 15
/// significant digits); text is inline strings. 问题 lists 报告编号, 机构, 年度, 代码, 级别 (错误/警告/提示), 单元格
/// (cell keys), 位置 and 说明, also under two header rows; past Excel's 1,048,576 rows it continues on 问题2 ….</para>
/// <para>The package is written with <see cref="ZipArchive"/> in create mode and <c>OpenXmlWriter</c>, not with
/// <c>SpreadsheetDocument</c>: the SDK opens packages for update, which keeps every part in memory (about 1.2 GB
/// for 100,000 reports). Findings wait in temporary files until the report sheet is done. The output stream need
/// not be seekable; it is left open. More reports than one sheet holds (1,048,574) is an error: use CSV.</para>
/// </remarks>
public static class XlsxExport
{
    public const string ReportSheet = "报告", FindingsSheet = "问题";

    /// <summary>报告 columns: metadata widths, then every cell column 16 characters wide; 报告编号 … 年度 frozen.</summary>
    internal static SheetLayout ReportLayout { get; } = new(
        [10, 30, 22, 7, 6, 6, 30, 11, 24, 7, 7, .. ExportColumns.Cells.Select(_ => 16.0)], HeaderRows: 2, FrozenColumns: 4);

    public static void Write(IEnumerable<ExportRow> rows, Stream output) => Write(rows, output, XlsxSheet.MaxRows);

    internal static void Write(IEnumerable<ExportRow> rows, Stream output, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        using var findings = new FindingsSpool(maxRows);
        var sheets = new List<XlsxParts.SheetEntry>();
        using (var stream = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open())
        {
            var sheet = new XlsxSheet(stream, ReportLayout);
            WriteHeader(sheet, ExportColumns.Report, ReportLayout);
            foreach (var row in rows)
            {
                if (sheet.RowCount >= maxRows)
                {
                    throw new InvalidOperationException($"an XLSX sheet holds at most {maxRows - 2} reports; export this many as CSV");
                }

                WriteReport(sheet, row);
                foreach (var finding in row.Findings)
                {
                    findings.Add(row, finding);
                }
            }

            sheet.Finish();
            sheets.Add(new(ReportSheet, sheet.FilterRange(), "$A:$D,$1:$2"));
        }

        var spooled = findings.Finish();
        for (var i = 0; i < spooled.Count; i++)
        {
            using (var stream = zip.CreateEntry($"xl/worksheets/sheet{i + 2}.xml", CompressionLevel.Fastest).Open())
            {
                spooled[i].Xml.CopyTo(stream);
            }

            sheets.Add(new(i == 0 ? FindingsSheet : FindingsSheet + (i + 1), spooled[i].FilterRange, "$1:$2"));
        }

        XlsxParts.WriteWorkbook(zip, sheets);
    }

    /// <summary>Row 1: the labels, bold and wrapped, tall enough for the longest; row 2: the keys, small and grey.</summary>
    internal static void WriteHeader(XlsxSheet sheet, IReadOnlyList<ExportColumn> columns, SheetLayout layout)
    {
        sheet.StartRow(HeaderHeight(columns, layout));
        foreach (var column in columns)
        {
            sheet.Text(column.Label, XlsxParts.HeaderStyle);
        }

        sheet.EndRow();
        sheet.StartRow();
        foreach (var column in columns)
        {
            sheet.Text(column.Key, XlsxParts.KeyStyle);
        }

        sheet.EndRow();
    }

    private static void WriteReport(XlsxSheet sheet, ExportRow row)
    {
        sheet.StartRow();
        foreach (var value in ExportValue.Metadata(row))
        {
            sheet.Value(value);
        }

        foreach (var cell in ExportColumns.Cells)
        {
            if (row.Report[cell.Key] is { } v)
            {
                sheet.Number(v);
            }
            else
            {
                sheet.Skip();
            }
        }

        sheet.EndRow();
    }

    /// <summary>Points for the wrapped labels: a 汉字 is about two character widths of an 11 pt 宋体 column, a line 14.5 pt.</summary>
    private static double HeaderHeight(IReadOnlyList<ExportColumn> columns, SheetLayout layout)
    {
        var lines = 1;
        for (var i = 0; i < columns.Count; i++)
        {
            var perLine = Math.Max(2, (int)layout.Widths[i] - 1);
            lines = Math.Max(lines, (TextWidth.Of(columns[i].Label) + perLine - 1) / perLine);
        }

        return (lines * 14.5) + 4;
    }
}
