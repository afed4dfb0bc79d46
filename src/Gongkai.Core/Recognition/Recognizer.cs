using Gongkai.Reading;
using Gongkai.Reports;

namespace Gongkai.Recognition;

/// <summary>Turns a grid into an annual report (placeholder).</summary>
public static class Recognizer
{
    public static AnnualReport Recognize(TextGrid grid) => AnnualReport.Empty(ReportFormat.Unknown) with { Source = grid.Source, Diagnostics = grid.Diagnostics };
}
