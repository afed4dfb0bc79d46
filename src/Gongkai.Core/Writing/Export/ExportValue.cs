using System.Globalization;
using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Writing.Export;

/// <summary>One field of an export row: a number (a numeric cell in XLSX), a text, or nothing (an empty field).</summary>
internal readonly record struct ExportValue(decimal? Number, string? Text)
{
    public static ExportValue Of(decimal? number) => new(number, null);

    public static ExportValue Of(string? text) => new(null, text);

    /// <summary>The eleven metadata fields of a report row, in <see cref="ExportColumns.Metadata"/> order.</summary>
    public static ExportValue[] Metadata(ExportRow row) =>
    [
        Id(row.ReportId),
        Of(row.Agency),
        Of(row.Region),
        Of(row.Year),
        Of(row.Version),
        Of(FormatNumber(row.Report.Format)),
        Of(row.Source),
        Of(row.PublishedOn),
        Of(Timestamp(row.ImportedAt)),
        Of(row.Findings.Count(d => d.Severity == Severity.Error)),
        Of(row.Findings.Count(d => d.Severity == Severity.Warning)),
    ];

    /// <summary>The fields of one finding, in <see cref="ExportColumns.Findings"/> order.</summary>
    public static ExportValue[] Finding(ExportRow row, Diagnostic finding) =>
    [
        Id(row.ReportId),
        Of(row.Agency),
        Of(row.Year),
        Of(finding.Code),
        Of(SeverityText(finding.Severity)),
        Of(string.Join(' ', finding.CellKeys)),
        Of(LocationText(finding.Location)),
        Of(finding.Message),
    ];

    /// <summary>A report number: a number while Excel holds it exactly (15 digits), text beyond, so it is never rounded.</summary>
    public static ExportValue Id(long id) =>
        Math.Abs((decimal)id) < 1_000_000_000_000_000m ? Of(id) : Of(id.ToString(CultureInfo.InvariantCulture));

    /// <summary>The template as the year of its document: 2019 (国办公开办函〔2019〕60号), 2021 (〔2021〕30号), or null when unknown.</summary>
    public static decimal? FormatNumber(ReportFormat format) => format switch
    {
        ReportFormat.Trial2019 => 2019,
        ReportFormat.Revised2021 => 2021,
        _ => null,
    };

    public static string SeverityText(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    /// <summary>RFC 3339 with a space and the offset kept: <c>2025-03-01 09:30:00+08:00</c>.</summary>
    public static string Timestamp(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The compiler shape of a known location (<c>report.pdf(page 3)</c>); empty when nothing is known.</summary>
    public static string LocationText(SourceLocation location) =>
        location.IsKnown || location.File is not null ? location.ToString() : "";

    /// <summary>The decimal as printed: invariant, no exponent, no group separator, no trailing zeros (12.5, -3).</summary>
    public static string NumberText(decimal value) => CanonicalJson.Normalize(value).ToString(CultureInfo.InvariantCulture);
}
