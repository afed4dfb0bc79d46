using System.Collections.Immutable;
using Gongkai.Checking;
using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Samples;

namespace Gongkai.Core.Tests.Checking;

/// <summary>Small reports for the checker tests and shortcuts to their findings.</summary>
internal static class CheckingSamples
{
    public static IReadOnlyList<string> Columns { get; } = [.. ReportGenerator.ApplicantColumns, "total"];

    /// <summary>A report of the template with only these cells filled (all others null).</summary>
    public static AnnualReport Report(ReportFormat format, params (string Key, decimal? Value)[] values) =>
        AnnualReport.Empty(format).WithValues(values.Select(v => KeyValuePair.Create(v.Key, v.Value)));

    /// <summary>A random report that satisfies every 勾稽关系 of its template.</summary>
    public static AnnualReport Consistent(ReportFormat format, int seed, int? year = null) =>
        ReportGenerator.Create(new Random(seed), format, year ?? (format == ReportFormat.Trial2019 ? 2020 : 2024));

    /// <summary>The seven cells of a table-3 row: six applicant columns then 总计.</summary>
    public static (string Key, decimal? Value)[] Row(string row, params decimal?[] values) =>
        [.. Columns.Zip(values, (col, v) => ($"s3.{row}.{col}", v))];

    public static AnnualReport With(this AnnualReport report, string key, decimal? value) =>
        report.WithValues([KeyValuePair.Create(key, value)]);

    public static AnnualReport WithCell(this AnnualReport report, string key, Cell cell) =>
        report with { Cells = new Dictionary<string, Cell>(report.Cells) { [key] = cell } };

    public static AnnualReport WithSection(this AnnualReport report, SectionKind kind, string? text)
    {
        var sections = new Dictionary<SectionKind, string>(report.Sections);
        if (text is null)
        {
            sections.Remove(kind);
        }
        else
        {
            sections[kind] = text;
        }

        return report with { Sections = sections };
    }

    public static ImmutableArray<Diagnostic> Findings(this AnnualReport report, DiagnosticDescriptor descriptor, AnnualReport? previous = null) =>
        [.. Checker.Check(report, previous).Where(d => d.Code == descriptor.Code)];

    /// <summary>The 勾稽 descriptors, GK0301–GK0305.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Arithmetic { get; } =
    [
        DiagnosticCodes.RowTotal, DiagnosticCodes.OutcomeTotal, DiagnosticCodes.Balance,
        DiagnosticCodes.Table4Total, DiagnosticCodes.ArithmeticOverflow,
    ];

    public static bool IsArithmetic(this Diagnostic d) => Arithmetic.Any(a => a.Code == d.Code);
}
