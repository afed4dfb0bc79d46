using Gongkai.Reports;
using Gongkai.Writing;

namespace Gongkai.Core.Tests.Writing;

public sealed class MarkdownWriterTests
{
    public static TheoryData<ReportFormat> Formats => [.. WriterSamples.Formats];

    [Theory]
    [MemberData(nameof(Formats))]
    public void MarkdownWritesEveryValueAndLabel(ReportFormat format)
    {
        var report = WriterSamples.Distinct(format);
        var text = MarkdownWriter.Write(report);
        var tokens = WriterSamples.Tokens(text);
        Assert.All(WriterSamples.ValueTexts(report), v => Assert.Contains(v.Text, tokens));
        Assert.All(WriterSamples.Labels(format), label => Assert.Contains(label, text, StringComparison.Ordinal));
    }

    [Fact]
    public void MarkdownHasTitleSectionHeadingsAndSubTableHeadings()
    {
        var lines = MarkdownWriter.Write(WriterSamples.Distinct(ReportFormat.Revised2021)).Split('\n');
        Assert.Equal("# 河北省巨鹿县巨鹿镇人民政府2024年政府信息公开工作年度报告", lines[0]);
        Assert.All(SectionKinds.All, k => Assert.Contains("## " + k.Heading(), lines));
        Assert.Contains("### 第二十条第（八）项", lines);
        Assert.Contains("全年主动公开政府信息100条。", lines);
    }

    [Fact]
    public void MarkdownTablesKeepEveryHeaderRowAfterTheDelimiter()
    {
        var lines = MarkdownWriter.Write(WriterSamples.Distinct(ReportFormat.Revised2021)).Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("| （本列数据的勾稽关系为", StringComparison.Ordinal));
        Assert.Equal("| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |  |  | 申请人情况 |  |  |  |  |  |  |", lines[start]);
        Assert.Equal("|" + string.Concat(Enumerable.Repeat(" --- |", 10)), lines[start + 1]);
        Assert.Equal("|  |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计 |", lines[start + 2]);
        Assert.Equal("|  |  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |  |", lines[start + 3]);
        Assert.StartsWith("| 一、本年新收政府信息公开申请数量 |  |  | ", lines[start + 4], StringComparison.Ordinal);
    }
}
