using Gongkai.Reading;
using Gongkai.Recognition;

namespace Gongkai.Core.Tests.Reading.Pdf;

/// <summary>
/// Rows and columns rebuilt from word boxes placed by hand, for layouts the round-trip PDFs do not print: a WPS
/// table with right-aligned numbers, a row label printed one character per line, page numbers and running heads,
/// a row cut by a page break under a repeated header (layouts-in-the-wild §3, §10).
/// </summary>
public sealed class PdfLayoutTests
{
    private const double Em = 10.5;
    private static readonly double[] Columns = [300, 335, 370, 405, 440, 475, 510];

    [Fact]
    public void ALabelPrintedOneCharacterPerLineDoesNotBreakTheRowsBesideIt()
    {
        var words = Prose(60).Concat(Table3Header(140)).ToList();
        words.AddRange(DataRow(215, "一、本年新收政府信息公开申请数量", 40, [37, 4, 0, 1, 0, 0, 42]));
        words.Add(W("三", 40, 230));
        words.AddRange(DataRow(230, "（一）予以公开", 80, [20, 3, 0, 1, 0, 0, 24]));
        words.Add(W("、", 40, 245));
        words.Add(W("本", 40, 260));
        words.AddRange(DataRow(260, "（二）部分公开（区分处理的，只", 80, [5, 0, 0, 0, 0, 0, 5]));
        words.Add(W("年", 40, 275));
        words.Add(W("计这一情形，不计其他情形）", 80, 275));

        var rows = Build([words]);
        var report = Recognizer.Recognize(new TextGrid("t.pdf", rows, []));

        var valueRows = rows.Where(r => r.Cells.Any(c => NumberText.IsNumberLike(c.Text))).ToList();
        Assert.Equal(3, valueRows.Count);
        var natural = valueRows.Select(r => r.Cells.ToList().FindIndex(c => NumberText.IsNumberLike(c.Text))).Distinct();
        var header = rows.Single(r => r.Cells.Any(c => c.Text == "自然人"));
        Assert.Equal(header.Cells.ToList().FindIndex(c => c.Text == "自然人"), Assert.Single(natural));
        Assert.Contains(header.Cells, c => c.Text == "商业企业");
        Assert.Contains(valueRows[2].Cells, c => c.Text == "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        Assert.Equal(42m, report["s3.received.total"]);
        Assert.Equal(20m, report["s3.disclosed.natural"]);
        Assert.Equal(3m, report["s3.disclosed.business"]);
        Assert.Equal(5m, report["s3.partial.total"]);
    }

    [Fact]
    public void PageNumbersAndRunningHeadsAreDroppedAndAParagraphCarriesOverThePageBreak()
    {
        var page1 = new List<PdfWord> { W("东明镇人民政府文件", 250, 40), W("- 1 -", 280, 810) };
        page1.AddRange(Prose(100));
        page1.Add(W("全年共收到政府信息公开申请四十二件，均已按时答复，其中予以公开二十件，部分", 80, 300, 16));
        var page2 = new List<PdfWord> { W("东明镇人民政府文件", 250, 40), W("第 2 页", 275, 810), W("公开五件。", 80, 100, 16) };

        var rows = Build([page1, page2]);

        Assert.DoesNotContain(rows, r => r.Text.Contains("东明镇人民政府文件", StringComparison.Ordinal) || r.Text.Contains('页') || r.Text.Contains("- 1 -", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Text.EndsWith("其中予以公开二十件，部分公开五件。", StringComparison.Ordinal));
    }

    [Fact]
    public void ATableGoesOnUnderItsRepeatedHeaderAndACutLabelJoinsTheRowAbove()
    {
        var page1 = Prose(60).Concat(Table3Header(140)).ToList();
        page1.AddRange(DataRow(215, "一、本年新收政府信息", 40, [37, 4, 0, 1, 0, 0, 42]));
        var page2 = Table3Header(100).ToList();
        page2.Add(W("公开申请数量", 40, 175));
        page2.AddRange(DataRow(190, "二、上年结转政府信息公开申请数量", 40, [1, 0, 0, 0, 0, 0, 1]));

        var rows = Build([page1, page2]);
        var report = Recognizer.Recognize(new TextGrid("t.pdf", rows, []));

        Assert.Contains(rows, r => r.Cells.Any(c => c.Text == "一、本年新收政府信息公开申请数量") && r.Cells.Any(c => c.Text == "42"));
        Assert.DoesNotContain(rows, r => r.Cells.Any(c => c.Text == "公开申请数量"));
        Assert.Equal(42m, report["s3.received.total"]);
        Assert.Equal(1m, report["s3.carried_in.natural"]);
    }

    private static IEnumerable<PdfWord> Prose(double y)
    {
        yield return W("本机关依法做好政府信息公开工作，全年主动公开政府信息一百条。", 80, y, 16);
        yield return W("本年度共收到政府信息公开申请四十二件，均已按时答复。", 80, y + 28, 16);
        yield return W("三、收到和处理政府信息公开申请情况", 80, y + 56, 16);
    }

    /// <summary>The header of table 三 as WPS stacks it: 申请人情况 over 法人或其他组织 over two-line column names.</summary>
    private static IEnumerable<PdfWord> Table3Header(double y)
    {
        yield return Centre("申请人情况", 405, y);
        yield return Centre("法人或其他组织", 422, y + 15);
        string[][] names = [["自然人"], ["商业", "企业"], ["科研", "机构"], ["社会公", "益组织"], ["法律服", "务机构"], ["其他"], ["总计"]];
        for (var k = 0; k < Columns.Length; k++)
        {
            for (var line = 0; line < names[k].Length; line++)
            {
                yield return Centre(names[k][line], Columns[k], y + 30 + (15 * line));
            }
        }
    }

    /// <summary>A row label and seven numbers right-aligned in their cells, as WPS prints them.</summary>
    private static IEnumerable<PdfWord> DataRow(double y, string label, double labelX, int[] values)
    {
        yield return W(label, labelX, y);
        for (var k = 0; k < values.Length; k++)
        {
            yield return Right(values[k].ToString(System.Globalization.CultureInfo.InvariantCulture), Columns[k] + 12, y);
        }
    }

    private static System.Collections.Immutable.ImmutableArray<GridRow> Build(List<List<PdfWord>> pages) =>
        PdfLayout.Build([.. pages.Select((words, i) => new PdfPage(i + 1, 595, 842, words))], "t.pdf", 1000);

    private static double Width(string text, double em) => text.Sum(ch => PdfText.IsWide(ch) ? em : 0.55 * em);

    private static PdfWord W(string text, double x0, double cy, double em = Em) =>
        new(text, x0, cy - (0.65 * em), x0 + Width(text, em), cy + (0.65 * em));

    private static PdfWord Centre(string text, double cx, double cy) => W(text, cx - (Width(text, Em) / 2), cy);

    private static PdfWord Right(string text, double x1, double cy) => W(text, x1 - Width(text, Em), cy);
}
