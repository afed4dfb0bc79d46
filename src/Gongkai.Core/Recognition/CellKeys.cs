using System.Collections.Concurrent;

namespace Gongkai.Recognition;

/// <summary>Cell keys built from their parts once per process (<c>s3.withheld.state_secret.natural</c>), not once per cell read.</summary>
internal static class CellKeys
{
    private static readonly ConcurrentDictionary<(int Table, string Row, string Column), string> Cache = new();

    private static readonly ConcurrentDictionary<string, string[]> Table3 = new(StringComparer.Ordinal);

    public static string Of(int table, string row, string column) =>
        Cache.GetOrAdd((table, row, column), k => $"s{k.Table}.{k.Row}.{k.Column}");

    /// <summary>The seven keys of a table-三 row, in the order of <see cref="Table3Labels.Columns"/>.</summary>
    public static string[] Table3Row(string row) =>
        Table3.GetOrAdd(row, r => [.. Table3Labels.Columns.Select(c => $"s3.{r}.{c}")]);
}
