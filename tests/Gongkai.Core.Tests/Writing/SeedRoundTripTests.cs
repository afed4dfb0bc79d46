using System.Text;
using Gongkai.Core.Tests.Support;
using Gongkai.Reading;
using Gongkai.Reports;
using Gongkai.Writing;

namespace Gongkai.Core.Tests.Writing;

/// <summary>
/// The real seeds, with their blank and unreadable cells, survive being written and read again in every
/// layout: each cell reads back as the seed holds it, null included (text aligned with spaces by the columns' centres).
/// </summary>
public sealed class SeedRoundTripTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in Directory.GetFiles(TestPaths.Seeds, "*.expected.json").Order(StringComparer.Ordinal))
        {
            foreach (var writer in new[] { "TabGrid", "CellPerLine", "Pipe", "Spaces", "Markdown", "Html" })
            {
                data.Add(Path.GetFileName(seed), writer);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void SeedCellsReadBackAsTheSeedHoldsThem(string seed, string writer)
    {
        var original = CanonicalJson.Read(File.ReadAllText(Path.Combine(TestPaths.Seeds, seed)));
        var text = writer switch
        {
            "Markdown" => MarkdownWriter.Write(original),
            "Html" => HtmlWriter.Write(original),
            _ => PlainTextWriter.Write(original, Enum.Parse<TextLayout>(writer)),
        };
        var name = writer == "Html" ? "r.html" : "r.txt";
        var read = Assert.IsType<AnnualReport>(ReportPipeline.Default.Read(Encoding.UTF8.GetBytes(text), name).Report);
        Assert.Equal(original.Format, read.Format);
        var wrong = original.Cells.Where(c => read[c.Key] != c.Value.Value).Select(c => $"{c.Key}: {c.Value.Value} → {read[c.Key]}").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(12)));
        Assert.DoesNotContain(read.Diagnostics, d => d.Code == Gongkai.Diagnostics.DiagnosticCodes.RowMissing.Code && original.Cells.Any(c => d.CellKeys.Contains(c.Key) && c.Value.Value is not null));
    }
}
