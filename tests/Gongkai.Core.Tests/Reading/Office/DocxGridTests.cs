using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Diagnostics;
using Gongkai.Reading;
using static Gongkai.Core.Tests.Reading.Office.OfficeSamples;

namespace Gongkai.Core.Tests.Reading.Office;

/// <summary>What the DOCX reader makes of Word markup: paragraphs, merged cells, nested tables, text boxes, tracked changes.</summary>
public sealed class DocxGridTests
{
    [Fact]
    public void ParagraphsBecomeProseRowsInDocumentOrderWithTheirOrdinalAsLine()
    {
        var grid = Read(DocxWithBody(P("标题") + "<w:p/>" + P("一、总体情况") + P("　　全年主动公开信息 12 条。")));

        Assert.Equal(["标题", "一、总体情况", "全年主动公开信息 12 条。"], Lines(grid));
        Assert.Equal([1, 3, 4], grid.Rows.Select(r => r.Location.Line));
        Assert.All(grid.Rows, r => Assert.Equal(("x.docx", 0), (r.Location.File, r.Location.Page)));
        Assert.Empty(grid.Diagnostics);
    }

    [Fact]
    public void GridSpanIsFollowedByEmptyCellsSoEachCellIndexIsItsGridColumn()
    {
        var grid = Read(DocxWithBody(Tbl(
            Tr(Tc("信息内容"), Tc("本年制发件数", "<w:gridSpan w:val=\"2\"/>"), Tc("现行有效件数")),
            Tr(Tc("规章"), Tc("1"), Tc("2"), Tc("3")))));

        Assert.Equal(["信息内容|本年制发件数||现行有效件数", "规章|1|2|3"], Lines(grid));
        Assert.All(grid.Rows, r => Assert.Equal(RowShape.Grid, r.Shape));
        Assert.Equal([1, 2, 4], grid.Rows[0].Cells.Where(c => c.Text.Length > 0).Select(c => c.Location.Column));
    }

    [Fact]
    public void VerticallyMergedContinuationCellsAreEmptyEvenWhenTheyHoldText()
    {
        var grid = Read(DocxWithBody(Tbl(
            Tr(Tc("三、本年度办理结果", "<w:vMerge w:val=\"restart\"/>"), Tc("（一）予以公开"), Tc("5")),
            Tr(Tc("stale text Word does not print", "<w:vMerge/>"), Tc("（二）部分公开"), Tc("6")))));

        Assert.Equal(["三、本年度办理结果|（一）予以公开|5", "|（二）部分公开|6"], Lines(grid));
    }

    [Fact]
    public void GridBeforeAddsLeadingEmptyCells()
    {
        var grid = Read(DocxWithBody(Tbl(
            "<w:tr><w:trPr><w:gridBefore w:val=\"2\"/></w:trPr>" + Tc("自然人") + "</w:tr>")));

        Assert.Equal(["||自然人"], Lines(grid));
    }

    [Fact]
    public void ACellsParagraphsAndLineBreaksJoinWithSpaces()
    {
        var grid = Read(DocxWithBody(Tbl(Tr(
            "<w:tc>" + P("本年新") + P("制作数量") + "</w:tc>",
            "<w:tc><w:p><w:r><w:t>商业</w:t><w:br/><w:t>企业</w:t><w:tab/><w:t>x</w:t></w:r></w:p></w:tc>"))));

        Assert.Equal(["本年新 制作数量|商业 企业 x"], Lines(grid));
    }

    [Fact]
    public void NestedTablesAreReadAndTheOuterLayoutCellIsNot()
    {
        var inner = Tbl(Tr(Tc("规章"), Tc("4")), Tr(Tc("行政规范性文件"), Tc("7")));
        var grid = Read(DocxWithBody(Tbl(Tr("<w:tc>" + P("页面框架") + inner + "<w:p/></w:tc>", Tc("侧栏")))));

        Assert.Equal(["页面框架", "规章|4", "行政规范性文件|7", "侧栏"], Lines(grid));
    }

