using Gongkai.Reading;
using System.Collections.Immutable;
using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Recognition;

/// <summary>
/// Reads table 三 (收到和处理政府信息公开申请情况): header rows name the applicant columns that are present; each
/// data row's most specific label names its row; its values go to the columns when their count leaves exactly
/// one reading. 国办公开办函〔2021〕30号 / 〔2019〕60号 表三.
/// </summary>
internal sealed class Table3Reader
{
    private readonly ReportDraft draft;
    private readonly List<string> present = [];
    private readonly Dictionary<int, string> headerAt = [];
    private readonly Dictionary<string, (double Left, double Right)> headerX = [];
    private bool headerConsistent = true;
    private readonly Dictionary<string, ImmutableArray<CellView>> placed = [];
    private Table3Group group = Table3Group.None;
    private (string Row, RowView At)? pending;

    private Table3Reader(ReportDraft draft) => this.draft = draft;

    /// <summary>Rows of 15 values with no label, found inside table 三 (OCR loses the table 四 heading).</summary>
    public List<RowView> LoneRuns { get; } = [];

    public static Table3Reader Read(IReadOnlyList<RowView> rows, ReportDraft draft)
    {
        var reader = new Table3Reader(draft);
        foreach (var row in rows)
        {
            reader.Take(row);
        }

        reader.ResolvePacked();
        reader.ReportMissing(rows);
        return reader;
    }

    private void Take(RowView row)
    {
        string? leaf = null;
        foreach (var label in row.Labels)
        {
            if (Table3Labels.Group(label.Norm) is { } g && Table3Labels.Leaf(label.Norm, group) is null)
            {
                group = g;
            }
        }

        for (var i = row.Labels.Length - 1; i >= 0 && leaf is null; i--)
        {
            leaf = Table3Labels.Leaf(row.Labels[i].Norm, group);
        }

        if (leaf is not null && leaf.StartsWith("withheld", StringComparison.Ordinal))
        {
            group = Table3Group.Withheld;
        }
        else if (leaf is not null && leaf.StartsWith("unable", StringComparison.Ordinal))
        {
            group = Table3Group.Unable;
        }
        else if (leaf is not null && leaf.StartsWith("declined", StringComparison.Ordinal))
        {
            group = Table3Group.Declined;
        }
        else if (leaf is not null && leaf.StartsWith("other.", StringComparison.Ordinal))
        {
            group = Table3Group.Other;
        }

        if (row.Values.IsEmpty)
        {
            if (ReadHeader(row) || leaf is null)
            {
                return;
            }

            // A labelled row whose cells are all there but blank (a grid keeps them): the row is printed empty.
            if (row.Row.Shape != RowShape.Spaces && row.AfterLabelsCount >= ExpectedCount && !placed.ContainsKey(leaf))
            {
                pending = null;
                PlaceBlank(leaf, row);
                return;
            }

            pending = (leaf, row);
            return;
        }

        if (leaf is null && group == Table3Group.Other && row.Labels.Any(l => l.Norm.Contains("其他处理", StringComparison.Ordinal)))
        {
            leaf = "other";
        }

        if (leaf is null && row.Labels.IsEmpty && (row.Values.Length == 15 || row.Values is [{ Kind: Reading.ValueKind.Packed }]))
        {
            LoneRuns.Add(row);
            return;
        }

        if (leaf is null && pending is { } p)
        {
            leaf = p.Row;
        }

        pending = null;
        if (leaf is null)
        {
            draft.Add(DiagnosticCodes.OrphanValues.Create(draft.Where(row.Values[0].Location), Join(row.Values)));
            return;
        }

        Place(leaf, row);
    }

    private void PlaceBlank(string leaf, RowView row)
    {
        var keys = CellKeys.Table3Row(leaf);
        if (!draft.Has(keys[6]))
        {
            return;
        }

        placed[leaf] = row.AfterLabels;
        foreach (var key in keys)
        {
            draft.SetUnknown(key);
        }
    }

