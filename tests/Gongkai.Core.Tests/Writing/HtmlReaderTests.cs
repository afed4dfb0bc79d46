using System.Text;
using Gongkai.Reading;
using Gongkai.Reports;
using Gongkai.Writing;

namespace Gongkai.Core.Tests.Writing;

/// <summary>The HTML reader: tables to grid rows, the rest to prose, any charset, never an exception.</summary>
public sealed class HtmlReaderTests
{
    private static readonly HtmlReader Reader = new();

    private static TextGrid Read(string html, Encoding? encoding = null) =>
        Reader.Read((encoding ?? new UTF8Encoding(false)).GetBytes(html), "page.html", ReadOptions.Default);

    private static string[][] Texts(TextGrid grid) => [.. grid.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray())];

    [Theory]
    [InlineData("<!DOCTYPE html><html>")]
    [InlineData("  \r\n<!doctype HTML>")]
    [InlineData("<HTML lang=\"zh-CN\">")]
    [InlineData("\uFEFF<table><tr><td>1</td></tr></table>")]
    [InlineData("<meta charset=\"gb2312\">")]
    [InlineData("<head><title>x</title></head>")]
    [InlineData("<body><p>正文</p></body>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">")]
    [InlineData("<!-- saved from url=(0042)http://www.gov.cn/ -->\n<html>")]
    public void CanReadRecognizesHtml(string head) => Assert.True(Reader.CanRead(Encoding.UTF8.GetBytes(head)));

    [Theory]
    [InlineData("一、总体情况\n<p>")]
    [InlineData("<div>正文</div>")]
    [InlineData("%PDF-1.7")]
    [InlineData("<?xml version=\"1.0\"?><root/>")]
    [InlineData("\t第二十条第（一）项")]
    [InlineData("")]
    public void CanReadRefusesOtherContent(string head) => Assert.False(Reader.CanRead(Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void CanReadSeesThroughAUtf16ByteOrderMark() =>
        Assert.True(Reader.CanRead([.. new UnicodeEncoding(false, true).GetPreamble(), .. Encoding.Unicode.GetBytes("<html>")]));

    [Fact]
    public void SpannedCellsLeaveEmptyCellsSoEveryIndexIsItsGridColumn()
    {
        var grid = Read("<table><tr><th colspan=\"3\" rowspan=\"2\">注</th><th colspan=\"2\">申请人情况</th></tr><tr><td>自然人</td><td>总计</td></tr>"
            + "<tr><td rowspan=\"2\">三、本年度办理结果</td><td colspan=\"2\">（一）予以公开</td><td>1</td><td>2</td></tr><tr><td colspan=\"2\">（二）部分公开</td><td>3</td><td>4</td></tr></table>");
        Assert.Equal(
            [["注", "", "", "申请人情况", ""], ["", "", "", "自然人", "总计"], ["三、本年度办理结果", "（一）予以公开", "", "1", "2"], ["", "（二）部分公开", "", "3", "4"]],
            Texts(grid));
        Assert.Empty(grid.Diagnostics);
    }

    [Fact]
    public void NbspBecomesASpaceAndWhiteSpaceCollapses()
    {
        var grid = Read("<body><p>&nbsp;&nbsp;2024年，&nbsp;本镇\n   共公开&#160;51 条。</p><table><tr><td>&nbsp;0&nbsp;</td><td>本年新<br>制作数量</td></tr></table></body>");
        Assert.Equal([["2024年， 本镇 共公开 51 条。"], ["0", "本年新 制作数量"]], Texts(grid));
    }

    [Fact]
    public void GbkPageWithMetaCharsetGb2312IsDecoded()
    {
        var gbk = CodePages("GB18030");
        var html = "<html><head><meta charset=\"gb2312\"><title>报告</title></head><body><h1>巨鹿镇2024年政府信息公开工作年度报告</h1><table><tr><td>规章</td><td>0</td></tr></table></body></html>";
        Assert.Equal([["巨鹿镇2024年政府信息公开工作年度报告"], ["规章", "0"]], Texts(Read(html, gbk)));
    }

    [Fact]
    public void HttpEquivCharsetIsHonoured()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\"></head><body><p>收到和处理政府信息公开申请情况</p></body></html>";
        Assert.Equal([["收到和处理政府信息公开申请情况"]], Texts(Read(html, CodePages("GB18030"))));
    }

    [Fact]
    public void UndeclaredGbkPageIsStillDecoded()
    {
        var html = "<html><body><p>主动公开政府信息情况</p></body></html>";
        Assert.Equal([["主动公开政府信息情况"]], Texts(Read(html, CodePages("GB18030"))));
    }

    [Fact]
    public void ByteOrderMarkWinsOverTheDeclaredCharset()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<html><head><meta charset=\"gb2312\"></head><body><p>总体情况</p></body></html>")).ToArray();
        Assert.Equal([["总体情况"]], Texts(Reader.Read(bytes, "bom.html", ReadOptions.Default)));
    }

    [Fact]
    public void NestedLayoutTablesAreReadThrough()
    {
        var grid = Read("<table class=\"frame\"><tr><td>首页 &gt; 政府信息公开</td></tr><tr><td><h1>年度报告</h1><p>一、总体情况</p>"
            + "<table><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>5</td></tr></table><p>五、存在的主要问题及改进情况</p></td><td>侧栏</td></tr></table>");
        Assert.Equal(
            [["首页 > 政府信息公开"], ["年度报告"], ["一、总体情况"], ["信息内容", "本年制发件数"], ["规章", "5"], ["五、存在的主要问题及改进情况"], ["侧栏"]],
            Texts(grid));
    }

    [Fact]
    public void AReportSplitAcrossSeveralTablesKeepsEveryRowInOrder()
    {
        var grid = Read("<h2>三、收到和处理政府信息公开申请情况</h2><table><tr><td>一、本年新收政府信息公开申请数量</td><td>7</td></tr></table>"
            + "<p>续表</p><table><tbody><tr><td>四、结转下年度继续办理</td><td>1</td></tr></tbody><tfoot><tr><td>注</td></tr></tfoot></table>");
        Assert.Equal(
            [["三、收到和处理政府信息公开申请情况"], ["一、本年新收政府信息公开申请数量", "7"], ["续表"], ["四、结转下年度继续办理", "1"], ["注"]],
            Texts(grid));
    }

    [Fact]
    public void BrSplitsProseIntoRowsAndBlocksEndThem()
    {
        var grid = Read("<div>一、总体情况<br/>（一）主动公开。<br><br>（二）依申请公开。<span>共 0 件</span></div><ul><li>甲</li><li>乙</li></ul>");
        Assert.Equal([["一、总体情况"], ["（一）主动公开。"], ["（二）依申请公开。共 0 件"], ["甲"], ["乙"]], Texts(grid));
    }

    [Fact]
    public void ScriptStyleAndHeadAreIgnored()
    {
        var grid = Read("<html><head><title>标题</title><style>p{}</style></head><body><script>var a='一、总体情况';</script><noscript>请启用</noscript><p>正文</p><style>td{}</style></body></html>");
        Assert.Equal([["正文"]], Texts(grid));
    }

    [Fact]
    public void CellsAndProseCarryTheirSourceLine()
    {
        var grid = Read("<html>\n<body>\n<p>一、总体情况</p>\n<table>\n<tr><td>规章</td>\n<td>0</td></tr>\n</table>\n</body></html>");
        Assert.Equal(3, grid.Rows[0].Location.Line);
        Assert.Equal(("page.html", 5), (grid.Rows[1].Cells[0].Location.File, grid.Rows[1].Cells[0].Location.Line));
        Assert.Equal(6, grid.Rows[1].Cells[1].Location.Line);
    }

    [Theory]
    [InlineData("<table><tr><td colspan=\"-5\">a</td><td colspan=\"999999999\">b</td></tr></table>")]
    [InlineData("<html><body><table><tr><td>未闭合")]
    [InlineData("</td></tr><<<>>>&&&;\0\u0001")]
    public void BadMarkupNeverThrows(string html)
    {
        var grid = Read(html);
        Assert.True(grid.Rows.Length <= 2);
        Assert.All(grid.Rows, r => Assert.True(r.Cells.Length <= 1001));
    }

    [Fact]
    public void DeepNestingAndBinaryNoiseNeverThrow()
    {
        var deep = "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", 3000)) + "深处" + "</body></html>";
        Assert.Contains(Read(deep).Rows, r => r.Text.Contains("深处", StringComparison.Ordinal));
        var noise = new byte[4096];
        new Random(7).NextBytes(noise);
        var grid = Reader.Read([.. "<html>"u8, .. noise], "noise.html", ReadOptions.Default);
        Assert.NotNull(grid);
    }

    [Fact]
    public void TheDefaultPipelinePicksTheHtmlReaderForPages()
    {
        var bytes = Encoding.UTF8.GetBytes(HtmlWriter.Write(WriterSamples.Distinct(ReportFormat.Revised2021)));
        Assert.IsType<HtmlReader>(ReportPipeline.Default.Readers.First(r => r.CanRead(bytes)));
    }

    [Fact]
    public void WrittenPagesReadBackAsTheOfficialGrid()
    {
        var report = WriterSamples.Distinct(ReportFormat.Trial2019);
        var rows = Texts(Read(HtmlWriter.Write(report)));
        Assert.Equal(["河北省巨鹿县巨鹿镇人民政府2024年政府信息公开工作年度报告"], rows[0]);
        Assert.Contains(["第二十条第（九）项", "", "", ""], rows);
        Assert.Contains([TableLayout.BalanceNote, "", "", "申请人情况", "", "", "", "", "", ""], rows);
        var received = Assert.Single(rows, r => r[0] == "一、本年新收政府信息公开申请数量");
        Assert.Equal(10, received.Length);
        Assert.Equal(15, rows.Single(r => r.Length == 15 && r.All(c => c.All(char.IsAsciiDigit))).Length);
        Assert.Contains(["六、其他需要报告的事项"], rows);
    }

    private static Encoding CodePages(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name);
    }
}
