using System.Collections.Immutable;
using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Recognition;

/// <summary>
/// Reads table 四 (政府信息公开行政复议、行政诉讼情况): one data row of 15 values, no row label — 行政复议,
/// 未经复议直接起诉, 复议后起诉, each 结果维持 · 结果纠正 · 其他结果 · 尚未审结 · 总计. Both templates.
/// </summary>
internal static class Table4Reader
{
    private static readonly string[] Keys = TemplateCatalog.Default.For(ReportFormat.Revised2021).Where(d => d.Table == 4).Select(d => d.Key).ToArray();

    /// <summary>Flattened digits of the one data row: each group's 总计 = 维持 + 纠正 + 其他 + 尚未审结 narrows the readings.</summary>
    private static void PlacePacked(CellView packed, ReportDraft draft)
    {
        static bool GroupOk(long[] r, int group) => r[group * 5] + r[(group * 5) + 1] + r[(group * 5) + 2] + r[(group * 5) + 3] == r[(group * 5) + 4];
        var readings = DigitRuns.Readings(packed.Raw, 15, partial: (r, filled) => filled % 5 != 0 || GroupOk(r, (filled / 5) - 1), limit: 50);
        if (readings.Count == 1)
        {
            for (var i = 0; i < 15; i++)
            {
                draft.Set(Keys[i], packed.AsNumber(readings[0][i]));
            }

            return;
        }

        foreach (var key in Keys)
        {
            draft.SetUnknown(key);
        }

        draft.Add(DiagnosticCodes.FlattenedAmbiguous.ForCells(draft.Where(packed.Location), Keys, "表四", packed.Raw, readings.Count, readings.Count == 0 ? "—" : Flattened.Describe(readings)));
    }

    public static void Read(IReadOnlyList<RowView> rows, IReadOnlyList<RowView> loneRuns, ReportDraft draft)
    {
        var dataRows = rows.Where(r => !r.Values.IsEmpty).ToList();
        if (dataRows.Count == 0)
        {
            dataRows = [.. loneRuns];
        }

        var where = rows.Count > 0 ? draft.Where(rows[0].Location) : SourceLocation.InFile(draft.Source);
        if (dataRows.Count == 0)
        {
            draft.Add(DiagnosticCodes.TableMissing.Create(where, "四", "政府信息公开行政复议、行政诉讼情况"));
            return;
        }

        if (dataRows.Count == 1 && dataRows[0].Values is [{ Kind: Reading.ValueKind.Packed } packed])
        {
            PlacePacked(packed, draft);
            return;
        }

        var values = dataRows.SelectMany(r => r.Values).ToImmutableArray();
        var single = dataRows.FirstOrDefault(r => r.Values.Length == 15);
        if (single is not null)
        {
            values = single.Values;
        }

        if (values.Length != 15)
        {
            foreach (var key in Keys)
            {
                draft.SetUnknown(key);
            }

            draft.Add(DiagnosticCodes.ValuesUnplaceable.ForCells(draft.Where(values[0].Location), Keys, "表四", values.Length,
                string.Join(" ", values.Select(v => v.Raw.Trim())), 15));
            return;
        }

        for (var i = 0; i < 15; i++)
        {
            draft.Set(Keys[i], values[i]);
        }

        foreach (var extra in dataRows.Where(r => !ReferenceEquals(r, single) && single is not null))
        {
            draft.Add(DiagnosticCodes.OrphanValues.Create(draft.Where(extra.Values[0].Location), string.Join(" ", extra.Values.Select(v => v.Raw.Trim()))));
        }
    }
}
