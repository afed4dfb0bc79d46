using System.Globalization;
using System.Text;
using Gongkai.Diagnostics;
using Gongkai.Reading;
using Gongkai.Reports;
using Gongkai.Samples;

namespace Gongkai.Core.Tests.Recognition;

/// <summary>
/// Flattened web text (cells run together): digits are split only where the table's own sums leave exactly
/// one reading; otherwise the cells are null and the diagnostic lists the candidate readings.
/// </summary>
public sealed class FlattenedTextTests
{
    private static AnnualReport Read(string text) => Assert.IsType<AnnualReport>(ReportPipeline.ReadText(text, "flat.txt").Report);

    [Fact]
    public void ARowTotalLeavesOneReadingOfRunTogetherDigits()
    {
        var r = Read("""
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量160 02 0 018
            """);
        decimal?[] expected = [16, 0, 0, 2, 0, 0, 18];
        Assert.Equal(expected, Table3Labels("received").Select(k => r[k]));
    }

    [Fact]
    public void SectionTwoDigitsWithSeveralReadingsStayNullWithTheCandidatesListed()
    {
        var r = Read("""
            二、主动公开政府信息情况
            信息内容本年制发件数本年废止件数现行有效件数
            规章000行政规范性文件1211行政许可58
            """);
        Assert.Equal(0m, r["s2.rules.issued"]);
        Assert.Equal(0m, r["s2.rules.in_force"]);
        Assert.Equal(58m, r["s2.licensing.decisions"]);
        Assert.Null(r["s2.normative.issued"]);
        var d = Assert.Single(r.Diagnostics, d => d.Code == DiagnosticCodes.FlattenedAmbiguous.Code);
        Assert.Contains("1/2/11", d.Message, StringComparison.Ordinal);
        Assert.Contains("12/1/1", d.Message, StringComparison.Ordinal);
        Assert.Contains("s2.normative.in_force", d.CellKeys);
    }

    [Fact]
    public void ColumnSumsAcrossRowsDecideWhatOneRowCannot()
    {
        // 一 "110000011" alone reads 1/10/0/0/0/0/11 or 11/0/0/0/0/0/11; 一 + 二 = （七）总计 + 四 decides.
        var r = Read("""
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量110000011
            二、上年结转政府信息公开申请数量0000000
            （一）予以公开1 10 0 0 0 0 11
            （七）总计1 10 0 0 0 0 11
            四、结转下年度继续办理0000000
            """);
        Assert.Equal(1m, r["s3.received.natural"]);
        Assert.Equal(10m, r["s3.received.business"]);
        Assert.Equal(11m, r["s3.received.total"]);
        Assert.Equal(11m, r["s3.disclosed.total"]);
        Assert.DoesNotContain(r.Diagnostics, d => d.Code == DiagnosticCodes.FlattenedAmbiguous.Code);
    }

    [Fact]
    public void TableFourDigitsSplitByTheGroupTotals()
    {
        var r = Read("""
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量	0	0	0	0	0	0	0
            四、政府信息公开行政复议、行政诉讼情况
            行政复议行政诉讼
            10203120001200000
            """);
        Assert.Equal(1m, r["s4.review.upheld"]);
        Assert.Equal(2m, r["s4.review.other"]);
        Assert.Equal(3m, r["s4.review.total"]);
        Assert.Equal(12m, r["s4.suit_direct.upheld"]);
        Assert.Equal(12m, r["s4.suit_direct.total"]);
        Assert.Equal(0m, r["s4.suit_after_review.total"]);
    }

    [Theory]
    [InlineData(ReportFormat.Revised2021)]
    [InlineData(ReportFormat.Trial2019)]
    public void FlattenedReportsNeverGetAWrongValue(ReportFormat format)
    {
        int exact = 0, total = 0;
        for (var seed = 0; seed < 60; seed++)
        {
            var original = ReportGenerator.Create(new Random(seed), format);
            var rng = new Random(seed + 1000);
            var read = Read(Flatten(original, rng));
            Assert.Equal(format, read.Format);
            foreach (var (key, cell) in original.Cells.Where(c => c.Key[1] is '3' or '4'))
            {
                total++;
                var got = read[key];
                if (got is null)
                {
                    Assert.Contains(read.Diagnostics, d => d.CellKeys.Contains(key));
                    continue;
                }

                Assert.True(got == cell.Value, $"seed {seed} {key}: {got} read where {cell.Value} was printed");
                exact++;
            }
        }

        // Most rows are decided by the sums; the rest are null with their candidates listed.
        Assert.True(exact > total * 0.6, $"{exact}/{total} cells decided");
    }

    private static readonly string[] Columns = ["natural", "business", "research", "nonprofit", "legal", "other_org", "total"];

    private static IEnumerable<string> Table3Labels(string row) => Columns.Select(c => $"s3.{row}.{c}");

    /// <summary>Writes tables 三 and 四 the way a crawler flattens them: each row's label and numbers run together.</summary>
    private static string Flatten(AnnualReport report, Random rng)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{report.Agency}{report.Year}年政府信息公开工作年度报告");
        sb.AppendLine("二、主动公开政府信息情况");
        sb.AppendLine(report.Format == ReportFormat.Trial2019 ? "信息内容本年新制作数量本年新公开数量对外公开总数量" : "信息内容本年制发件数本年废止件数现行有效件数");
        sb.AppendLine("三、收到和处理政府信息公开申请情况");
        var defs = TemplateCatalog.Default.For(report.Format).Where(d => d.Table == 3).GroupBy(d => ReportGenerator.RowOf(d.Key));
        foreach (var row in defs)
        {
            sb.Append(row.First().RowLabel);
            foreach (var d in row)
            {
                sb.Append(((long)report[d.Key]!.Value).ToString(CultureInfo.InvariantCulture));
                if (rng.Next(4) == 0)
                {
                    sb.Append(' ');
                }
            }

            sb.AppendLine();
        }

        sb.AppendLine("四、政府信息公开行政复议、行政诉讼情况");
        sb.AppendLine("行政复议行政诉讼");
        sb.AppendLine(string.Concat(TemplateCatalog.Default.For(report.Format).Where(d => d.Table == 4).Select(d => ((long)report[d.Key]!.Value).ToString(CultureInfo.InvariantCulture))));
        sb.AppendLine("五、存在的主要问题及改进情况");
        return sb.ToString();
    }
}
