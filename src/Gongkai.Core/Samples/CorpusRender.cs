using Gongkai.Reports;
using Gongkai.Writing;

namespace Gongkai.Samples;

/// <summary>Renders a generated report with one of the writers, in the proportions text reports come in.</summary>
internal static class CorpusRender
{
    /// <summary>Weights out of 100: Word tables copied as text and tab grids most, then pipes and pdftotext columns, then Markdown and HTML.</summary>
    private static readonly (CorpusWriter Writer, int Weight)[] Weights =
    [
        (CorpusWriter.CellPerLine, 25), (CorpusWriter.TabGrid, 25), (CorpusWriter.Pipe, 15), (CorpusWriter.Spaces, 15),
        (CorpusWriter.Markdown, 10), (CorpusWriter.Html, 10),
    ];

    public static CorpusWriter PickWriter(Random rng)
    {
        var x = rng.Next(100);
        foreach (var (writer, weight) in Weights)
        {
            if (x < weight)
            {
                return writer;
            }

            x -= weight;
        }

        return CorpusWriter.TabGrid;
    }

    public static string Render(AnnualReport report, CorpusWriter writer) => writer switch
    {
        CorpusWriter.Markdown => MarkdownWriter.Write(report),
        CorpusWriter.Html => HtmlWriter.Write(report),
        CorpusWriter.CellPerLine => PlainTextWriter.Write(report, TextLayout.CellPerLine),
        CorpusWriter.Pipe => PlainTextWriter.Write(report, TextLayout.Pipe),
        CorpusWriter.Spaces => PlainTextWriter.Write(report, TextLayout.Spaces),
        _ => PlainTextWriter.Write(report, TextLayout.TabGrid),
    };

    /// <summary>{agency}{year}年政府信息公开工作年度报告[（更正）].txt|.md|.html: unique, since canonical names are.</summary>
    public static string FileName(string agency, int year, CorpusWriter writer, bool corrected) =>
        $"{agency}{year}年政府信息公开工作年度报告{(corrected ? "（更正）" : "")}{writer switch
        {
            CorpusWriter.Markdown => ".md",
            CorpusWriter.Html => ".html",
            _ => ".txt",
        }}";
}
