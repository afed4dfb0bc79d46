using System.Security.Cryptography;
using System.Threading.Channels;
using Dapper;
using Gongkai.Reading;

namespace Gongkai.Data.Import;

/// <summary>Counts so far, for a progress display.</summary>
public sealed record ImportProgress(int Done, int Total, int Stored, int Skipped, int Failed);

/// <summary>One input that is not a readable report: where, and why (one line for the user).</summary>
public sealed record ImportFailure(string Source, string Reason);

/// <summary>The outcome of an import run.</summary>
public sealed record ImportSummary(
    int Documents,
    int NewReports,
    int NewVersions,
    int SameContent,
    int AlreadyStored,
    IReadOnlyList<ImportFailure> Failures);

/// <summary>
/// <c>gongkai import</c>: reads documents on every core, stores them through one writer in batched transactions.
/// Idempotent by content hash (a file already stored is skipped before it is read as a report), resumable (a killed
/// run loses at most the batch in flight, which the rerun stores), and bounded in memory (at most
/// <see cref="InFlight"/> documents between the reader and the database at any time).
/// </summary>
public sealed class Importer(Database database, ReportPipeline? pipeline = null)
{
    /// <summary>Documents read but not yet committed, at most.</summary>
    public const int InFlight = 256;

    private const int BatchSize = 200;

    private readonly ReportPipeline pipeline = pipeline ?? ReportPipeline.Default;

    public Task<ImportSummary> RunAsync(IReadOnlyList<string> paths, IProgress<ImportProgress>? progress = null, int? workers = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return RunAsync(ImportInputs.Read(paths), ImportInputs.Count(paths), progress, workers, cancellationToken);
    }

    /// <summary>
    /// Imports documents already in memory (the web application's uploads): <see cref="ImportItem.Source"/> is
    /// recorded as where each came from, <see cref="ImportItem.Name"/> as its file name.
    /// </summary>
    public Task<ImportSummary> RunAsync(IReadOnlyList<ImportItem> items, IProgress<ImportProgress>? progress = null, int? workers = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        return RunAsync(items, items.Count, progress, workers, cancellationToken);
    }

    private async Task<ImportSummary> RunAsync(IEnumerable<ImportItem> items, int total, IProgress<ImportProgress>? progress, int? workers, CancellationToken cancellationToken)
    {
        await Migrator.MigrateAsync(database, cancellationToken: cancellationToken);
        var known = new HashSet<Sha256>();
        await using (var c = await database.OpenAsync(cancellationToken))
        {
            foreach (var hex in c.Query<string>("SELECT sha256 FROM files", buffered: false))
            {
                known.Add(Sha256.FromHex(hex));
            }
        }

        using var slots = new SemaphoreSlim(InFlight);
        var toPrepare = Channel.CreateBounded<(long Seq, ImportItem Item, string Sha)>(InFlight);
        var prepared = Channel.CreateUnbounded<PreparedReport>();
        var counts = new Counts();
        var failures = new List<ImportFailure>();

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = linked.Token;
        var producer = Task.Run(() => ProduceAsync(items, known, toPrepare.Writer, slots, counts, total, progress, token), token);
        var preparers = Enumerable.Range(0, Math.Max(1, workers ?? Environment.ProcessorCount))
            .Select(_ => Task.Run(() => PrepareAsync(toPrepare.Reader, prepared.Writer, token), token))
            .ToArray();
        var completion = Task.WhenAll(preparers).ContinueWith(t => prepared.Writer.TryComplete(t.Exception), TaskScheduler.Default);
        try
        {
            await WriteAsync(prepared.Reader, slots, counts, failures, total, progress, token);
            await producer;
            await Task.WhenAll(preparers);
            await completion;
        }
        catch
        {
            await linked.CancelAsync();
            throw;
        }

        failures.Sort((a, b) => string.CompareOrdinal(a.Source, b.Source));
        return new ImportSummary(counts.Done, counts.NewReports, counts.NewVersions, counts.SameContent, counts.AlreadyStored, failures);
    }

