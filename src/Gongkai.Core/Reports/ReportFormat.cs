namespace Gongkai.Reports;

/// <summary>Which national template a report's tables follow.</summary>
/// <remarks>
/// Decided by the tables' own row and column labels, never by the year the report covers
/// (shared/spec/report-json.md, "format").
/// </remarks>
public enum ReportFormat
{
    /// <summary>No table could be recognized.</summary>
    Unknown = 0,

    /// <summary>国办公开办函〔2019〕60号, the trial format used for the 2019 and 2020 reports.</summary>
    Trial2019 = 2019,

    /// <summary>国办公开办函〔2021〕30号, in force for reports on 2021 and later.</summary>
    Revised2021 = 2021,
}

public static class ReportFormats
{
    public static string ToJson(this ReportFormat format) => format switch
    {
        ReportFormat.Trial2019 => "2019",
        ReportFormat.Revised2021 => "2021",
        _ => "unknown",
    };

    public static ReportFormat Parse(string? text) => text?.Trim() switch
    {
        "2019" => ReportFormat.Trial2019,
        "2021" => ReportFormat.Revised2021,
        _ => ReportFormat.Unknown,
    };
}
