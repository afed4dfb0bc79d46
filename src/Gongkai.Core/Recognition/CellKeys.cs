using System.Collections.Concurrent;

namespace Gongkai.Recognition;

/// <summary>Cell keys built from their parts once per process (<c>s3.withheld.state_secret.natural</c>), not once per cell read.</summary>
internal static class CellKeys
{
    private static readonly ConcurrentDictionary<(int Table, string Row, string Column), string> Cache = new();

    public static string Of(int table, string row, string column) =>
        Cache.GetOrAdd((table, row, column), k => $"s{k.Table}.{k.Row}.{k.Column}");
}
