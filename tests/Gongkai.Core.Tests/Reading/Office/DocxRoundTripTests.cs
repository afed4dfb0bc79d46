using Gongkai.Reading;
using Gongkai.Reports;
using Gongkai.Writing;

namespace Gongkai.Core.Tests.Reading.Office;

/// <summary>
/// What the DOCX writer writes, the pipeline reads back exactly: agency, year, template, every cell and every
/// section of random consistent reports of both templates, whatever the file is named.
/// </summary>
public sealed class DocxRoundTripTests
{
    private const int ReportsPerTemplate = 50;

    public static TheoryData<ReportFormat> Formats => [.. OfficeRoundTrip.Formats];

    [Theory]
    [MemberData(nameof(Formats))]
    public void WrittenDocxReadsBackWithEveryCellAndSection(ReportFormat format)
    {
        var failures = new List<(int, string)>();
        for (var i = 0; i < ReportsPerTemplate; i++)
        {
            var original = OfficeRoundTrip.Report(format, i);
            var outcome = ReportPipeline.Default.Read(DocxWriter.ToBytes(original), "x.docx");
            if (OfficeRoundTrip.Compare(original, outcome) is { } why)
            {
                failures.Add((OfficeRoundTrip.Seed(format, i), why));
            }
        }

        OfficeRoundTrip.AssertNone(failures, ReportsPerTemplate, $"of the {format.ToJson()} template written as DOCX");
    }

    [Theory]
    [InlineData("report.txt")]
    [InlineData("report.pdf")]
    [InlineData("report.html")]
    [InlineData("report")]
    [InlineData(null)]
    public void ADocxReadsByContentWhateverItIsNamed(string? name)
    {
        var original = OfficeRoundTrip.Report(ReportFormat.Revised2021, 0);

        var outcome = ReportPipeline.Default.Read(DocxWriter.ToBytes(original), name);

        Assert.Null(OfficeRoundTrip.Compare(original, outcome));
    }
}
