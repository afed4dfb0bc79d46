using Gongkai.Core.Tests.Support;
using Gongkai.Reports;

namespace Gongkai.Core.Tests.Reports;

public sealed class TemplateCatalogTests
{
    [Fact]
    public void CatalogEqualsTheSharedCellsFile()
    {
        using var reader = new StreamReader(TestPaths.SharedSpec("cells.tsv"));
        reader.ReadLine();
        var expected = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                expected.Add(line.Split('\t'));
            }
        }

        var actual = TemplateCatalog.Default.All;
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            var a = actual[i];
            Assert.Equal(e[0], a.Key);
            Assert.Equal(e[1], string.Join(",", a.Formats.Select(f => f.ToJson())));
            Assert.Equal(e[2], a.Section);
            Assert.Equal(e[3], a.Row);
            Assert.Equal(e[4], a.Column);
        }
    }

    [Theory]
    [InlineData(ReportFormat.Revised2021, 200)]
    [InlineData(ReportFormat.Trial2019, 198)]
    public void EachTemplateHasItsStatutoryCellCount(ReportFormat format, int count) =>
        Assert.Equal(count, TemplateCatalog.Default.For(format).Count);

    [Fact]
    public void KeysAreUnique() =>
        Assert.Equal(TemplateCatalog.Default.All.Count, TemplateCatalog.Default.All.Select(c => c.Key).Distinct().Count());

    [Fact]
    public void UnknownFormatHasNoCells() => Assert.Empty(TemplateCatalog.Default.For(ReportFormat.Unknown));
}
