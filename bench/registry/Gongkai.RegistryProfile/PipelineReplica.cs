using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Threading.Channels;
using Dapper;
using Gongkai.Data;
using Gongkai.Data.Import;
using Gongkai.Reading;

namespace Gongkai.RegistryProfile;

/// <summary>
/// <c>gongkai-registry-profile pipeline CORPUS DB [--in-flight K] [--batch B] [--workers W] [--full-batches]</c>: a copy of
/// <c>Importer.RunAsync</c> (as of commits 42974ef–f8b2a36: one producer, W preparers, one writer storing in input order through
/// <c>ReportStore</c>, at most K documents between reading and commit, batches of B) with its two constants as
/// parameters, to measure what they cost. K=256 B=200 is the importer as committed: it also commits whatever is ready
/// whenever no prepared document is waiting; <c>--full-batches</c> commits only full batches (and the rest at the end).
/// DB must be an empty registry.
/// </summary>
internal static class PipelineReplica
{
    public static async Task<int> RunAsync(string corpus, string target, int inFlight, int batchSize, int workers, bool fullBatches)
    {
        var database = new Database(DatabaseTarget.Parse(target));
        await Migrator.MigrateAsync(database);
        HashSet<string> known;
        await using (var c = await database.OpenAsync())
        {
            known = [.. await c.QueryAsync<string>("SELECT sha256 FROM files")];
        }

        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using var slots = new SemaphoreSlim(inFlight);
        var toPrepare = Channel.CreateBounded<(long Seq, ImportItem Item, string Sha)>(inFlight);
        var prepared = Channel.CreateUnbounded<PreparedReport>();
        var writerBusy = new Stopwatch();
        var producer = Task.Run(async () =>
        {
            long seq = 0;
            foreach (var item in ImportInputs.Read([corpus]))
            {
                var sha = Convert.ToHexStringLower(SHA256.HashData(item.Bytes ?? []));
                if (!known.Add(sha))
                {
                    continue;
                }

                await slots.WaitAsync();
                await toPrepare.Writer.WriteAsync((seq++, item, sha));
            }

            toPrepare.Writer.Complete();
        });
        var preparers = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await foreach (var (seq, item, sha) in toPrepare.Reader.ReadAllAsync())
            {
                await prepared.Writer.WriteAsync(ReportPreparer.Prepare(seq, item, sha, ReportPipeline.Default));
            }
        })).ToArray();
        var completion = Task.WhenAll(preparers).ContinueWith(t => prepared.Writer.TryComplete(t.Exception), TaskScheduler.Default);

        var type = typeof(Importer).Assembly.GetType("Gongkai.Data.Import.ReportStore", throwOnError: true)!;
        var write = type.GetMethod("WriteAsync")!;
        var store = (IAsyncDisposable)Activator.CreateInstance(type, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, [await database.OpenAsync(), TimeProvider.System], CultureInfo.InvariantCulture)!;
        var documents = 0;
        var batches = 0;
        await using (store)
        {
            var waiting = new SortedDictionary<long, PreparedReport>();
            var batch = new List<PreparedReport>(batchSize);
            long next = 0;
            async Task FlushAsync()
            {
                if (batch.Count == 0)
                {
                    return;
                }

                writerBusy.Start();
                await (Task<IReadOnlyList<StoreResult>>)write.Invoke(store, [batch, CancellationToken.None])!;
                writerBusy.Stop();
                documents += batch.Count;
                batches++;
                slots.Release(batch.Count);
                batch.Clear();
            }

            await foreach (var item in prepared.Reader.ReadAllAsync())
            {
                waiting[item.Sequence] = item;
                while (waiting.Remove(next, out var ready))
                {
                    batch.Add(ready);
                    next++;
                }

                if (batch.Count >= batchSize || (!fullBatches && batch.Count > 0 && prepared.Reader.Count == 0))
                {
                    await FlushAsync();
                }
            }

            await FlushAsync();
        }

        await producer;
        await completion;
        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpu0;
        Console.WriteLine($"pipeline in-flight {inFlight}, batch {batchSize}{(fullBatches ? " (full batches only)" : "")}, {workers} worker(s) into {database.Target.Display}: {documents} documents in {clock.Elapsed.TotalSeconds:F1} s = " +
            $"{documents / clock.Elapsed.TotalSeconds:F0} documents/s; process CPU {cpu.TotalSeconds:F1} s ({cpu / clock.Elapsed:P0} of one core); " +
            $"writer busy {writerBusy.Elapsed.TotalSeconds:F1} s ({writerBusy.Elapsed / clock.Elapsed:P0} of the wall time) in {batches} transactions; load {File.ReadAllText("/proc/loadavg")[..14]}");
        return 0;
    }
}
