using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using ExcelDataReader;
using Gongkai.Writing.Export;

namespace Gongkai.Core.Tests.Export;

/// <summary>
/// XLSX export read back with ExcelDataReader and opened with the Open XML SDK: the same headers and values as
/// the CSV, numbers as numeric cells, the findings sheet, frozen panes, a CJK font and a schema-valid package.
/// </summary>
public sealed class XlsxExportTests
{
    static XlsxExportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    internal static byte[] Export(IEnumerable<ExportRow> rows)
    {
        using var stream = new MemoryStream();
        XlsxExport.Write(rows, stream);
        return stream.ToArray();
    }

    /// <summary>Every sheet: its name and its rows of raw values (double for numeric cells, string for text, null for blank).</summary>
    internal static List<(string Name, List<object?[]> Rows)> Read(byte[] xlsx)
    {
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(xlsx));
        var sheets = new List<(string, List<object?[]>)>();
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.GetValue(i);
                }

                rows.Add(row);
            }

            sheets.Add((reader.Name, rows));
        }
        while (reader.NextResult());
        return sheets;
    }

    /// <summary>A cell as text the way the CSV prints it: numbers invariant, blank empty.</summary>
    private static string Text(object? value) => value switch
    {
        null => "",
        double d => ((decimal)d).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    [Fact]
    public void SheetsAreReportsThenFindings()
    {
        var sheets = Read(Export(ExportSamples.All()));
        Assert.Equal(["报告", "问题"], sheets.Select(s => s.Name));
    }

    [Fact]
    public void BothSheetsStartWithTheLabelRowThenTheKeyRow()
    {
        var sheets = Read(Export(ExportSamples.All()));
        Assert.Equal(ExportColumns.Report.Select(c => c.Label), sheets[0].Rows[0].Select(Text));
        Assert.Equal(ExportColumns.Report.Select(c => c.Key), sheets[0].Rows[1].Select(Text));
        Assert.Equal(ExportColumns.Findings.Select(c => c.Label), sheets[1].Rows[0].Select(Text));
        Assert.Equal(ExportColumns.Findings.Select(c => c.Key), sheets[1].Rows[1].Select(Text));
    }

    [Fact]
    public void EveryCellReadsBackAsTheReportHoldsIt()
    {
        var rows = ExportSamples.All();
        var sheet = Read(Export(rows))[0].Rows;
        Assert.Equal(rows.Count + 2, sheet.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var expected = ExportSamples.ExpectedReportRow(rows[i]);
            var actual = sheet[i + 2].Select(Text).ToArray();
            var wrong = Enumerable.Range(0, expected.Length).Where(j => expected[j] != actual[j])
                .Select(j => $"{ExportColumns.Report[j].Key}: expected '{expected[j]}', got '{actual[j]}'").ToList();
            Assert.True(wrong.Count == 0, $"row {i}: " + string.Join("\n", wrong.Take(10)));
        }
    }

    [Fact]
    public void NumbersAreNumericCellsAndTextIsText()
    {
        var rows = ExportSamples.All();
        var sheet = Read(Export(rows))[0].Rows;
        var columns = ExportColumns.Report;
        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = 0; j < columns.Count; j++)
            {
                var value = sheet[i + 2][j];
                var numeric = j >= 11 || columns[j].Key is "report_id" or "year" or "version" or "format" or "errors" or "warnings";
                if (value is not null && !(columns[j].Key == "report_id" && rows[i].ReportId > 999_999_999_999_999))
                {
                    Assert.IsType(numeric ? typeof(double) : typeof(string), value);
                }
            }
        }

        // A report number Excel could not hold exactly (16 digits) stays text, so it is not rounded.
        Assert.Equal("9007199254740993", sheet[^1][0]);
        Assert.IsType<double>(sheet[2][0]);
    }

    [Fact]
    public void FindingsSheetHasOneRowPerFindingInOrder()
    {
        var rows = ExportSamples.All();
        var sheet = Read(Export(rows))[1].Rows;
        var expected = rows.SelectMany(r => r.Findings.Select(f => ExportSamples.ExpectedFindingRow(r, f))).ToList();
        Assert.True(expected.Count > rows.Count, "the samples have several findings per report");
        Assert.Equal(expected.Count + 2, sheet.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], sheet[i + 2].Select(Text));
        }

        Assert.Contains(sheet, r => Text(r[4]) == "错误");
        Assert.Contains(sheet, r => Text(r[4]) == "警告");
        Assert.Contains(sheet, r => Text(r[4]) == "提示");
        Assert.Contains(sheet, r => Text(r[6]) == "r.pdf(page 2)" && Text(r[5]) == "s3.received.total");
    }

    [Fact]
    public void TrickyTextSurvivesUnchanged()
    {
        var sheet = Read(Export([ExportSamples.Tricky()]))[0].Rows;
        Assert.Equal(ExportSamples.TrickyAgency, sheet[2][1]);
        Assert.Equal(ExportSamples.TrickyRegion, sheet[2][2]);
        Assert.Equal(ExportSamples.TrickySource, sheet[2][6]);
    }

    [Fact]
    public void ControlCharactersAreEscapedNotDropped()
    {
        var row = ExportSamples.Tricky() with { Source = "a\u0001b\u001Fc_x0001_d" };
        var sheet = Read(Export([row]))[0].Rows;
        Assert.Equal("a\u0001b\u001Fc_x0001_d", sheet[2][6]);
    }

    [Fact]
    public void NoRowsGiveBothSheetsWithHeadersOnly()
    {
        var sheets = Read(Export([]));
        Assert.Equal(2, sheets[0].Rows.Count);
        Assert.Equal(2, sheets[1].Rows.Count);
    }

    [Fact]
    public void PackageIsValidSpreadsheetMl()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Export(ExportSamples.All())), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016).Validate(doc)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }

    [Fact]
    public void HeaderRowsAndIdentifyingColumnsAreFrozenAndHeadersAreBold()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Export(ExportSamples.All())), false);
        var workbook = doc.WorkbookPart!;
        var reportSheet = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        var pane = reportSheet.Worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(2, pane.VerticalSplit!.Value);
        Assert.Equal(4, pane.HorizontalSplit!.Value);
        Assert.Equal("E3", pane.TopLeftCell!.Value);

        var styles = workbook.WorkbookStylesPart!.Stylesheet;
        var headerCell = reportSheet.Worksheet.Descendants<Row>().First().Elements<Cell>().First();
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)headerCell.StyleIndex!.Value);
        var font = styles.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value);
        Assert.NotNull(font.Bold);
        Assert.All(styles.Fonts!.Elements<Font>(), f => Assert.Equal("宋体", f.FontName!.Val!.Value));
        Assert.True(reportSheet.Worksheet.Descendants<Row>().First().Height!.Value >= 60, "the wrapped labels get a tall header row");
        Assert.Equal(ExportColumns.Report.Count, reportSheet.Worksheet.Descendants<Column>().Sum(c => (int)(c.Max!.Value - c.Min!.Value + 1)));
    }

    [Fact]
    public void FindingsPastTheRowLimitContinueOnTheNextSheet()
    {
        var rows = ExportSamples.Generated(4).ToList(); // at least 12 findings
        using var stream = new MemoryStream();
        XlsxExport.Write(rows, stream, maxRows: 7);
        var sheets = Read(stream.ToArray());
        var total = rows.Sum(r => r.Findings.Length);
        Assert.Equal("问题", sheets[1].Name);
        Assert.Equal("问题2", sheets[2].Name);
        Assert.All(sheets.Skip(1), s => Assert.True(s.Rows.Count <= 7));
        Assert.Equal(total, sheets.Skip(1).Sum(s => s.Rows.Count - 2));
        Assert.Equal(ExportColumns.Findings.Select(c => c.Key), sheets[^1].Rows[1].Select(Text));
    }

    [Fact]
    public void MoreReportsThanASheetHoldsIsAnError()
    {
        using var stream = new MemoryStream();
        Assert.Throws<InvalidOperationException>(() => XlsxExport.Write(ExportSamples.Generated(6), stream, maxRows: 7));
    }

    [Fact]
    public void WritesToAStreamThatCannotSeekAndLeavesItOpen()
    {
        using var inner = new MemoryStream();
        using var forwardOnly = new ForwardOnlyStream(inner);
        XlsxExport.Write(ExportSamples.Generated(3), forwardOnly);
        Assert.True(forwardOnly.CanWrite);
        using var zip = new ZipArchive(new MemoryStream(inner.ToArray()), ZipArchiveMode.Read);
        Assert.Contains(zip.Entries, e => e.FullName == "xl/worksheets/sheet1.xml");
        Assert.Equal(5, Read(inner.ToArray())[0].Rows.Count);
    }

    [Fact]
    public void MemoryDoesNotGrowWithTheNumberOfRows()
    {
        // The same 50 reports over and over: after warming up, 20,000 more rows must not keep much more alive.
        var pool = ExportSamples.Generated(50).ToArray();
        long early = 0, late = 0;
        IEnumerable<ExportRow> Rows()
        {
            for (var i = 0; i < 24_000; i++)
            {
                if (i == 4_000)
                {
                    early = GC.GetTotalMemory(forceFullCollection: true);
                }

                yield return pool[i % pool.Length] with { ReportId = i };
            }

            late = GC.GetTotalMemory(forceFullCollection: true);
        }

        XlsxExport.Write(Rows(), Stream.Null);
        Assert.True(late - early < 16 * 1024 * 1024, $"managed memory grew by {(late - early) / 1024 / 1024} MB over 20,000 rows");
    }
}
