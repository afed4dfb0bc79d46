using Gongkai.Checking;
using Gongkai.Reading;
using Gongkai.Reports;

namespace Gongkai.Bench;

/// <summary>What is measured: read the bytes (decode, grid, recognize) and check the report.</summary>
public static class Work
{
    private static readonly PlainTextReader TextReader = new();

    public static int ParseCheck(Document document)
    {
        var outcome = ReportPipeline.Default.Read(document.Bytes, document.Name);
        return outcome.Report is { } report
            ? outcome.Diagnostics.Length + Checker.Check(report).Length
            : outcome.Diagnostics.Length;
    }

    /// <summary>Decode and build the grid only (the plain-text reader), without recognition.</summary>
    public static int GridOnly(Document document) => TextReader.Read(document.Bytes, document.Name, ReadOptions.Default).Rows.Length;

    public static int ParseOnly(Document document) => ReportPipeline.Default.Read(document.Bytes, document.Name).Diagnostics.Length;

    public static int CheckOnly(AnnualReport report) => Checker.Check(report).Length;

    /// <summary>True when the document reads back with the generated report's template and every cell value.</summary>
    public static bool RoundTrips(Document document)
    {
        if (document.Truth is not { } truth)
        {
            return false;
        }

        var report = ReportPipeline.Default.Read(document.Bytes, document.Name).Report;
        return report is not null
            && report.Format == truth.Format
            && report.Year == truth.Year
            && truth.Cells.All(kv => report[kv.Key] == kv.Value.Value);
    }

    public static string Describe(AnnualReport? report) => report is null ? "unreadable" : report.Format.ToJson();
}
