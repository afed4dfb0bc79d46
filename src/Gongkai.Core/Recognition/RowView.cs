using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Gongkai.Diagnostics;
using Gongkai.Reading;

namespace Gongkai.Recognition;

/// <summary>One grid cell seen as a label or a value.</summary>
internal readonly record struct CellView(int Index, GridCell Cell, string Norm, ValueKind Kind, decimal Value)
{
    public string Raw => Cell.Text;

    public SourceLocation Location => Cell.Location;

    public bool IsValue => Kind is ValueKind.Number or ValueKind.Placeholder or ValueKind.Packed;

    /// <summary>This cell read as the given number (a packed digit run once split).</summary>
    public CellView AsNumber(long value) => this with { Kind = ValueKind.Number, Value = value };
}

/// <summary>
/// A grid row split into its label cells and its run of values: from the first value after the last label
/// to the last value, blanks inside the run kept as empty cells.
/// </summary>
internal sealed class RowView
{
    private RowView(GridRow row, ImmutableArray<CellView> cells)
    {
        Row = row;
        Cells = cells;
        var lastLabelAt = -1;
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i].Kind == ValueKind.Text)
            {
                lastLabelAt = i;
            }
        }

        var first = -1;
        var last = -1;
        for (var i = lastLabelAt + 1; i < cells.Length; i++)
        {
            if (cells[i].IsValue)
            {
                if (first < 0)
                {
                    first = i;
                }

                last = i;
            }
        }

        Values = first < 0 ? [] : cells[first..(last + 1)];
        lastLabel = lastLabelAt;
        var count = 0;
        foreach (var c in cells)
        {
            count += c.Kind == ValueKind.Text ? 1 : 0;
        }

        var labels = new CellView[count];
        count = 0;
        foreach (var c in cells)
        {
            if (c.Kind == ValueKind.Text)
            {
                labels[count++] = c;
            }
        }

        Labels = ImmutableCollectionsMarshal.AsImmutableArray(labels);
        Norm = Labels.Length == 1 ? Labels[0].Norm : string.Concat(Labels.Select(l => l.Norm));
    }

    public GridRow Row { get; }

    public ImmutableArray<CellView> Cells { get; }

    /// <summary>The label cells, in order.</summary>
    public ImmutableArray<CellView> Labels { get; }

    /// <summary>The value run after the last label (blank cells inside it are empty values).</summary>
    public ImmutableArray<CellView> Values { get; }

    private readonly int lastLabel;
    private ImmutableArray<CellView> afterLabels;

    /// <summary>How many cells follow the last label, blanks included.</summary>
    public int AfterLabelsCount => Cells.Length - lastLabel - 1;

    /// <summary>Every cell after the last label, blanks included (for rows that list their own cells).</summary>
    public ImmutableArray<CellView> AfterLabels
    {
        get
        {
            if (afterLabels.IsDefault)
            {
                afterLabels = Cells[(lastLabel + 1)..];
            }

            return afterLabels;
        }
    }

    /// <summary>All label text, normalized and joined.</summary>
    public string Norm { get; }

    public SourceLocation Location => Row.Location;

    public bool IsProse => Cells.Length == 1 && Cells[0].Kind == ValueKind.Text;

    public static RowView Of(GridRow row)
    {
        var source = row.Cells;
        var cells = new CellView[source.Length];
        List<CellView>? split = null;
        for (var i = 0; i < source.Length; i++)
        {
            var cell = source[i];
            var (kind, value) = NumberText.Classify(cell.Text);
            if (kind == ValueKind.Text && cell.Text.Length <= 120 && cell.Text.Contains(' '))
            {
                var parts = new List<CellView>();
                if (SplitNumberRun(cell, i, parts))
                {
                    split ??= [.. cells.AsSpan(0, i)];
                    split.AddRange(parts);
                    continue;
                }
            }

            var view = new CellView(i, cell, kind == ValueKind.Text ? LabelText.Norm(cell.Text) : "", kind, value);
            if (split is null)
            {
                cells[i] = view;
            }
            else
            {
                split.Add(view);
            }
        }

        return new RowView(row, split is null ? ImmutableCollectionsMarshal.AsImmutableArray(cells) : [.. split]);
    }

    /// <summary>A row rebuilt from flattened text: an optional label and one run of packed digits.</summary>
    public static RowView Packed(GridRow source, string? label, string digits, SourceLocation at)
    {
        var cells = new List<CellView>();
        if (label is not null)
        {
            cells.Add(new CellView(0, new GridCell(label, source.Location), LabelText.Norm(label), ValueKind.Text, 0));
        }

        cells.Add(new CellView(cells.Count, new GridCell(digits, at), "", ValueKind.Packed, 0));
        return new RowView(source with { Shape = RowShape.Spaces }, [.. cells]);
    }

    /// <summary>A cell holding several numbers separated by spaces ("0 0 0") becomes several value cells.</summary>
    private static bool SplitNumberRun(GridCell cell, int index, List<CellView> cells)
    {
        var parts = cell.Text.Split([' ', '\u3000', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !parts.All(NumberText.IsNumberLike))
        {
            return false;
        }

        foreach (var p in parts)
        {
            var (kind, value) = NumberText.Classify(p);
            cells.Add(new CellView(index, new GridCell(p, cell.Location), "", kind, value));
        }

        return true;
    }
}
