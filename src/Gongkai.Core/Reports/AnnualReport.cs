using System.Collections.Immutable;
using Gongkai.Diagnostics;

namespace Gongkai.Reports;

/// <summary>
/// One 政府信息公开工作年度报告 as the document prints it: agency, year covered, template, every statutory
/// cell of that template with where it came from, the narrative sections, and what went wrong reading it.
/// </summary>
/// <remarks>
/// <para><see cref="Cells"/> holds exactly the keys the template prints (shared/spec/cells.tsv); a value is what
/// the document says even when it is wrong. Derived values are never stored: the checker reports disagreements.</para>
/// <para><see cref="Sections"/> holds the sections that were found, as plain text starting with the heading line;
/// a section absent from the dictionary is missing from the document.</para>
/// </remarks>
public sealed record AnnualReport(
    string? Agency,
    int? Year,
    ReportFormat Format,
    IReadOnlyDictionary<string, Cell> Cells,
    IReadOnlyDictionary<SectionKind, string> Sections,
    ImmutableArray<Diagnostic> Diagnostics,
    string? Source = null)
{
    /// <summary>The value of a cell, or null when the cell is blank or not in this report's template.</summary>
    public decimal? this[string key] => Cells.TryGetValue(key, out var c) ? c.Value : null;

    public string? Section(SectionKind kind) => Sections.GetValueOrDefault(kind);

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>A report of the given template with every cell null, no sections and no diagnostics.</summary>
    public static AnnualReport Empty(ReportFormat format, TemplateCatalog? catalog = null) =>
        new(null, null, format,
            (catalog ?? TemplateCatalog.Default).For(format).ToDictionary(c => c.Key, _ => Cell.Empty),
            new Dictionary<SectionKind, string>(),
            []);

    /// <summary>Same report with these cell values replaced (keys must belong to the template).</summary>
    public AnnualReport WithValues(IEnumerable<KeyValuePair<string, decimal?>> values)
    {
        var cells = new Dictionary<string, Cell>(Cells);
        foreach (var (key, value) in values)
        {
            if (!cells.ContainsKey(key))
            {
                throw new ArgumentException($"{key} is not a cell of the {Format.ToJson()} template", nameof(values));
            }

            cells[key] = new Cell(value);
        }

        return this with { Cells = cells };
    }

    /// <summary>True when agency, year, format, every cell value and every section text are equal.</summary>
    public bool SameContentAs(AnnualReport other) =>
        Agency == other.Agency && Year == other.Year && Format == other.Format
        && Cells.Count == other.Cells.Count
        && Cells.All(kv => other.Cells.TryGetValue(kv.Key, out var o) && o.Value == kv.Value.Value)
        && Sections.Count == other.Sections.Count
        && Sections.All(kv => other.Sections.TryGetValue(kv.Key, out var s) && s == kv.Value);
}
