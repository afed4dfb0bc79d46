using Gongkai.Reports;
using Gongkai.Writing.Export;

namespace Gongkai.Core.Tests.Export;

/// <summary>The export columns: metadata first, then every cell key of both templates in catalog order, each with a distinct readable label.</summary>
public sealed class ExportColumnsTests
{
    [Fact]
    public void CellColumnsAreEveryCatalogKeyInFileOrder() =>
        Assert.Equal(TemplateCatalog.Default.All.Select(d => d.Key), ExportColumns.Cells.Select(c => c.Key));

    [Fact]
    public void ReportColumnsStartWithTheElevenMetadataColumns()
    {
        Assert.Equal(["报告编号", "机构", "所属地区", "年度", "版本", "模板", "来源", "发布日期", "导入时间", "错误数", "警告数"],
            ExportColumns.Report.Take(11).Select(c => c.Label));
        Assert.Equal(11 + TemplateCatalog.Default.All.Count, ExportColumns.Report.Count);
    }

    [Fact]
    public void EveryLabelAndEveryKeyIsDistinct()
    {
        Assert.Equal(ExportColumns.Report.Count, ExportColumns.Report.Select(c => c.Label).Distinct().Count());
        Assert.Equal(ExportColumns.Report.Count, ExportColumns.Report.Select(c => c.Key).Distinct().Count());
    }

    [Theory]
    [InlineData("s3.received.natural", "三·本年新收政府信息公开申请数量·自然人")]
    [InlineData("s3.carried_in.business", "三·上年结转政府信息公开申请数量·商业企业")]
    [InlineData("s3.partial.other_org", "三·本年度办理结果·（二）部分公开·法人或其他组织·其他")]
    [InlineData("s3.withheld.state_secret.total", "三·本年度办理结果·（三）不予公开·1.属于国家秘密·总计")]
    [InlineData("s3.other.total", "三·本年度办理结果·（六）其他处理·总计")]
    [InlineData("s3.carried_out.legal", "三·结转下年度继续办理·法律服务机构")]
    [InlineData("s2.fees.amount", "二·行政事业性收费·本年收费金额（单位：万元）")]
    [InlineData("s2.licensing.decisions", "二·行政许可·本年处理决定数量")]
    [InlineData("s2.normative.made", "二·规范性文件·本年新制作数量")]
    [InlineData("s4.suit_after_review.pending", "四·行政诉讼·复议后起诉·尚未审结")]
    public void LabelsReadAsTheTablePrintsThem(string key, string label) =>
        Assert.Equal(label, ExportColumns.Cells.Single(c => c.Key == key).Label);
}
