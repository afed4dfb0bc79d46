using System.Collections.Concurrent;
using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Checking;

/// <summary>One 勾稽 equation: the left cells add up to the right cells; <see cref="Keys"/> names them all.</summary>
/// <remarks><see cref="LeftAt"/> and <see cref="RightAt"/> are the cells' positions in the template's catalog order.</remarks>
internal sealed record Equation(DiagnosticDescriptor Descriptor, string Name, string[] Keys, string[] Left, string[] Right)
{
    public int[] LeftAt { get; init; } = [];

    public int[] RightAt { get; init; } = [];
}

/// <summary>
/// Every arithmetic equation of a template's tables 三 and 四, built once per template and reused for every
/// report (国办公开办函〔2019〕60号 and 〔2021〕30号: row totals, （七）总计, 一 + 二 = 三 + 四, table 四 totals).
/// </summary>
internal sealed record Equations(Equation[] RowTotals, Equation[] OutcomeTotals, Equation[] Balances, Equation[] Table4Totals)
{
    private static readonly ConcurrentDictionary<(TemplateCatalog, ReportFormat), Equations> Cache = new();

    public static Equations For(TemplateCatalog catalog, ReportFormat format) => Cache.GetOrAdd((catalog, format), k => Build(k.Item1, k.Item2));

    private static Equations Build(TemplateCatalog catalog, ReportFormat format)
    {
        if (format == ReportFormat.Unknown)
        {
            return new([], [], [], []);
        }

        var rowTotals = Tables.Rows(catalog, format).Select(row =>
        {
            var total = Tables.Key(row, "total");
            var parts = Tables.ApplicantColumns.Select(col => Tables.Key(row, col)).ToArray();
            return new Equation(DiagnosticCodes.RowTotal, catalog.Find(total)?.RowLabel ?? row, [total, .. parts], parts, [total]);
        }).ToArray();

        var outcomes = Tables.OutcomeRows(catalog, format);
        var outcomeTotals = outcomes.Count == 0 ? [] : Tables.Columns.Select(col =>
        {
            var total = Tables.Key("total", col);
            var parts = outcomes.Select(row => Tables.Key(row, col)).ToArray();
            return new Equation(DiagnosticCodes.OutcomeTotal, catalog.Find(total)?.ColumnLabel ?? total, [total, .. parts], parts, [total]);
        }).ToArray();

        var balances = Tables.Columns.Select(col =>
        {
            string[] left = [Tables.Key("received", col), Tables.Key("carried_in", col)];
            string[] right = [Tables.Key("total", col), Tables.Key("carried_out", col)];
            return new Equation(DiagnosticCodes.Balance, catalog.Find(left[0])?.ColumnLabel ?? left[0], [.. left, .. right], left, right);
        }).ToArray();

        var table4 = Tables.AppealGroups.Select(group =>
        {
            var total = $"s4.{group}.total";
            var parts = Tables.AppealParts.Select(p => $"s4.{group}.{p}").ToArray();
            return new Equation(DiagnosticCodes.Table4Total, catalog.Find(total)?.Row ?? group, [total, .. parts], parts, [total]);
        }).ToArray();

        var position = catalog.For(format).Select((d, i) => (d.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        Equation[] Placed(Equation[] equations) => [.. equations
            .Where(e => e.Keys.All(position.ContainsKey))
            .Select(e => e with { LeftAt = [.. e.Left.Select(k => position[k])], RightAt = [.. e.Right.Select(k => position[k])] })];
        return new(Placed(rowTotals), Placed(outcomeTotals), Placed(balances), Placed(table4));
    }
}
