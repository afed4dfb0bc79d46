using AngleSharp.Html.Parser;
using Gongkai.Reports;
using Gongkai.Writing;

namespace Gongkai.Core.Tests.Writing;

public sealed class HtmlWriterTests
{
    public static TheoryData<ReportFormat> Formats => [.. WriterSamples.Formats];

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(AnnualReport report) => new HtmlParser().ParseDocument(HtmlWriter.Write(report));

    [Theory]
    [MemberData(nameof(Formats))]
    public void HtmlWritesEveryValueAndLabel(ReportFormat format)
    {
        var report = WriterSamples.Distinct(format);
        var doc = Parse(report);
        var cells = doc.QuerySelectorAll("td, th").Select(c => c.TextContent).ToHashSet();
        Assert.All(WriterSamples.ValueTexts(report), v => Assert.Contains(v.Text, cells));
        Assert.All(WriterSamples.Labels(format), label => Assert.Contains(label, cells));
    }

    [Fact]
    public void HtmlIsAStandaloneChinesePageWithTheOfficialFonts()
    {
        var html = HtmlWriter.Write(WriterSamples.Distinct(ReportFormat.Revised2021));
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("\"FangSong_GB2312\",\"仿宋_GB2312\",\"FangSong\",\"Noto Serif CJK SC\",serif", html, StringComparison.Ordinal);
        Assert.Contains("\"方正小标宋简体\",\"SimSun\",\"Noto Serif CJK SC\"", html, StringComparison.Ordinal);
        Assert.Contains("border: 1px solid #000", html, StringComparison.Ordinal);
        var doc = new HtmlParser().ParseDocument(html);
        Assert.Equal("河北省巨鹿县巨鹿镇人民政府2024年政府信息公开工作年度报告", doc.QuerySelector("h1")!.TextContent);
        Assert.Equal(SectionKinds.All.Select(k => k.Heading()), doc.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Equal(3, doc.QuerySelectorAll("table").Length);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void HtmlHasTheMergedHeaderCellsOfTheTemplates(ReportFormat format)
    {
        var doc = Parse(WriterSamples.Distinct(format));
        string? Span(string text, string attribute) =>
            doc.QuerySelectorAll("th, td").Single(c => c.TextContent == text).GetAttribute(attribute);

        Assert.Equal(("3", "3"), (Span(TableLayout.BalanceNote, "colspan"), Span(TableLayout.BalanceNote, "rowspan")));
        Assert.Equal("7", Span("申请人情况", "colspan"));
        Assert.Equal("2", Span("自然人", "rowspan"));
        Assert.Equal("5", Span("法人或其他组织", "colspan"));
        Assert.Equal("5", Span("行政复议", "colspan"));
        Assert.Equal("10", Span("行政诉讼", "colspan"));
        Assert.Equal("5", Span("未经复议直接起诉", "colspan"));
        Assert.Equal("5", Span("复议后起诉", "colspan"));
        Assert.Equal(format == ReportFormat.Revised2021 ? "22" : "20", Span("三、本年度办理结果", "rowspan"));
        Assert.Equal("8", Span("（三）不予公开", "rowspan"));
        Assert.Equal("3", Span("一、本年新收政府信息公开申请数量", "colspan"));
        Assert.Equal("4", Span("第二十条第（一）项", "colspan"));
        Assert.Equal(["2", null, null], doc.QuerySelectorAll("th").Where(c => c.TextContent == "结果维持").Select(c => c.GetAttribute("rowspan")));
    }

    [Fact]
    public void HtmlWriterEncodesNarrativeAsText()
    {
        var report = WriterSamples.Distinct(ReportFormat.Revised2021) with { Agency = "A&B<镇>" };
        report = report with
        {
            Sections = new Dictionary<SectionKind, string>(report.Sections)
            {
                [SectionKind.Other] = "六、其他需要报告的事项\n<script>alert('x')</script> & \"引号\"",
            },
        };
        var html = HtmlWriter.Write(report);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;引号&quot;</p>", html, StringComparison.Ordinal);
        var doc = new HtmlParser().ParseDocument(html);
        Assert.Empty(doc.Scripts);
        Assert.Equal("A&B<镇>2024年政府信息公开工作年度报告", doc.Title);
        Assert.Contains(doc.QuerySelectorAll("p"), p => p.TextContent == "<script>alert('x')</script> & \"引号\"");
    }

    [Fact]
    public void BlankValuesAreEmptyCells()
    {
        var report = WriterSamples.Distinct(ReportFormat.Trial2019).WithValues([new("s4.review.upheld", null)]);
        var doc = new HtmlParser().ParseDocument(HtmlWriter.Write(report));
        Assert.Equal("", doc.QuerySelectorAll("table")[2].QuerySelectorAll("td.num")[0].TextContent);
    }
}
