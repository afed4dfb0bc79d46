using Gongkai.Diagnostics;
using Gongkai.Reading;
using Gongkai.Reports;
using static Gongkai.Core.Tests.Reading.Office.OfficeSamples;

namespace Gongkai.Core.Tests.Reading.Office;

/// <summary>Workbooks read into the same grid as text: one row per sheet row, cell index = column, numbers as shown.</summary>
public sealed class XlsxTests
{
    private const int ReportsPerTemplate = 50;

    public static TheoryData<ReportFormat> Formats => [.. OfficeRoundTrip.Formats];

    [Theory]
    [MemberData(nameof(Formats))]
    public void AReportLaidOutOnOneSheetReadsBackExactly(ReportFormat format)
    {
        var failures = new List<(int, string)>();
        for (var i = 0; i < ReportsPerTemplate; i++)
        {
            var original = OfficeRoundTrip.Report(format, i);
            var outcome = ReportPipeline.Default.Read(XlsxSamples.Write(original), "x.xlsx");
            if (OfficeRoundTrip.Compare(original, outcome) is { } why)
            {
                failures.Add((OfficeRoundTrip.Seed(format, i), why));
            }
        }

        OfficeRoundTrip.AssertNone(failures, ReportsPerTemplate, $"of the {format.ToJson()} template written as XLSX");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void TablesOnASheetEachReadBackEveryCell(ReportFormat format)
    {
        var failures = new List<(int, string)>();
        for (var i = 0; i < 10; i++)
        {
            var original = OfficeRoundTrip.Report(format, i);
            var outcome = ReportPipeline.Default.Read(XlsxSamples.Write(original, sheetPerTable: true), "tables.xlsx");
            if (OfficeRoundTrip.Compare(original, outcome, cellsOnly: true) is { } why)
            {
                failures.Add((OfficeRoundTrip.Seed(format, i), why));
            }
        }

        OfficeRoundTrip.AssertNone(failures, 10, $"of the {format.ToJson()} template written one table per sheet");
    }

    [Fact]
    public void SheetNamesComeBeforeTheirRowsAndCellIndexIsTheColumn()
    {
        var bytes = XlsxSamples.Package([
            XlsxSamples.Plain("表二", [["信息内容", "本年制发件数"], ["规章", "3"]]),
            XlsxSamples.Plain("表四", [["", "", "维持"], [], ["x", "", "12"]]),
        ]);

        var grid = Read(bytes, "x.xlsx");

        Assert.Equal(["表二", "信息内容|本年制发件数", "规章|3", "表四", "||维持", "x||12"], Lines(grid));
        var twelve = grid.Rows[^1].Cells[2];
        Assert.Equal((3, 3), (twelve.Location.Line, twelve.Location.Column));
        Assert.All(grid.Rows, r => Assert.Equal(RowShape.Grid, r.Shape));
    }

    [Fact]
    public void MergedCellsKeepOnlyTheirTopLeftText()
    {
        var bytes = XlsxSamples.Package([
            XlsxSamples.Plain("S", [["申请人情况", "stale", "stale"], ["自然人", "商业企业", "科研机构"]], ["A1:C1"]),
        ]);

        Assert.Equal(["S", "申请人情况", "自然人|商业企业|科研机构"], Lines(Read(bytes, "x.xlsx")));
    }

    [Fact]
    public void HiddenSheetsAreSkippedWithAWarning()
    {
        var bytes = XlsxSamples.Package([
            XlsxSamples.Plain("可见", [["规章", "1"]]),
            XlsxSamples.Plain("底稿", [["规章", "999"]], hidden: true),
        ]);

        var grid = Read(bytes, "x.xlsx");

        Assert.Equal(["可见", "规章|1"], Lines(grid));
        Assert.Equal([DiagnosticCodes.HiddenSheetSkipped.Code], grid.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void AWorkbookNamedDocxOrTxtStillReadsAsAWorkbook()
    {
        var bytes = XlsxSamples.Package([XlsxSamples.Plain("S", [["规章", "1"]])]);

        Assert.Equal(["S", "规章|1"], Lines(Read(bytes, "x.docx")));
        Assert.Equal(["S", "规章|1"], Lines(Read(bytes, "x.txt")));
    }

    [Fact]
    public void ABinaryXlsWorkbookReadsIntoTheSameGridAsAnXlsx()
    {
        var xls = XlsSamples.Write("表三", [["自然人", "商业企业"], ["一、本年新收政府信息公开申请数量", 37.0, 4.0], [null, null, 0.5]]);

        var grid = Read(xls, "x.xls");

        Assert.Equal(["表三", "自然人|商业企业", "一、本年新收政府信息公开申请数量|37|4", "||0.5"], Lines(grid));
        Assert.Empty(grid.Diagnostics);
    }

    [Theory]
    [InlineData(12.0, null, "12")]
    [InlineData(12.0, "General", "12")]
    [InlineData(0.30000000000000004, "General", "0.3")]
    [InlineData(1999.1234, "General", "1999.1234")]
    [InlineData(-3.0, "General", "-3")]
    [InlineData(12.5, "0.00", "12.50")]
    [InlineData(12.0, "0", "12")]
    [InlineData(1234567.0, "#,##0", "1,234,567")]
    [InlineData(1234.5, "#,##0.00_ ", "1,234.50")]
    [InlineData(0.125, "0.0%", "12.5%")]
    [InlineData(42.0, "0\"件\"", "42")]
    [InlineData(7.0, "[Red]0;[Blue]-0", "7")]
    [InlineData(3.25, "yyyy-mm-dd", "3.25")]
    [InlineData(123456789012.0, "General", "123456789012")]
    public void NumbersReadAsTheCellShowsThem(double value, string? format, string expected) =>
        Assert.Equal(expected, ExcelNumber.Format(value, format));
}
