using Gongkai.Reports;
using Gongkai.Writing;

namespace Gongkai.Core.Tests.Writing;

/// <summary>The shared table layout against the templates (domain-rules.md §1.4, cells.tsv).</summary>
public sealed class TableLayoutTests
{
    public static TheoryData<ReportFormat> Formats => [.. WriterSamples.Formats];

    private static LayoutTable Table(SectionKind kind, ReportFormat format) => Assert.Single(TableLayout.For(kind, format));

    [Theory]
    [MemberData(nameof(Formats))]
    public void EveryTemplateCellIsPrintedExactlyOnce(ReportFormat format)
    {
        var keys = SectionKinds.All.SelectMany(k => TableLayout.For(k, format))
            .SelectMany(t => t.Rows.SelectMany(r => r.Cells)).Where(c => c.Key is not null).Select(c => c.Key!).ToList();
        Assert.Equal(TemplateCatalog.Default.For(format).Select(d => d.Key).Order(), keys.Order());
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void MergedCellsTileEveryGrid(ReportFormat format)
    {
        foreach (var table in SectionKinds.All.SelectMany(k => TableLayout.For(k, format)))
        {
            var grid = table.Grid();
            Assert.Equal(table.Rows.Length, grid.Count);
            Assert.All(grid, row => Assert.Equal(table.Columns, row.Length));
            Assert.Equal(table.Columns, table.ColumnWeights.Length);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void EachValueRowEndsWithTheCatalogRowLabel(ReportFormat format)
    {
        foreach (var table in TableLayout.For(SectionKind.Applications, format).Concat(TableLayout.For(SectionKind.Proactive, format)))
        {
            foreach (var row in table.Grid().Where(r => r.Any(s => s.Cell.Key is not null)))
            {
                var label = row.Last(s => s.Cell.Kind == LayoutCellKind.Label).Cell.Text;
                var def = TemplateCatalog.Default[row.First(s => s.Cell.Key is not null).Cell.Key!];
                Assert.Equal(def.RowLabel, label);
            }
        }
    }

    [Fact]
    public void Table3HeaderIsMergedAsTheTemplatesPrintIt()
    {
        var t = Table(SectionKind.Applications, ReportFormat.Revised2021);
        Assert.Equal(10, t.Columns);
        Assert.Equal(
            [new LayoutCell(LayoutCellKind.Header, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), new LayoutCell(LayoutCellKind.Header, "申请人情况", 7)],
            t.Rows[0].Cells.AsEnumerable());
        Assert.Equal(
            [new LayoutCell(LayoutCellKind.Header, "自然人", 1, 2), new LayoutCell(LayoutCellKind.Header, "法人或其他组织", 5), new LayoutCell(LayoutCellKind.Header, "总计", 1, 2)],
            t.Rows[1].Cells.AsEnumerable());
        Assert.Equal(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"], t.Rows[2].Cells.Select(c => c.Text));
    }

    [Theory]
    [InlineData(ReportFormat.Revised2021, 22, 3)]
    [InlineData(ReportFormat.Trial2019, 20, 1)]
    public void Table3RowGroupsSpanTheirSubRows(ReportFormat format, int resultRows, int otherRows)
    {
        var t = Table(SectionKind.Applications, format);
        var labels = t.Rows.SelectMany(r => r.Cells).Where(c => c.Kind == LayoutCellKind.Label).ToDictionary(c => c.Text);
        Assert.Equal(3, labels["一、本年新收政府信息公开申请数量"].ColSpan);
        Assert.Equal(3, labels["四、结转下年度继续办理"].ColSpan);
        Assert.Equal(resultRows, labels["三、本年度办理结果"].RowSpan);
        Assert.Equal(2, labels["（一）予以公开"].ColSpan);
        Assert.Equal(2, labels["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"].ColSpan);
        Assert.Equal(8, labels["（三）不予公开"].RowSpan);
        Assert.Equal(3, labels["（四）无法提供"].RowSpan);
        Assert.Equal(5, labels["（五）不予处理"].RowSpan);
        Assert.Equal(otherRows, labels["（六）其他处理"].RowSpan);
        Assert.Equal(format == ReportFormat.Trial2019 ? 2 : 1, labels["（六）其他处理"].ColSpan);
        Assert.Equal(2, labels["（七）总计"].ColSpan);
        Assert.Equal(3 + 25 - (format == ReportFormat.Trial2019 ? 2 : 0), t.Rows.Length);
    }

    [Fact]
    public void Table4HasThreeHeaderRowsAndOneRowOfFifteenNumbers()
    {
        var t = Table(SectionKind.Appeals, ReportFormat.Trial2019);
        Assert.Equal(15, t.Columns);
        Assert.Equal([("行政复议", 5, 1), ("行政诉讼", 10, 1)], t.Rows[0].Cells.Select(c => (c.Text, c.ColSpan, c.RowSpan)));
        Assert.Equal(
            [("结果维持", 1, 2), ("结果纠正", 1, 2), ("其他结果", 1, 2), ("尚未审结", 1, 2), ("总计", 1, 2), ("未经复议直接起诉", 5, 1), ("复议后起诉", 5, 1)],
            t.Rows[1].Cells.Select(c => (c.Text, c.ColSpan, c.RowSpan)));
        Assert.Equal(10, t.Rows[2].Cells.Length);
        Assert.Equal(15, t.Rows[3].Cells.Count(c => c.Key is not null));
    }

    [Fact]
    public void Section2Of2021HasFourSubTablesWithTheRevisedLabels()
    {
        var tables = TableLayout.For(SectionKind.Proactive, ReportFormat.Revised2021);
        Assert.Equal(["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"], tables.Select(t => t.Caption));
        Assert.Equal(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], tables[0].Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["规章", "行政规范性文件"], tables[0].Rows.Skip(1).Select(r => r.Cells[0].Text));
        Assert.Equal(("本年处理决定数量", 3), (tables[1].Rows[0].Cells[1].Text, tables[1].Rows[0].Cells[1].ColSpan));
        Assert.Equal(["行政处罚", "行政强制"], tables[2].Rows.Skip(1).Select(r => r.Cells[0].Text));
        Assert.Equal("本年收费金额（单位：万元）", tables[3].Rows[0].Cells[1].Text);
    }

    [Fact]
    public void Section2Of2019HasFiveSubTablesWithTheTrialLabels()
    {
        var tables = TableLayout.For(SectionKind.Proactive, ReportFormat.Trial2019);
        Assert.Equal(["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项"], tables.Select(t => t.Caption));
        Assert.Equal(["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"], tables[0].Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["规章", "规范性文件"], tables[0].Rows.Skip(1).Select(r => r.Cells[0].Text));
        Assert.Equal(["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"], tables[1].Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["行政许可", "其他对外管理服务事项"], tables[1].Rows.Skip(1).Select(r => r.Cells[0].Text));
        Assert.Equal(["信息内容", "上一年项目数量", "本年增/减"], tables[3].Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["信息内容", "采购项目数量", "采购总金额"], tables[4].Rows[0].Cells.Select(c => c.Text));
        Assert.Equal("政府集中采购", tables[4].Rows[1].Cells[0].Text);
    }

    [Fact]
    public void UnknownFormatHasNoTables() =>
        Assert.All(SectionKinds.All, k => Assert.Empty(TableLayout.For(k, ReportFormat.Unknown)));

    [Theory]
    [InlineData("12.50", "12.5")]
    [InlineData("-3", "-3")]
    [InlineData("0.000", "0")]
    [InlineData(null, "")]
    public void ValuesPrintInvariantWithoutTrailingZeros(string? value, string expected)
    {
        decimal? parsed = value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        var report = AnnualReport.Empty(ReportFormat.Revised2021).WithValues([new("s2.fees.amount", parsed)]);
        Assert.Equal(expected, TableLayout.TextOf(LayoutCell.Value("s2.fees.amount"), report));
    }
}
