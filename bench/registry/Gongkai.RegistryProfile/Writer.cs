using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Dapper;
using Gongkai.Data;
using Gongkai.Data.Import;

namespace Gongkai.RegistryProfile;

/// <summary>
/// The SQL half of an import on its own: already prepared documents written through the importer's single writer
/// (<c>ReportStore</c>, internal, reached by reflection so that src/ stays untouched), in the importer's batches of 200.
/// </summary>
internal static class Writer
{
    private const int BatchSize = 200;

    public static async Task<WriterTiming> RunAsync(string target, IReadOnlyList<PreparedReport> prepared)
    {
        var database = new Database(DatabaseTarget.Parse(target));
        await Migrator.MigrateAsync(database);
        await using (var check = await database.OpenAsync())
        {
            if (await check.ExecuteScalarAsync<long>("SELECT count(*) FROM files") != 0)
            {
                throw new InvalidOperationException($"{database.Target.Display} is not empty: give the writer a fresh registry");
            }
        }

        var roundTrip = await RoundTripAsync(database);
        var connection = await database.OpenAsync();
        int? backend = database.Kind == DatabaseKind.Postgres ? await connection.ExecuteScalarAsync<int>("SELECT pg_backend_pid()") : null;
        var type = typeof(Importer).Assembly.GetType("Gongkai.Data.Import.ReportStore", throwOnError: true)!;
        var store = (IAsyncDisposable)Activator.CreateInstance(type, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, [connection, TimeProvider.System], CultureInfo.InvariantCulture)!;
        var write = type.GetMethod("WriteAsync")!;
        var process = Process.GetCurrentProcess();
        var serverBefore = backend is { } b1 ? ServerCpu(b1) : TimeSpan.Zero;
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await using (store)
        {
            for (var i = 0; i < prepared.Count; i += BatchSize)
            {
                var batch = prepared.Skip(i).Take(BatchSize).ToList();
                await (Task<IReadOnlyList<StoreResult>>)write.Invoke(store, [batch, CancellationToken.None])!;
            }

            clock.Stop();
            process.Refresh();
        }

        var cpu = process.TotalProcessorTime - cpuBefore;
        var server = backend is { } b2 ? ServerCpu(b2) - serverBefore : TimeSpan.Zero;
        await using var c = await database.OpenAsync();
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in new[] { "reports", "files", "findings", "section_signatures", "agency_aliases", "agencies" })
        {
            rows[table] = await c.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table}");
        }

        return new WriterTiming(database.Target.Display, prepared.Count, clock.Elapsed, cpu, server, roundTrip, rows);
    }

    /// <summary>The cost of one statement: <c>SELECT 1</c> through Dapper, many times, on a warm connection.</summary>
    private static async Task<TimeSpan> RoundTripAsync(Database database)
    {
        await using var c = await database.OpenAsync();
        for (var i = 0; i < 500; i++)
        {
            await c.ExecuteScalarAsync<long>("SELECT 1");
        }

        const int n = 5000;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < n; i++)
        {
            await c.ExecuteScalarAsync<long>("SELECT 1");
        }

        return clock.Elapsed / n;
    }

    /// <summary>User + system CPU of a PostgreSQL backend process, from /proc (clock ticks of 10 ms).</summary>
    private static TimeSpan ServerCpu(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }
}

/// <summary>What writing the prepared documents cost.</summary>
internal sealed record WriterTiming(string Target, int Documents, TimeSpan Wall, TimeSpan ClientCpu, TimeSpan ServerCpu, TimeSpan RoundTrip, IReadOnlyDictionary<string, long> Rows);
