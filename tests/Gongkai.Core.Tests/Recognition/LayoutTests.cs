using Gongkai.Diagnostics;
using Gongkai.Reading;
using Gongkai.Reports;

namespace Gongkai.Core.Tests.Recognition;

/// <summary>The layouts of shared/spec/layouts-in-the-wild.md beyond the seeds, each read exactly.</summary>
public sealed class LayoutTests
{
    private static AnnualReport Read(string text)
    {
        var outcome = ReportPipeline.ReadText(text, "doc.txt");
        return Assert.IsType<AnnualReport>(outcome.Report);
    }

    private static void AssertRow(AnnualReport r, string row, params int[] values)
    {
        string[] cols = ["natural", "business", "research", "nonprofit", "legal", "other_org", "total"];
        for (var i = 0; i < cols.Length; i++)
        {
            Assert.Equal((decimal)values[i], r[$"s3.{row}.{cols[i]}"]);
        }
    }

    [Fact]
    public void LayoutPreservingPdfTextWithVerticalRowLabelsIsRead()
    {
        var r = Read("""
            某某县教育局2024年政府信息公开工作年度报告
            三、收到和处理政府信息公开申请情况
                                                   申请人情况
                                                           法人或其他组织
                                            自然人   商业   科研   社会公   法律服   其他   总计
                                                    企业   机构   益组织   务机构
              一、本年新收政府信息公开申请数量      37      4      0      1       0       0     42
            三     （一）予以公开                  20      3      0      1       0       0     24
            、
            本     （二）部分公开（区分处理的，只    5      0      0      0       0       0      5
            年     计这一情形，不计其他情形）
            """);
        AssertRow(r, "received", 37, 4, 0, 1, 0, 0, 42);
        AssertRow(r, "disclosed", 20, 3, 0, 1, 0, 0, 24);
        AssertRow(r, "partial", 5, 0, 0, 0, 0, 0, 5);
        Assert.Equal("某某县教育局", r.Agency);
        Assert.Equal(2024, r.Year);
    }

    [Fact]
    public void PipeRowsAreRead()
    {
        var r = Read("""
            # 某某镇人民政府2023年政府信息公开工作年度报告
            ## 二、主动公开政府信息情况
            | 第二十条第（一）项 | | | |
            |---|---|---|---|
            | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
            | 规章 | 1 | 0 | 5 |
            | 行政规范性文件 | 2 | 1 | 12 |
            | 第二十条第（五）项 | | | |
            | 信息内容 | 本年处理决定数量 | | |
            | 行政许可 | 58 | | |
            """);
        Assert.Equal(ReportFormat.Revised2021, r.Format);
        Assert.Equal(1m, r["s2.rules.issued"]);
        Assert.Equal(5m, r["s2.rules.in_force"]);
        Assert.Equal(12m, r["s2.normative.in_force"]);
        Assert.Equal(58m, r["s2.licensing.decisions"]);
        Assert.Null(r["s2.penalty.decisions"]);
    }

    [Fact]
    public void TraditionalCharactersWithPinyinGlossesAreRecognized()
    {
        var r = Read("""
            某某市2021年政府信息公開工作年度報告
            三、收到和處(chù)理政府信息公開申請情況
            一、本年新收政府信息公開申請數量	3	0	0	0	0	0	3
            二、上年結轉政府信息公開申請數量	1	0	0	0	0	0	1
            """);
        AssertRow(r, "received", 3, 0, 0, 0, 0, 0, 3);
        AssertRow(r, "carried_in", 1, 0, 0, 0, 0, 0, 1);
        Assert.Contains(SectionKind.Applications, r.Sections.Keys);
    }

    [Fact]
    public void OddCellContentsAreReadAsPrintedOrNull()
    {
        var r = Read("""
            二、主动公开政府信息情况
            第二十条第（一）项
            信息内容	本年新制作数量	本年新公开数量	对外公开总数量
            规章	/	—	无
            规范性文件	０	１２	3
            第二十条第（五）项
            信息内容	上一年项目数量	本年增/减	处理决定数量
            行政许可	20	减3	1,234
            其他对外管理服务事项	5	-2	+4
            第二十条第（九）项
            信息内容	采购项目数量	采购总金额
            政府集中采购	3	160.5964万元
            """);
        Assert.Equal(ReportFormat.Trial2019, r.Format);
        Assert.Null(r["s2.rules.made"]);
        Assert.Equal("/", r.Cells["s2.rules.made"].Printed);
        Assert.Equal("无", r.Cells["s2.rules.total"].Printed);
        Assert.Equal(12m, r["s2.normative.published"]);
        Assert.Equal(-3m, r["s2.licensing.change"]);
        Assert.Equal(1234m, r["s2.licensing.decisions"]);
        Assert.Equal(-2m, r["s2.other_services.change"]);
        Assert.Equal(4m, r["s2.other_services.decisions"]);
        Assert.Equal(160.5964m, r["s2.procurement.amount"]);
    }

