using System.Globalization;
using Gongkai.Checking;
using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Web.Shared;

/// <summary>
/// The authoring form and the report it stands for: <c>cell:{key}</c> inputs (blank = none, shown as 0 in totals),
/// <c>section:{jsonKey}</c> text boxes without their heading, and the computed totals (<see cref="ReportTotals"/>).
/// </summary>
public static class AuthorForm
{
    /// <summary>The template every new report is written in (国办公开办函〔2021〕30号).</summary>
    public const ReportFormat Format = ReportFormat.Revised2021;

    public static IReadOnlySet<string> Computed { get; } = ReportTotals.Keys(Format);

    /// <summary>A new report for the agency and year, with last year's 结转下年度继续办理 as this year's 上年结转.</summary>
    public static AnnualReport New(string agency, int year, AnnualReport? previous)
    {
        var report = AnnualReport.Empty(Format) with { Agency = agency, Year = year };
        report = report with { Sections = SectionKinds.All.Where(k => !SectionGuidance.IsNarrative(k)).ToDictionary(k => k, k => k.Heading()) };
        if (previous is not null)
        {
            report = report.WithValues(report.Cells.Keys
                .Where(k => k.StartsWith("s3.carried_in.", StringComparison.Ordinal))
                .Select(k => new KeyValuePair<string, decimal?>(k, previous["s3.carried_out." + k["s3.carried_in.".Length..]])));
        }

        return ReportTotals.Compute(report);
    }

    /// <summary>
    /// The report the form describes (computed cells recomputed, whatever was posted for them), and the inputs that
    /// are not numbers. A form posts every input, so a key that is missing keeps <paramref name="current"/>'s value.
    /// </summary>
    public static (AnnualReport Report, IReadOnlyList<string> Invalid) Read(IFormCollection form, AnnualReport current)
    {
        var values = new List<KeyValuePair<string, decimal?>>();
        var invalid = new List<string>();
        foreach (var key in current.Cells.Keys)
        {
            if (Computed.Contains(key) || !form.TryGetValue("cell:" + key, out var posted))
            {
                continue;
            }

            var text = posted.ToString().Trim().Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);
            if (text.Length == 0)
            {
                values.Add(new(key, null));
            }
            else if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value < 1_000_000_000_000m)
            {
                values.Add(new(key, value));
            }
            else
            {
                invalid.Add(key);
            }
        }

        var sections = new Dictionary<SectionKind, string>(current.Sections);
        foreach (var kind in SectionKinds.All)
        {
            if (!form.TryGetValue("section:" + kind.JsonKey(), out var posted))
            {
                continue;
            }

            var body = posted.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
            if (body.Length == 0 && SectionGuidance.IsNarrative(kind))
            {
                sections.Remove(kind);
            }
            else
            {
                sections[kind] = body.Length == 0 ? kind.Heading() : kind.Heading() + "\n" + body;
            }
        }

        var report = current.WithValues(values) with { Sections = sections };
        return (ReportTotals.Compute(report), invalid);
    }

    /// <summary>A section's text without its heading line, for the text box.</summary>
    public static string Body(AnnualReport report, SectionKind kind)
    {
        var text = report.Section(kind);
        if (text is null)
        {
            return "";
        }

        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? "" : text[(newline + 1)..];
    }

    /// <summary>The arithmetic (勾稽) errors that block submitting: GK03xx at error level.</summary>
    public static IReadOnlyList<Diagnostic> Blocking(IEnumerable<Diagnostic> findings) =>
        [.. findings.Where(d => d.Severity == Severity.Error && d.Code.StartsWith("GK03", StringComparison.Ordinal))];
}
