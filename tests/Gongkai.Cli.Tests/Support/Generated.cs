using Gongkai.Reports;
using Gongkai.Samples;
using Gongkai.Writing;

namespace Gongkai.Cli.Tests.Support;

/// <summary>Consistent random reports written as text by the plain-text writer (see <see cref="ReportGenerator"/>).</summary>
public static class Generated
{
    public static AnnualReport Report(int seed, ReportFormat format = ReportFormat.Revised2021) =>
        ReportGenerator.Create(new Random(seed), format);

    public static string Write(TempDir dir, string name, AnnualReport report, TextLayout layout = TextLayout.TabGrid) =>
        dir.Write(name, PlainTextWriter.Write(report, layout));
}
