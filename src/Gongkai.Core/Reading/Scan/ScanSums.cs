using Gongkai.Reports;
using Gongkai.Samples;

namespace Gongkai.Reading;

/// <summary>One sum a table must satisfy: the cells of <see cref="Left"/> add up to the cells of <see cref="Right"/>.</summary>
internal sealed record SumRelation(string Name, IReadOnlyList<string> Left, IReadOnlyList<string> Right)
{
    public IEnumerable<string> Keys => Left.Concat(Right);

    /// <summary>Left minus right, or null when a cell has no value.</summary>
    public decimal? Difference(Func<string, decimal?> value)
    {
        decimal sum = 0;
        foreach (var k in Left)
        {
            if (value(k) is not { } v)
            {
                return null;
            }

            sum += v;
        }

        foreach (var k in Right)
        {
            if (value(k) is not { } v)
            {
                return null;
            }

            sum -= v;
        }

        return sum;
    }

    /// <summary>How a cell counts in the relation: +1 on the left, -1 on the right, 0 when not in it.</summary>
    public int Sign(string key) => Left.Contains(key) ? 1 : Right.Contains(key) ? -1 : 0;
}

/// <summary>
/// The 勾稽关系 of tables 三 and 四 (国办公开办函〔2019〕60号 and 〔2021〕30号) as plain sums over cells.tsv keys, for
/// pointing at the scanned cell that breaks them. The checker reports the same relations (GK0301–GK0304).
/// </summary>
internal static class ScanSums
{
    private static readonly string[] BalanceRows = ["received", "carried_in", "total", "carried_out"];

    public static IReadOnlyList<SumRelation> For(ReportFormat format)
    {
        var defs = TemplateCatalog.Default.For(format);
        var rows = defs.Where(d => d.Table == 3).Select(d => ReportGenerator.RowOf(d.Key)).Distinct().ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        string[] columns = [.. ReportGenerator.ApplicantColumns, "total"];
        var list = new List<SumRelation>();
        foreach (var row in rows)
        {
            list.Add(new SumRelation($"表三“{TemplateCatalog.Default[$"s3.{row}.total"].RowLabel}”行合计",
                [.. ReportGenerator.ApplicantColumns.Select(c => $"s3.{row}.{c}")], [$"s3.{row}.total"]));
        }

        var outcomes = rows.Where(r => !BalanceRows.Contains(r)).ToList();
        foreach (var col in columns)
        {
            var label = TemplateCatalog.Default[$"s3.total.{col}"].ColumnLabel;
            list.Add(new SumRelation($"表三“{label}”列办理结果总计", [.. outcomes.Select(r => $"s3.{r}.{col}")], [$"s3.total.{col}"]));
            list.Add(new SumRelation($"表三“{label}”列勾稽关系", [$"s3.received.{col}", $"s3.carried_in.{col}"], [$"s3.total.{col}", $"s3.carried_out.{col}"]));
        }

        foreach (var group in new[] { "review", "suit_direct", "suit_after_review" })
        {
            var name = TemplateCatalog.Default[$"s4.{group}.total"].Row.Replace('/', '·');
            list.Add(new SumRelation($"表四“{name}”总计", [.. new[] { "upheld", "corrected", "other", "pending" }.Select(p => $"s4.{group}.{p}")], [$"s4.{group}.total"]));
        }

        return list;
    }
}