    [Fact]
    public void TablesSplitIntoSeveralTablesYieldConsecutiveRows()
    {
        var grid = Read(DocxWithBody(Tbl(Tr(Tc("a"), Tc("1"))) + "<w:p/>" + Tbl(Tr(Tc("b"), Tc("2")))));

        Assert.Equal(["a|1", "b|2"], Lines(grid));
        Assert.Equal([1, 3], grid.Rows.Select(r => r.Location.Line));
    }

    [Fact]
    public void TextBoxesAreReadOnceWhereTheyAreAnchored()
    {
        const string box = "<w:txbxContent>" + "<w:p><w:r><w:t>某某县人民政府</w:t></w:r></w:p>" + "</w:txbxContent>";
        var anchored =
            "<w:p><w:r><w:t>前</w:t></w:r><w:r><mc:AlternateContent>"
            + $"<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
            + $"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
            + "</mc:AlternateContent></w:r><w:r><w:t>后</w:t></w:r></w:p>";
        var grid = Read(DocxWithBody(P("标题") + anchored + P("正文")));

        Assert.Equal(["标题", "前", "某某县人民政府", "后", "正文"], Lines(grid));
    }

    [Fact]
    public void TrackedChangesReadAsAcceptedWithAWarning()
    {
        var grid = Read(DocxWithBody(
            "<w:p><w:r><w:t>共</w:t></w:r><w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>9</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"x\"><w:r><w:t>12</w:t></w:r></w:ins><w:r><w:t>件</w:t></w:r></w:p>"
            + Tbl("<w:tr><w:trPr><w:del w:id=\"3\" w:author=\"x\"/></w:trPr>" + Tc("deleted row") + "</w:tr>", Tr(Tc("kept")))));

        Assert.Equal(["共12件", "kept"], Lines(grid));
        Assert.Equal([DiagnosticCodes.TrackedChanges.Code], grid.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void HiddenTextAndFieldCodesAreNotRead()
    {
        var grid = Read(DocxWithBody(
            "<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"));

        Assert.Equal(["3"], Lines(grid));
    }

    [Fact]
    public void ContentControlsAroundParagraphsRowsAndCellsAreReadThrough()
    {
        var grid = Read(DocxWithBody(
            "<w:sdt><w:sdtPr/><w:sdtContent>" + P("控件内段落") + "</w:sdtContent></w:sdt>"
            + Tbl("<w:sdt><w:sdtContent>" + Tr(Tc("a"), "<w:sdt><w:sdtContent>" + Tc("1") + "</w:sdtContent></w:sdt>") + "</w:sdtContent></w:sdt>")));

        Assert.Equal(["控件内段落", "a|1"], Lines(grid));
    }

    [Fact]
    public void PicturesAreCountedAsNotRead()
    {
        var grid = Read(DocxWithBody(P("正文") + "<w:p><w:r><w:drawing><wp:inline><a:graphic><a:graphicData><a:blip/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"));

        var info = Assert.Single(grid.Diagnostics);
        Assert.Equal((DiagnosticCodes.ImagesNotRead.Code, Severity.Info), (info.Code, info.Severity));
    }

    [Fact]
    public void RowsBeyondTheLimitAreCutWithAWarning()
    {
        var grid = Read(DocxWithBody(string.Concat(Enumerable.Range(1, 10).Select(i => P($"第{i}段")))), options: new ReadOptions(MaxLines: 4));

        Assert.Equal(4, grid.Rows.Length);
        Assert.Equal([DiagnosticCodes.OfficeRowsCut.Code], grid.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void AnImportedHtmlChunkIsReadWhereItStands()
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var chunk = main.AddAlternativeFormatImportPart(AlternativeFormatImportPartType.Html, "chunk1");
            using (var stream = chunk.GetStream())
            {
                stream.Write("<html><body><p>导入段落</p><table><tr><td>规章</td><td>4</td></tr></table></body></html>"u8);
            }

            main.Document = new Document(new Body(new Paragraph(new Run(new Text("前"))), new AltChunk { Id = "chunk1" }, new Paragraph(new Run(new Text("后")))));
        }

        var grid = Read(memory.ToArray());

        Assert.Equal(["前", "导入段落", "规章|4", "后"], Lines(grid));
        Assert.Equal([1, 2, 3, 4], grid.Rows.Select(r => r.Location.Line));
    }
}
