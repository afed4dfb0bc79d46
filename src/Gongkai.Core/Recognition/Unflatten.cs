namespace Gongkai.Recognition;

/// <summary>
/// Rebuilds table rows from flattened web text (layouts-in-the-wild §6): a row whose labels and digits ran
/// together becomes one row per label with its digits packed, for the table readers to split by the table's
/// own arithmetic. Rows whose labels are not all template labels are left as they are.
/// </summary>
internal static class Unflatten
{
    public static List<RowView> Rows(List<RowView> rows, bool countsOnly)
    {
        if (!rows.Any(r => Flattened.Looks(r, countsOnly)))
        {
            return rows;
        }

        var result = new List<RowView>(rows.Count);
        foreach (var row in rows)
        {
            if (!Flattened.Looks(row, countsOnly) || Expand(row) is not { } expanded)
            {
                result.Add(row);
                continue;
            }

            result.AddRange(expanded);
        }

        return result;
    }

    private static List<RowView>? Expand(RowView row)
    {
        var text = string.Join(" ", row.Cells.Select(c => c.Raw.Trim()).Where(t => t.Length > 0));
        var pieces = Flattened.Split(text, row.Location);
        if (pieces is null)
        {
            return null;
        }

        var group = Table3Group.None;
        foreach (var p in pieces)
        {
            var norm = LabelText.Norm(p.Label);
            if (p.Label.Length > 0 && Table2Labels.Row(norm) is null && Table3Labels.Leaf(norm, group) is null
                && Table3Labels.Group(norm) is null && LabelText.StripNumbering(norm) != "其他")
            {
                return null;
            }

            group = Table3Labels.Group(norm) ?? group;
        }

        return [.. pieces.Select(p => RowView.Packed(row.Row, p.Label.Length == 0 ? null : p.Label, p.Digits, p.Location))];
    }
}