    [Fact]
    public void A2021ReportWithThe2019OtherRowKeepsItsCellsNullAndSaysSo()
    {
        var r = Read("""
            二、主动公开政府信息情况
            信息内容	本年制发件数	本年废止件数	现行有效件数
            规章	0	0	0
            三、收到和处理政府信息公开申请情况
            	（六）其他处理	0	0	0	0	0	0	0
            	（七）总计	0	0	0	0	0	0	0
            """);
        Assert.Equal(ReportFormat.Revised2021, r.Format);
        Assert.Null(r["s3.other.misc.total"]);
        Assert.Equal(0m, r["s3.total.total"]);
        Assert.Contains(r.Diagnostics, d => d.Code == DiagnosticCodes.MixedTemplate.Code);
    }

    [Fact]
    public void ValuesOnTheLineAfterATornLabelBelongToThatLabel()
    {
        var r = Read("""
            三、收到和处理政府信息公开申请情况
            （二）部分公开（区分处理的，只计这一情形，
            不计其他情形） 1 0 0 0 0 0 1
            """);
        AssertRow(r, "partial", 1, 0, 0, 0, 0, 0, 1);
    }

    [Fact]
    public void ARunOfFifteenNumbersAfterTableThreeIsTableFour()
    {
        var r = Read("""
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量	0	0	0	0	0	0	0
            1 0 0 0 1 0 0 0 0 0 0 0 0 0 0
            五、存在的主要问题及改进情况
            无。
            """);
        Assert.Equal(1m, r["s4.review.upheld"]);
        Assert.Equal(1m, r["s4.review.total"]);
        Assert.Equal(0m, r["s4.suit_after_review.total"]);
    }

    [Fact]
    public void UnplaceableValuesBecomeNullWithTheCandidatesListed()
    {
        var r = Read("""
            三、收到和处理政府信息公开申请情况
              自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计
            一、本年新收政府信息公开申请数量 5 1 6
            """);
        Assert.Null(r["s3.received.natural"]);
        var d = Assert.Single(r.Diagnostics, d => d.Code == DiagnosticCodes.ValuesUnplaceable.Code);
        Assert.Contains("5 1 6", d.Message, StringComparison.Ordinal);
        Assert.Contains("s3.received.total", d.CellKeys);
    }

    [Fact]
    public void InATabGridValuesStandUnderTheHeaderColumnOfTheirPosition()
    {
        var r = Read("""
            三、收到和处理政府信息公开申请情况
            	自然人	商业企业	科研机构	社会公益组织	法律服务机构	其他	总计
            一、本年新收政府信息公开申请数量	5	1	6
            """);
        Assert.Equal(5m, r["s3.received.natural"]);
        Assert.Equal(6m, r["s3.received.research"]);
        Assert.Null(r["s3.received.total"]);
        Assert.Contains(r.Diagnostics, d => d.Code == DiagnosticCodes.AmbiguousLayout.Code && d.CellKeys.Contains("s3.received.total"));
    }

    [Fact]
    public void AgencyFromAWebPageInfoBoxAndAYearInChineseNumerals()
    {
        var r = Read("""
            索引号 | 000014349/2024-00222 | 发布机构 | 某某县人民政府办公室
            二〇二四年度政府信息公开工作年度报告
            一、总体情况
            本年度工作情况如下。
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量	0	0	0	0	0	0	0
            """);
        Assert.Equal("某某县人民政府办公室", r.Agency);
        Assert.Equal(2024, r.Year);
    }

    [Fact]
    public void ATemplateNoLabelDecidesIsReadAs2021AndSaysSo()
    {
        var r = Read("""
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量	0	0	0	0	0	0	0
            """);
        Assert.Equal(ReportFormat.Revised2021, r.Format);
        Assert.Contains(r.Diagnostics, d => d.Code == DiagnosticCodes.AmbiguousLayout.Code);
    }
}