    private static async Task ProduceAsync(IEnumerable<ImportItem> items, HashSet<Sha256> known, ChannelWriter<(long, ImportItem, string)> output, SemaphoreSlim slots, Counts counts, int total, IProgress<ImportProgress>? progress, CancellationToken token)
    {
        try
        {
            long seq = 0;
            foreach (var item in items)
            {
                token.ThrowIfCancellationRequested();
                var hash = SHA256.HashData(item.Bytes ?? System.Text.Encoding.UTF8.GetBytes("unreadable:" + item.Source));
                var sha = Convert.ToHexStringLower(hash);
                if (!known.Add(Sha256.From(hash)))
                {
                    Interlocked.Increment(ref counts.AlreadyStored);
                    Interlocked.Increment(ref counts.Done);
                    progress?.Report(counts.Snapshot(total));
                    continue;
                }

                await slots.WaitAsync(token);
                await output.WriteAsync((seq++, item, sha), token);
            }

            output.Complete();
        }
        catch (Exception e)
        {
            output.Complete(e);
            throw;
        }
    }

    private async Task PrepareAsync(ChannelReader<(long Seq, ImportItem Item, string Sha)> input, ChannelWriter<PreparedReport> output, CancellationToken token)
    {
        await foreach (var (seq, item, sha) in input.ReadAllAsync(token))
        {
            await output.WriteAsync(ReportPreparer.Prepare(seq, item, sha, pipeline), token);
        }
    }

    /// <summary>Stores documents in input order (so versions are numbered the same on every run), in batches.</summary>
    private async Task WriteAsync(ChannelReader<PreparedReport> input, SemaphoreSlim slots, Counts counts, List<ImportFailure> failures, int total, IProgress<ImportProgress>? progress, CancellationToken token)
    {
        await using var store = new ReportStore(await database.OpenAsync(token), database.Clock);
        var waiting = new SortedDictionary<long, PreparedReport>();
        var batch = new List<PreparedReport>(BatchSize);
        long next = 0;
        await foreach (var item in input.ReadAllAsync(token))
        {
            waiting[item.Sequence] = item;
            while (waiting.Remove(next, out var ready))
            {
                batch.Add(ready);
                next++;
            }

            if (batch.Count >= BatchSize || (batch.Count > 0 && input.Count == 0))
            {
                await FlushAsync(store, batch, slots, counts, failures, total, progress, token);
            }
        }

        await FlushAsync(store, batch, slots, counts, failures, total, progress, token);
    }

    private static async Task FlushAsync(ReportStore store, List<PreparedReport> batch, SemaphoreSlim slots, Counts counts, List<ImportFailure> failures, int total, IProgress<ImportProgress>? progress, CancellationToken token)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var results = await store.WriteAsync(batch, token);
        for (var i = 0; i < batch.Count; i++)
        {
            switch (results[i])
            {
                case StoreResult.NewReport: counts.NewReports++; break;
                case StoreResult.NewVersion: counts.NewVersions++; break;
                case StoreResult.SameContent: counts.SameContent++; break;
                case StoreResult.AlreadyStored: Interlocked.Increment(ref counts.AlreadyStored); break;
                default: counts.Failed++; failures.Add(new ImportFailure(batch[i].Source, batch[i].Error ?? "不是年度报告")); break;
            }

            Interlocked.Increment(ref counts.Done);
        }

        slots.Release(batch.Count);
        batch.Clear();
        progress?.Report(counts.Snapshot(total));
    }

    private sealed class Counts
    {
#pragma warning disable SA1401, CA1051 // counters shared with Interlocked
        public int Done;
        public int AlreadyStored;
        public int NewReports;
        public int NewVersions;
        public int SameContent;
        public int Failed;
#pragma warning restore SA1401, CA1051

        public ImportProgress Snapshot(int total) =>
            new(Volatile.Read(ref Done), total, NewReports + NewVersions + SameContent, Volatile.Read(ref AlreadyStored), Failed);
    }
}