    private bool ReadHeader(RowView row)
    {
        var found = false;
        foreach (var label in row.Labels)
        {
            if (Table3Labels.Column(label.Norm) is { } col)
            {
                // Word copies and merged cells can put two columns on one index: then positions mean nothing.
                headerConsistent &= !headerAt.TryGetValue(label.Index, out var had) || had == col;
                headerConsistent &= headerAt.All(kv => kv.Value != col || kv.Key == label.Index);
                headerAt[label.Index] = col;
                if (!double.IsNaN(label.Cell.X))
                {
                    headerX[col] = (label.Cell.X, label.Cell.X + Writing.TextWidth.Of(label.Raw.Trim()));
                }

                found = true;
                if (!present.Contains(col))
                {
                    present.Add(col);
                }
            }
        }

        return found;
    }

    private void Place(string leaf, RowView row)
    {
        var rowName = row.Labels.Length > 0 ? row.Labels[^1].Raw.Trim() : leaf;
        var keys = CellKeys.Table3Row(leaf);
        if (!draft.Has(keys[6]))
        {
            var other = draft.Format == ReportFormat.Trial2019 ? "2021" : "2019";
            draft.Add(DiagnosticCodes.MixedTemplate.Create(draft.Where(row.Location), draft.Format.ToJson(), other, rowName));
            return;
        }

        if (placed.TryGetValue(leaf, out var before))
        {
            if (!before.Select(v => v.Raw.Trim()).SequenceEqual(row.Values.Select(v => v.Raw.Trim())))
            {
                draft.Add(DiagnosticCodes.ExtraValues.Create(draft.Where(row.Values[0].Location), rowName, Join(row.Values)));
            }

            return;
        }

        placed[leaf] = row.Values;
        if (row.Values.Length == 1 && row.Values[0].Kind == Reading.ValueKind.Packed)
        {
            PlacePacked(leaf, rowName, row.Values[0]);
            return;
        }

        var mapping = Map(row);
        if (mapping is null)
        {
            foreach (var c in Table3Labels.Columns)
            {
                draft.SetUnknown(CellKeys.Of(3, leaf, c));
            }

            draft.Add(DiagnosticCodes.ValuesUnplaceable.ForCells(draft.Where(row.Values[0].Location), Table3Labels.Columns.Select(c => CellKeys.Of(3, leaf, c)),
                rowName, row.Values.Length, Join(row.Values), ExpectedCount));
            return;
        }

        foreach (var (column, cell) in mapping)
        {
            draft.Set(keys[Table3Labels.Columns.IndexOf(column)], cell);
        }

        if (mapping.Count == 7 || (present.Count >= 3 && mapping.Count == present.Count))
        {
            return;
        }

        var rest = Table3Labels.Columns.Where(c => !mapping.Any(m => m.Column == c) && (present.Count < 3 || present.Contains(c))).ToList();
        if (rest.Count > 0)
        {
            draft.Add(DiagnosticCodes.AmbiguousLayout.ForCells(draft.Where(row.Values[0].Location), rest.Select(c => CellKeys.Of(3, leaf, c)),
                $"行“{rowName}”只有 {mapping.Count} 个数值，已按表头所在列对应，其余 {rest.Count} 列记为空 (row \"{rowName}\" has {mapping.Count} values, placed under the header columns they stand in; the other {rest.Count} are null)"));
        }
    }

    private readonly Dictionary<string, (string Name, CellView Packed, List<long[]> Readings)> ambiguous = [];

