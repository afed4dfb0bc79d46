using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Reports;
using Gongkai.Writing;

namespace Gongkai.Core.Tests.Writing;

public sealed class DocxWriterTests
{
    public static TheoryData<ReportFormat> Formats => [.. WriterSamples.Formats];

    private static WordprocessingDocument Open(AnnualReport report) =>
        WordprocessingDocument.Open(new MemoryStream(DocxWriter.ToBytes(report)), false);

    [Theory]
    [MemberData(nameof(Formats))]
    public void DocxValidatesWithoutErrors(ReportFormat format)
    {
        using var doc = Open(WriterSamples.Distinct(format));
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void DocxWritesEveryValueAndLabel(ReportFormat format)
    {
        var report = WriterSamples.Distinct(format);
        using var doc = Open(report);
        var cells = doc.MainDocumentPart!.Document.Body!.Descendants<TableCell>().Select(c => c.InnerText).ToHashSet();
        Assert.All(WriterSamples.ValueTexts(report), v => Assert.Contains(v.Text, cells));
        Assert.All(WriterSamples.Labels(format), label => Assert.Contains(label, cells));
        var paragraphs = doc.MainDocumentPart.Document.Body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal("河北省巨鹿县巨鹿镇人民政府2024年政府信息公开工作年度报告", paragraphs[0]);
        Assert.All(SectionKinds.All, k => Assert.Contains(k.Heading(), paragraphs));
    }

    [Fact]
    public void DocxIsAnA4PageWithTheMarginsOfGovernmentDocuments()
    {
        using var doc = Open(WriterSamples.Distinct(ReportFormat.Revised2021));
        var section = doc.MainDocumentPart!.Document.Body!.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((11906U, 16838U), (size.Width!.Value, size.Height!.Value));
        Assert.Equal((2098, 1984, 1588U, 1474U), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
    }

    [Fact]
    public void DocxUsesTheOfficialFontsWithSubstitutes()
    {
        using var doc = Open(WriterSamples.Distinct(ReportFormat.Revised2021));
        var body = doc.MainDocumentPart!.Document.Body!;
        static (string? Font, string? Size) Style(DocumentFormat.OpenXml.OpenXmlElement p)
        {
            var run = p.Descendants<Run>().First();
            return (run.RunProperties!.RunFonts!.EastAsia?.Value, run.RunProperties.FontSize!.Val?.Value);
        }

        var paragraphs = body.Elements<Paragraph>().ToList();
        Assert.Equal(("方正小标宋简体", "44"), Style(paragraphs[0]));
        Assert.Equal(JustificationValues.Center, paragraphs[0].ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(("黑体", "32"), Style(paragraphs.First(p => p.InnerText == "一、总体情况")));
        Assert.Equal(("仿宋_GB2312", "32"), Style(paragraphs.First(p => p.InnerText == "全年主动公开政府信息100条。")));
        Assert.Equal(("宋体", "21"), Style(body.Descendants<TableCell>().First().Descendants<Paragraph>().First()));
        var fonts = doc.MainDocumentPart.FontTablePart!.Fonts.Elements<Font>().ToDictionary(f => f.Name!.Value!, f => f.AltName?.Val?.Value);
        Assert.Equal("仿宋", fonts["仿宋_GB2312"]);
        Assert.Equal("SimHei", fonts["黑体"]);
        Assert.Equal("SimSun", fonts["宋体"]);
        Assert.Contains("方正小标宋简体", fonts.Keys);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void DocxTablesMergeCellsWithGridSpanAndVMerge(ReportFormat format)
    {
        using var doc = Open(WriterSamples.Distinct(format));
        var tables = doc.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();
        Assert.Equal(3, tables.Count);
        TableCell Cell(Table t, string text) => t.Descendants<TableCell>().Single(c => c.InnerText == text);
        int Span(TableCell c) => c.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
        MergedCellValues? Merge(TableCell c) => c.TableCellProperties?.VerticalMerge is { } v ? v.Val?.Value ?? MergedCellValues.Continue : null;

        var t3 = tables[1];
        Assert.Equal(10, t3.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        Assert.Equal((3, MergedCellValues.Restart), (Span(Cell(t3, Gongkai.Writing.TableLayout.BalanceNote)), Merge(Cell(t3, Gongkai.Writing.TableLayout.BalanceNote))));
        Assert.Equal(7, Span(Cell(t3, "申请人情况")));
        Assert.Equal(MergedCellValues.Restart, Merge(Cell(t3, "三、本年度办理结果")));
        MergedCellValues?[] Leading(Table t, string text) =>
            [.. t.Elements<TableRow>().Single(r => r.Elements<TableCell>().Any(c => c.InnerText == text)).Elements<TableCell>().TakeWhile(c => c.InnerText.Length == 0).Select(Merge)];
        Assert.Equal([MergedCellValues.Continue], Leading(t3, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
        Assert.Equal([MergedCellValues.Continue, MergedCellValues.Continue], Leading(t3, "2.其他法律行政法规禁止公开"));
        Assert.All(t3.Elements<TableRow>(), r => Assert.Equal(10, r.Elements<TableCell>().Sum(Span)));

        var t4 = tables[2];
        Assert.Equal((5, 10), (Span(Cell(t4, "行政复议")), Span(Cell(t4, "行政诉讼"))));
        Assert.All(t4.Elements<TableRow>(), r => Assert.Equal(15, r.Elements<TableCell>().Sum(Span)));
        Assert.Equal(Enumerable.Repeat<MergedCellValues?>(MergedCellValues.Continue, 5), t4.Elements<TableRow>().ElementAt(2).Elements<TableCell>().Take(5).Select(Merge));
        Assert.NotNull(t4.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>());

        var t2 = tables[0];
        Assert.Equal(4, Span(Cell(t2, "第二十条第（一）项")));
        Assert.All(t2.Elements<TableRow>(), r => Assert.Equal(4, r.Elements<TableCell>().Sum(Span)));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void DocxOpensInLibreOfficeWithEveryNumberAndLabel(ReportFormat format)
    {
        var report = WriterSamples.Distinct(format);
        var text = LibreOffice.PdfText(DocxWriter.ToBytes(report));
        var tokens = WriterSamples.Tokens(text);
        Assert.All(WriterSamples.ValueTexts(report), v => Assert.Contains(v.Text, tokens));
        var joined = string.Concat(text.Where(ch => !char.IsWhiteSpace(ch)));
        Assert.All(WriterSamples.Labels(format), label => Assert.Contains(label.Replace(" ", "", StringComparison.Ordinal), joined, StringComparison.Ordinal));
        Assert.Contains("河北省巨鹿县巨鹿镇人民政府2024年政府信息公开工作年度报告", joined, StringComparison.Ordinal);
    }
}
