using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Recognition;

/// <summary>
/// Reads section 二 (主动公开政府信息情况): sub-tables headed 第二十条第（X）项, a 信息内容 header row naming the
/// columns, then one row per item. 国办公开办函〔2021〕30号 and 〔2019〕60号 section 二.
/// </summary>
internal static class Table2Reader
{
    /// <summary>A sub-table's header: its columns in order, and the grid index of each when the grid keeps positions.</summary>
    private sealed record Header(List<string> Columns, Dictionary<int, string>? At);

    public static void Read(IReadOnlyList<RowView> rows, ReportDraft draft)
    {
        Header? header = null;
        var seenRows = new HashSet<string>();
        foreach (var row in rows)
        {
            if (row.Norm.Contains("第二十条", StringComparison.Ordinal) && row.Values.IsEmpty)
            {
                header = null;
                continue;
            }

            if (row.Values.IsEmpty)
            {
                if (ReadHeader(row) is { } found)
                {
                    header = found;
                }
                else if (row.Row.Shape != Reading.RowShape.Spaces && row.AfterLabelsCount > 0
                    && row.Labels.Select(l => Table2Labels.Row(l.Norm)).OfType<string>().FirstOrDefault() is { } blankRow)
                {
                    // A labelled row printed with empty cells: present, and every cell of it null.
                    seenRows.Add(blankRow);
                    foreach (var column in Table2Labels.DefaultColumns(draft.Format, blankRow))
                    {
                        draft.SetUnknown(CellKeys.Of(2, blankRow, column));
                    }
                }

                continue;
            }

            var label = row.Labels.Select(l => Table2Labels.Row(l.Norm)).OfType<string>().FirstOrDefault();
            if (label is null)
            {
                draft.Add(DiagnosticCodes.OrphanValues.Create(draft.Where(row.Location), string.Join(" ", row.Values.Select(v => v.Raw.Trim()))));
                continue;
            }

            seenRows.Add(label);
            Place(row, label, header, draft);
        }

        ReportMissingRows(rows, seenRows, draft);
    }

    private static Header? ReadHeader(RowView row)
    {
        var columns = new List<string>();
        Dictionary<int, string>? at = row.Row.Aligned ? [] : null;
        foreach (var label in row.Labels)
        {
            var named = Table2Labels.Columns(label.Norm).ToList();
            columns.AddRange(named);
            if (named.Count == 1 && at is not null && !at.ContainsValue(named[0]))
            {
                at[label.Index] = named[0];
            }
            else if (named.Count > 1)
            {
                at = null;
            }
        }

        return columns.Count == 0 ? null : new Header(columns, at is { Count: > 0 } && at.Count == columns.Count ? at : null);
    }

    private static void Place(RowView row, string label, Header? header, ReportDraft draft)
    {
        var defaults = Table2Labels.DefaultColumns(draft.Format, label);
        if (defaults.Count == 0)
        {
            draft.Add(DiagnosticCodes.MixedTemplate.Create(draft.Where(row.Location), draft.Format.ToJson(), draft.Format == ReportFormat.Trial2019 ? "2021" : "2019", row.Labels[0].Raw.Trim()));
            return;
        }

        var fits = header is not null && header.Columns.TrueForAll(c => draft.Has(CellKeys.Of(2, label, c)));
        var columns = fits ? header!.Columns : [.. defaults];
        var values = row.Values;
        if (values.Length == 1 && values[0].Kind == Reading.ValueKind.Packed)
        {
            PlacePacked(row, label, columns, draft);
            return;
        }

        // Positions first, where the grid keeps them and every value stands under a header column.
        if (fits && header!.At is { } at && row.Row.Aligned && row.Labels.All(l => !at.ContainsKey(l.Index))
            && row.Cells.Where(c => c.IsValue).All(c => at.ContainsKey(c.Index)))
        {
            foreach (var (index, column) in at)
            {
                var cell = row.Cells.FirstOrDefault(c => c.Index == index);
                if (cell.Cell is null)
                {
                    draft.SetUnknown(CellKeys.Of(2, label, column));
                    draft.Add(DiagnosticCodes.ColumnMissing.ForCells(draft.Where(row.Location), [CellKeys.Of(2, label, column)], "二", TemplateCatalog.Default[CellKeys.Of(2, label, column)].ColumnLabel));
                }
                else
                {
                    draft.Set(CellKeys.Of(2, label, column), cell);
                }
            }

            return;
        }

        // A row that lists its own cells: the value columns are its last cells, blanks included.
        if (row.Row.Shape == Reading.RowShape.Cells && row.AfterLabelsCount == columns.Count)
        {
            values = row.AfterLabels;
        }

        if (values.Length == columns.Count)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                draft.Set(CellKeys.Of(2, label, columns[i]), values[i]);
            }

