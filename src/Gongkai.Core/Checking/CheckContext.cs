using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Checking;

/// <summary>What a rule sees: the report, the previous year's report if any, and the template catalog.</summary>
public sealed class CheckContext(AnnualReport report, AnnualReport? previous, TemplateCatalog catalog)
{
    public AnnualReport Report { get; } = report;

    public AnnualReport? Previous { get; } = previous;

    public TemplateCatalog Catalog { get; } = catalog;

    private IReadOnlyList<string>? texts;
    private (CellDefinition Def, Cell Cell)[]? entries;

    /// <summary>Every section's text in section order, normalized once for all the narrative rules.</summary>
    public IReadOnlyList<string> Texts => texts ??= [.. NarrativeText.Texts(Report)];

    private long?[]? wholes;

    /// <summary>Each entry's value as a whole number, null when blank or not a whole number within range (same order as <see cref="Entries"/>).</summary>
    public IReadOnlyList<long?> Wholes => wholes ??= [.. Entries.Select(e => e.Cell.Value is { } v && Counts.TryWhole(v, out var w) ? w : (long?)null)];

    /// <summary>Each cell of the report's template with what the report holds there, looked up once for all the rules.</summary>
    public IReadOnlyList<(CellDefinition Def, Cell Cell)> Entries => entries ??= Catalog.For(Report.Format)
        .Select(d => (d, Report.Cells.TryGetValue(d.Key, out var cell) ? cell : Cell.Empty)).ToArray();

    /// <summary>
    /// Where a finding about these cells points: the source of the first of them whose position is known
    /// (with the report's file when the cell's own is not set), else the report's file.
    /// </summary>
    public SourceLocation Locate(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (Report.Cells.TryGetValue(key, out var cell) && cell.Source.IsKnown)
            {
                return cell.Source.File is null ? cell.Source with { File = Report.Source } : cell.Source;
            }
        }

        return SourceLocation.InFile(Report.Source);
    }

    /// <summary>A finding that names these cells and points at the first of them (see <see cref="Locate"/>).</summary>
    public Diagnostic Finding(DiagnosticDescriptor descriptor, IReadOnlyList<string> keys, params object?[] args) =>
        descriptor.ForCells(Locate(keys), keys, args);

    /// <summary>A finding about the whole report, pointing at its file.</summary>
    public Diagnostic Finding(DiagnosticDescriptor descriptor, params object?[] args) =>
        descriptor.ForCells(SourceLocation.InFile(Report.Source), null, args);

    /// <summary>A cell as a reader would name it: row label and column, e.g. 行政许可（本年增/减）.</summary>
    public string Label(string key)
    {
        if (Catalog.Find(key) is not { } def)
        {
            return key;
        }

        // cells.tsv notes the 2019 wording after the 2021 one: "本年处理决定数量 (2019: 处理决定数量)".
        var note = def.Column.IndexOf(" (", StringComparison.Ordinal);
        var column = note < 0 ? def.Column : def.Column[..note];
        return $"{def.RowLabel}（{column}）";
    }

    /// <summary>The column label of a table-3 key, e.g. 商业企业 or 总计.</summary>
    public string ColumnLabel(string key) => Catalog.Find(key)?.ColumnLabel ?? key;
}
