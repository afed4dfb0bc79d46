using System.Collections.Immutable;
using Dapper;
using Gongkai.Reports;

namespace Gongkai.Data.Queries;

/// <summary>
/// The consolidated statistics of a subtree for one year and template: every cell summed over the current versions
/// of the reports in scope — itself an annual report, which every writer can print. <see cref="Blank"/> counts, per
/// cell, the reports that left it blank (they add nothing to the sum).
/// </summary>
public sealed record Rollup(int Year, ReportFormat Format, int Reports, AnnualReport Report, IReadOnlyDictionary<string, int> Blank);

/// <summary>Sums over the registry: one scan of the packed cell vectors of the reports in scope.</summary>
public static class Rollups
{
    /// <summary>One roll-up per year and template in scope (a subtree where some agencies still use the 2019 tables gets two).</summary>
    public static async Task<IReadOnlyList<Rollup>> SumAsync(Database database, Scope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var totals = new Dictionary<(int Year, ReportFormat Format), Totals>();
        var (where, parameters) = scope.Where();
        await using var c = await database.OpenAsync(cancellationToken);
        await using var reader = await c.ExecuteReaderAsync(
            $"SELECT r.year, r.format, r.cells FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE {where}", parameters);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = (reader.GetInt32(0), ReportFormats.Parse(reader.GetString(1)));
            if (!totals.TryGetValue(key, out var t))
            {
                totals[key] = t = new Totals();
            }

            t.Add((byte[])reader.GetValue(2));
        }

        return [.. totals.OrderBy(t => t.Key.Year).ThenByDescending(t => t.Key.Format)
            .Select(t => t.Value.ToRollup(t.Key.Year, t.Key.Format, scope.Root))];
    }

    /// <summary>Running sums of every catalog cell: integers in 64 bits (checked), other amounts as decimals.</summary>
    internal sealed class Totals
    {
        private readonly long[] integers = new long[CellVector.Keys.Count];
        private readonly decimal[] decimals = new decimal[CellVector.Keys.Count];
        private readonly int[] present = new int[CellVector.Keys.Count];

        public int Reports { get; private set; }

        public void Add(ReadOnlySpan<byte> cells)
        {
            var adder = new Adder(integers, decimals, present);
            CellVector.Visit(cells, ref adder);
            Reports++;
        }

        private decimal Sum(int i) => integers[i] + decimals[i];

        public Rollup ToRollup(int year, ReportFormat format, Agency root)
        {
            var definitions = TemplateCatalog.Default.For(format);
            var cells = definitions.ToDictionary(
                d => d.Key,
                d => present[CellVector.Index[d.Key]] > 0 ? new Cell(Sum(CellVector.Index[d.Key])) : Cell.Empty);
            var blank = definitions
                .Where(d => present[CellVector.Index[d.Key]] < Reports)
                .ToDictionary(d => d.Key, d => Reports - present[CellVector.Index[d.Key]]);
            var report = new AnnualReport($"{root.RegionOrName}（汇总 {Reports} 份报告）", year, format, cells, new Dictionary<SectionKind, string>(), ImmutableArray<Diagnostics.Diagnostic>.Empty);
            return new Rollup(year, format, Reports, report, blank);
        }

        private readonly struct Adder(long[] integers, decimal[] decimals, int[] present) : CellVector.ICellVisitor
        {
            public void Integer(int index, long value)
            {
                integers[index] += value;
                present[index]++;
            }

            public void Decimal(int index, decimal value)
            {
                decimals[index] += value;
                present[index]++;
            }
        }
    }
}