    /// <summary>Flattened digits of a row: the row total (six applicant columns = 总计) narrows the readings.</summary>
    private void PlacePacked(string leaf, string rowName, CellView packed)
    {
        var readings = DigitRuns.Readings(packed.Raw, 7, r => r[0] + r[1] + r[2] + r[3] + r[4] + r[5] == r[6]);
        if (readings.Count == 1)
        {
            SetRow(leaf, readings[0], packed);
            return;
        }

        foreach (var c in Table3Labels.Columns)
        {
            draft.SetUnknown(CellKeys.Of(3, leaf, c));
        }

        if (readings.Count == 0)
        {
            draft.Add(DiagnosticCodes.FlattenedAmbiguous.ForCells(draft.Where(packed.Location), Table3Labels.Columns.Select(c => CellKeys.Of(3, leaf, c)), rowName, packed.Raw, 0, "—"));
            return;
        }

        ambiguous[leaf] = (rowName, packed, readings);
    }

    private void SetRow(string leaf, long[] values, CellView packed)
    {
        for (var i = 0; i < 7; i++)
        {
            draft.Set(CellKeys.Table3Row(leaf)[i], packed.AsNumber(values[i]));
        }
    }

    /// <summary>Rows that split several ways: keep the readings that satisfy the column sums of the whole table.</summary>
    private void ResolvePacked()
    {
        if (ambiguous.Count == 0)
        {
            return;
        }

        var choices = Table3Solver.Solve(draft, ambiguous.ToDictionary(kv => kv.Key, kv => kv.Value.Readings));
        foreach (var (leaf, (name, packed, readings)) in ambiguous)
        {
            var left = choices[leaf];
            if (left.Count == 1)
            {
                SetRow(leaf, left[0], packed);
            }
            else
            {
                draft.Add(DiagnosticCodes.FlattenedAmbiguous.ForCells(draft.Where(packed.Location), Table3Labels.Columns.Select(c => CellKeys.Of(3, leaf, c)), name, packed.Raw, left.Count, Flattened.Describe(left)));
            }
        }
    }

    private int ExpectedCount => present.Count is > 0 and < 7 ? present.Count : 7;

    /// <summary>
    /// Which column each value fills, or null when nothing leaves a single reading. Positions decide first
    /// when the grid keeps them (tab, pipe, HTML, Word cells), the header's columns are consistent and every
    /// value stands under a header column; then the count: seven values, or as many as the header has columns.
    /// </summary>
    private List<(string Column, CellView Cell)>? Map(RowView row)
    {
        if (row.Row.Aligned && headerConsistent && headerAt.Count >= 3 && StandsUnderHeader(row))
        {
            var mapping = new List<(string Column, CellView Cell)>(7);
            foreach (var column in Table3Labels.Columns)
            {
                foreach (var (index, named) in headerAt)
                {
                    if (named == column && CellAt(row, index) is { } cell)
                    {
                        mapping.Add((column, cell));
                    }
                }
            }

            return mapping;
        }

        // A row that lists its own cells: the value columns are its last cells, blanks included.
        var afterCount = row.AfterLabelsCount;
        if (row.Row.Shape == RowShape.Cells && afterCount != row.Values.Length)
        {
            if (afterCount == 7)
            {
                return InOrder(Table3Labels.Columns, row.AfterLabels);
            }

            if (present.Count >= 3 && afterCount == present.Count)
            {
                return InOrder(PresentInOrder, row.AfterLabels);
            }
        }

        var n = row.Values.Length;
        if (n != 7 && !(present.Count >= 3 && n == present.Count) && row.Row.Shape == RowShape.Spaces && ByCentre(row) is { } drawn)
        {
            return drawn;
        }

        if (n == 7)
        {
            return InOrder(Table3Labels.Columns, row.Values);
        }

        if (present.Count >= 3 && n == present.Count)
        {
            return InOrder(PresentInOrder, row.Values);
        }

        return null;
    }