            return;
        }

        if (values.Length > columns.Count)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                draft.Set(CellKeys.Of(2, label, columns[i]), values[i]);
            }

            draft.Add(DiagnosticCodes.ExtraValues.Create(draft.Where(values[columns.Count].Location), row.Labels[0].Raw.Trim(), string.Join(" ", values.Skip(columns.Count).Select(v => v.Raw.Trim()))));
            return;
        }

        var keys = columns.Select(c => CellKeys.Of(2, label, c)).ToList();
        keys.ForEach(draft.SetUnknown);
        draft.Add(DiagnosticCodes.ValuesUnplaceable.ForCells(draft.Where(values[0].Location), keys, row.Labels[0].Raw.Trim(), values.Length,
            string.Join(" ", values.Select(v => v.Raw.Trim().Length == 0 ? "□" : v.Raw.Trim())), columns.Count));
    }

    /// <summary>Section 二 has no sums to check, so flattened digits are read only when they split one way.</summary>
    private static void PlacePacked(RowView row, string label, IReadOnlyList<string> columns, ReportDraft draft)
    {
        var packed = row.Values[0];
        if (columns.Count == 1 && packed.Raw.Split(' ').Length == 1 && decimal.TryParse(packed.Raw, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var whole))
        {
            draft.Set(CellKeys.Of(2, label, columns[0]), packed with { Kind = Reading.ValueKind.Number, Value = whole });
            return;
        }

        // Digits around a decimal point are not cut (DigitRuns reads whole numbers only): such a row stays null.
        var readings = DigitRuns.Readings(packed.Raw, columns.Count, limit: 50);
        if (readings.Count == 1)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                draft.Set(CellKeys.Of(2, label, columns[i]), packed.AsNumber(readings[0][i]));
            }

            return;
        }

        var keys = columns.Select(c => CellKeys.Of(2, label, c)).ToList();
        keys.ForEach(draft.SetUnknown);
        draft.Add(DiagnosticCodes.FlattenedAmbiguous.ForCells(draft.Where(packed.Location), keys, row.Labels[0].Raw.Trim(), packed.Raw, readings.Count, Flattened.Describe(readings)));
    }

    private static void ReportMissingRows(IReadOnlyList<RowView> rows, HashSet<string> seen, ReportDraft draft)
    {
        var expected = Expected(draft.Format);
        var where = rows.Count > 0 ? draft.Where(rows[0].Location) : SourceLocation.InFile(draft.Source);
        if (seen.Count == 0)
        {
            draft.Add(DiagnosticCodes.TableMissing.Create(where, "二", "主动公开政府信息情况"));
            return;
        }

        foreach (var (row, rowLabel, keys) in expected.Where(e => !seen.Contains(e.Row)))
        {
            draft.Add(DiagnosticCodes.RowMissing.ForCells(where, keys, "二", rowLabel));
        }
    }

    private static readonly Dictionary<ReportFormat, (string Row, string Label, string[] Keys)[]> ExpectedRows =
        new[] { ReportFormat.Trial2019, ReportFormat.Revised2021 }.ToDictionary(
            f => f,
            f => TemplateCatalog.Default.For(f).Where(d => d.Table == 2).GroupBy(d => d.Key.Split('.')[1])
                .Select(g => (g.Key, g.First().RowLabel, g.Select(d => d.Key).ToArray())).ToArray());

    private static (string Row, string Label, string[] Keys)[] Expected(ReportFormat format) =>
        ExpectedRows.TryGetValue(format, out var rows) ? rows : [];
}
