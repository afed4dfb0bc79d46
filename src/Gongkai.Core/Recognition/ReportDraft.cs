using System.Collections.Immutable;
using Gongkai.Diagnostics;
using Gongkai.Reading;
using Gongkai.Reports;

namespace Gongkai.Recognition;

/// <summary>The cells and diagnostics gathered while recognizing one document.</summary>
internal sealed class ReportDraft(ReportFormat format, string? source)
{
    private readonly Dictionary<string, Cell> cells = TemplateCatalog.Default.For(format).ToDictionary(d => d.Key, _ => Cell.Empty);
    private readonly HashSet<string> assigned = new(256, StringComparer.Ordinal);

    public ReportFormat Format { get; } = format;

    public string? Source { get; } = source;

    public ImmutableArray<Diagnostic>.Builder Diagnostics { get; } = ImmutableArray.CreateBuilder<Diagnostic>();

    public IReadOnlyDictionary<string, Cell> Cells => cells;

    public bool Has(string key) => cells.ContainsKey(key);

    public bool WasAssigned(string key) => assigned.Contains(key);

    /// <summary>Stores what a cell prints: a number, or null with the printed mark kept for the checker.</summary>
    public void Set(string key, CellView view)
    {
        if (!cells.ContainsKey(key))
        {
            return;
        }

        assigned.Add(key);
        cells[key] = view.Kind switch
        {
            ValueKind.Number => new Cell(view.Value, view.Location),
            ValueKind.Placeholder => new Cell(null, view.Location, view.Raw.Trim()),
            _ => new Cell(null, view.Location),
        };
    }

    /// <summary>Marks a cell as seen but unreadable: it stays null.</summary>
    public void SetUnknown(string key)
    {
        if (cells.ContainsKey(key))
        {
            assigned.Add(key);
        }
    }

    public void Add(Diagnostic d) => Diagnostics.Add(d);

    public SourceLocation Where(SourceLocation location) => location.File is null && location.Line > 0 ? location with { File = Source } : location;
}