    /// <summary>
    /// Text aligned with spaces: each value goes to the header column it stands under (their extents overlap, the
    /// most overlapping one when several do, or the nearest within two columns), when no two values share one.
    /// </summary>
    private List<(string Column, CellView Cell)>? ByCentre(RowView row)
    {
        if (headerX.Count < 3 || row.Values.Any(v => double.IsNaN(v.Cell.X)))
        {
            return null;
        }

        var mapping = new List<(string Column, CellView Cell)>();
        foreach (var v in row.Values.Where(v => v.IsValue))
        {
            var left = v.Cell.X;
            var right = left + Writing.TextWidth.Of(v.Raw.Trim());
            var best = headerX.Select(h => (h.Key, Overlap: Math.Min(right, h.Value.Right) - Math.Max(left, h.Value.Left)))
                .OrderByDescending(h => h.Overlap).First();
            if (best.Overlap < -2 || mapping.Any(m => m.Column == best.Key))
            {
                return null;
            }

            mapping.Add((best.Key, v));
        }

        return [.. mapping.OrderBy(m => Table3Labels.Columns.IndexOf(m.Column))];
    }

    /// <summary>The columns the header names, in template order.</summary>
    private IReadOnlyList<string> PresentInOrder => [.. Table3Labels.Columns.Where(present.Contains)];

    private static List<(string Column, CellView Cell)> InOrder(IReadOnlyList<string> columns, ImmutableArray<CellView> cells)
    {
        var mapping = new List<(string Column, CellView Cell)>(columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            mapping.Add((columns[i], cells[i]));
        }

        return mapping;
    }

    /// <summary>No label sits in a header column and every value stands under one.</summary>
    private bool StandsUnderHeader(RowView row)
    {
        foreach (var c in row.Cells)
        {
            var under = headerAt.ContainsKey(c.Index);
            if ((c.Kind == ValueKind.Text && under) || (c.IsValue && !under))
            {
                return false;
            }
        }

        return true;
    }

    private static CellView? CellAt(RowView row, int index)
    {
        foreach (var c in row.Cells)
        {
            if (c.Index == index)
            {
                return c;
            }
        }

        return null;
    }

    private void ReportMissing(IReadOnlyList<RowView> rows)
    {
        var where = rows.Count > 0 ? draft.Where(rows[0].Location) : SourceLocation.InFile(draft.Source);
        var templateRows = TemplateRows(draft.Format);
        if (placed.Count == 0)
        {
            if (templateRows.Length > 0)
            {
                draft.Add(DiagnosticCodes.TableMissing.Create(where, "三", "收到和处理政府信息公开申请情况"));
            }

            return;
        }

        foreach (var (row, label, keys) in templateRows)
        {
            if (!placed.ContainsKey(row))
            {
                draft.Add(DiagnosticCodes.RowMissing.ForCells(where, keys, "三", label));
            }
        }

        if (present.Count is >= 3 and < 7)
        {
            foreach (var col in Table3Labels.Columns.Where(c => !present.Contains(c)))
            {
                var keys = templateRows.Select(r => CellKeys.Of(3, r.Row, col)).ToList();
                if (keys.Any(k => !draft.WasAssigned(k) || draft.Cells[k].Value is null))
                {
                    draft.Add(DiagnosticCodes.ColumnMissing.ForCells(where, keys, "三", TemplateCatalog.Default[keys[0]].ColumnLabel));
                }
            }
        }
    }

    private static readonly Dictionary<ReportFormat, (string Row, string Label, string[] Keys)[]> RowsByFormat =
        new[] { ReportFormat.Trial2019, ReportFormat.Revised2021 }.ToDictionary(
            f => f,
            f => TemplateCatalog.Default.For(f).Where(d => d.Table == 3)
                .GroupBy(d => Samples.ReportGenerator.RowOf(d.Key))
                .Select(g => (g.Key, g.First().Row.Replace("三/", "", StringComparison.Ordinal), g.Select(d => d.Key).ToArray()))
                .ToArray());

    private static (string Row, string Label, string[] Keys)[] TemplateRows(ReportFormat format) =>
        RowsByFormat.TryGetValue(format, out var rows) ? rows : [];

    private static string Join(ImmutableArray<CellView> values) => string.Join(" ", values.Select(v => v.Raw.Trim().Length == 0 ? "□" : v.Raw.Trim()));
}
