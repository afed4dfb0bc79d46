using System.Diagnostics;
using Dapper;
using Gongkai.Data;
using Gongkai.Data.Queries;

namespace Gongkai.RegistryProfile;

/// <summary>
/// <c>gongkai-registry-profile rollup DB [REPEAT]</c>: <see cref="Rollups.SumAsync"/> timed inside one warm process (no
/// start-up, no migration check, no rendering), for the whole country, one year, and one province in one year; and, for
/// the whole country, the same query reading the cell vectors without summing them, to split SQL from decoding.
/// </summary>
internal static class RollupTiming
{
    public static async Task RunAsync(string target, int repeat)
    {
        var database = new Database(DatabaseTarget.Parse(target));
        var root = await AgencyQueries.ResolveAsync(database, "#1");
        var province = await AgencyQueries.ResolveAsync(database, "河北省");
        var scopes = new (string Name, Scope Scope)[]
        {
            ("every year, whole country", new Scope(root)),
            ("2023, whole country", new Scope(root, 2023, 2023)),
            ("2023, 河北省", new Scope(province, 2023, 2023)),
        };
        Console.WriteLine($"roll-ups in one process on {database.Target.Display}, {repeat} runs after one warm-up run (ms):");
        foreach (var (name, scope) in scopes)
        {
            var rollups = await Rollups.SumAsync(database, scope);
            var times = new List<double>();
            for (var i = 0; i < repeat; i++)
            {
                var clock = Stopwatch.StartNew();
                rollups = await Rollups.SumAsync(database, scope);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"  {name}: {rollups.Sum(r => r.Reports)} reports in {rollups.Count} roll-ups; {times.Min():F0}–{times.Max():F0} ms");
        }

        var read = new List<double>();
        long bytes = 0;
        for (var i = 0; i <= repeat; i++)
        {
            await using var c = await database.OpenAsync();
            var clock = Stopwatch.StartNew();
            bytes = 0;
            await using var reader = await c.ExecuteReaderAsync(
                "SELECT r.year, r.format, r.cells FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.is_current = 1 AND r.year IS NOT NULL AND a.path >= '/1/' AND a.path < '/10'");
            while (await reader.ReadAsync())
            {
                bytes += ((byte[])reader.GetValue(2)).Length;
            }

            if (i > 0)
            {
                read.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine($"  the same rows read without summing (every year, whole country; {bytes / 1048576.0:F1} MB of cell vectors): {read.Min():F0}–{read.Max():F0} ms");
    }
}
