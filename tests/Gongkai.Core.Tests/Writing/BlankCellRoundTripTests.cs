using System.Text;
using Gongkai.Reading;
using Gongkai.Reports;
using Gongkai.Samples;
using Gongkai.Writing;

namespace Gongkai.Core.Tests.Writing;

/// <summary>
/// Blank cells survive a round trip wherever the written layout keeps cell positions (tab grid, one cell per
/// line, pipe rows, Markdown, HTML): a blank reads back as null in its own column, never shifting its neighbours.
/// </summary>
public sealed class BlankCellRoundTripTests
{
    public static TheoryData<ReportFormat, string> Cases()
    {
        var data = new TheoryData<ReportFormat, string>();
        foreach (var format in new[] { ReportFormat.Revised2021, ReportFormat.Trial2019 })
        {
            foreach (var writer in new[] { "TabGrid", "CellPerLine", "Pipe", "Markdown", "Html" })
            {
                data.Add(format, writer);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void BlankCellsReadBackAsNullInTheirOwnColumn(ReportFormat format, string writer)
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var rng = new Random(seed);
            var original = ReportGenerator.Create(rng, format);
            var keys = original.Cells.Keys.Where(k => k[1] is '2' or '3').ToArray();
            var blanks = Enumerable.Range(0, 1 + rng.Next(3)).Select(_ => keys[rng.Next(keys.Length)]).Distinct().ToArray();
            var withBlanks = original.WithValues(blanks.Select(k => new KeyValuePair<string, decimal?>(k, null)));
            var read = Assert.IsType<AnnualReport>(Read(withBlanks, writer).Report);
            foreach (var (key, cell) in withBlanks.Cells)
            {
                Assert.True(cell.Value == read[key], $"{writer} seed {seed} blanks {string.Join(",", blanks)}: {key} written {cell.Value}, read {read[key]}");
            }
        }
    }

    private static ParseOutcome Read(AnnualReport report, string writer) => writer switch
    {
        "Markdown" => ReportPipeline.ReadText(MarkdownWriter.Write(report), "r.md"),
        "Html" => ReportPipeline.Default.Read(Encoding.UTF8.GetBytes(HtmlWriter.Write(report)), "r.html"),
        _ => ReportPipeline.ReadText(PlainTextWriter.Write(report, Enum.Parse<TextLayout>(writer)), "r.txt"),
    };
}
