using Gongkai.Reports;
using Gongkai.Writing;

namespace Gongkai.Core.Tests.Writing;

/// <summary>Plain text in every layout: all labels and values of both templates, in the shapes of the seeds.</summary>
public sealed class PlainTextWriterTests
{
    public static TheoryData<TextLayout, ReportFormat> Cases()
    {
        var data = new TheoryData<TextLayout, ReportFormat>();
        foreach (var layout in Enum.GetValues<TextLayout>())
        {
            foreach (var format in WriterSamples.Formats)
            {
                data.Add(layout, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryLayoutWritesEveryValueAndLabel(TextLayout layout, ReportFormat format)
    {
        var report = WriterSamples.Distinct(format);
        var text = PlainTextWriter.Write(report, layout);
        var tokens = WriterSamples.Tokens(text);
        Assert.All(WriterSamples.ValueTexts(report), v => Assert.Contains(v.Text, tokens));
        Assert.All(WriterSamples.Labels(format), label => Assert.Contains(label, text, StringComparison.Ordinal));
        Assert.StartsWith("河北省巨鹿县巨鹿镇人民政府2024年政府信息公开工作年度报告\n", text, StringComparison.Ordinal);
        Assert.All(SectionKinds.All, k => Assert.Contains("\n" + k.Heading() + "\n", text, StringComparison.Ordinal));
        Assert.Contains("\n全年主动公开政府信息100条。\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TitleLeavesOutWhatTheReportDoesNotKnow()
    {
        var report = WriterSamples.Distinct(ReportFormat.Revised2021) with { Agency = null, Year = null };
        Assert.StartsWith("政府信息公开工作年度报告\n", PlainTextWriter.Write(report), StringComparison.Ordinal);
    }

    [Fact]
    public void CellPerLineWritesEachCellOnATabbedLineAndEndsRowsWithABlankLine()
    {
        var text = PlainTextWriter.Write(WriterSamples.Distinct(ReportFormat.Trial2019), TextLayout.CellPerLine);

        // Seed 000: caption row, header row, then label and values one per line.
        Assert.Contains("二、主动公开政府信息情况\n\n\t第二十条第（一）项\n\n\t信息内容\n\t本年新制作数量\n\t本年新公开数量\n\t对外公开总数量\n\n\t规章\n\t", text, StringComparison.Ordinal);

        // A cell merged down leaves an empty cell in the rows below (seed 000's 三/（三）/2. rows).
        Assert.Contains("\n\t\n\t\n\t2.其他法律行政法规禁止公开\n", text, StringComparison.Ordinal);
        Assert.Contains("\n\t\n\t（六）其他处理\n", text, StringComparison.Ordinal);

        // Table 四: five empty cells under the merged 结果维持 … 总计, then the ten litigation headers.
        Assert.Contains("\n\t\n\t\n\t\n\t\n\t\n\t结果维持\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TabGridRowsSpanTheWholeGrid()
    {
        var text = PlainTextWriter.Write(WriterSamples.Distinct(ReportFormat.Revised2021), TextLayout.TabGrid);
        var lines = text.Split('\n');
        Assert.Contains("第二十条第（一）项\t\t\t", lines);
        var row = Assert.Single(lines, l => l.StartsWith("\t（三）不予公开\t1.属于国家秘密\t", StringComparison.Ordinal));
        Assert.Equal(10, row.Split('\t').Length);
        Assert.Contains(lines, l => l.StartsWith("一、本年新收政府信息公开申请数量\t\t\t", StringComparison.Ordinal));
        Assert.Equal(15, Assert.Single(lines, l => l.StartsWith("行政复议\t", StringComparison.Ordinal)).Split('\t').Length);
    }

    [Fact]
    public void PipeRowsAreDelimitedOnBothSides()
    {
        var text = PlainTextWriter.Write(WriterSamples.Distinct(ReportFormat.Revised2021), TextLayout.Pipe);
        Assert.Contains("\n| 第二十条第（五）项 |  |  |  |\n| 信息内容 | 本年处理决定数量 |  |  |\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SpacesLayoutAlignsColumnsByDisplayWidth()
    {
        var report = WriterSamples.Distinct(ReportFormat.Revised2021);
        var lines = PlainTextWriter.Write(report, TextLayout.Spaces).Split('\n');
        var header = Assert.Single(lines, l => l.TrimStart().StartsWith("自然人", StringComparison.Ordinal));
        var received = Assert.Single(lines, l => l.StartsWith("一、本年新收政府信息公开申请数量", StringComparison.Ordinal));
        var natural = TableLayout.TextOf(LayoutCell.Value("s3.received.natural"), report);
        Assert.Equal(Column(header, "自然人"), Column(received, "  " + natural) + 2);
        Assert.DoesNotContain(lines, l => l.Contains('\t'));

        static int Column(string line, string text) => WidthOf(line[..line.IndexOf(text, StringComparison.Ordinal)]);
        static int WidthOf(string s) => s.Sum(ch => ch >= '\u2E80' || ch is '“' or '”' ? 2 : 1);
    }

    [Theory]
    [InlineData(TextLayout.TabGrid, "\n规章\t\t")]
    [InlineData(TextLayout.Pipe, "\n| 规章 |  | ")]
    [InlineData(TextLayout.CellPerLine, "\n\t规章\n\t\n")]
    public void BlankCellsAreWrittenAsEmptyCells(TextLayout layout, string expected)
    {
        var report = WriterSamples.Distinct(ReportFormat.Revised2021).WithValues([new("s2.rules.issued", null)]);
        Assert.Contains(expected, PlainTextWriter.Write(report, layout), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFormatWritesOnlyTheNarrative()
    {
        var report = AnnualReport.Empty(ReportFormat.Unknown) with
        {
            Sections = new Dictionary<SectionKind, string> { [SectionKind.Problems] = "五、存在的主要问题及改进情况\n人员不足。" },
        };
        Assert.Equal("政府信息公开工作年度报告\n\n五、存在的主要问题及改进情况\n人员不足。\n", PlainTextWriter.Write(report, TextLayout.CellPerLine));
    }
}
