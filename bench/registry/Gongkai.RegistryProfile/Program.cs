using System.Diagnostics;
using System.Globalization;
using Gongkai.Data.Import;
using Gongkai.Reading;
using Gongkai.RegistryProfile;

// gongkai-registry-profile CORPUS.zip|DIR [--limit N] [--warmup SECONDS] [--passes P] [--writer DB]...
// gongkai-registry-profile rollup DB [REPEAT]          (RollupTiming: roll-ups timed inside one warm process)
// gongkai-registry-profile pipeline CORPUS DB [--in-flight K] [--batch B] [--workers W] [--full-batches]   (PipelineReplica)
//
// Where an import's time goes (docs/benchmarks.md, "Registry (issue 4)"): the producer's reading of the archive, each step of the CPU
// half on one thread (thread CPU, best of P passes, after a timed warm-up so the JIT has reached tier 1), the whole
// ReportPreparer.Prepare on 1 and 2 threads, and the SQL half alone — the same prepared documents written through the
// importer's writer into each --writer registry (which must be empty: a SQLite path or a Host=… string).
if (args.Length >= 2 && args[0] == "rollup")
{
    await RollupTiming.RunAsync(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5);
    return 0;
}

if (args.Length >= 3 && args[0] == "pipeline")
{
    var rest = args.ToList();
    int Named(string name, int fallback) => rest.IndexOf(name) is var i and >= 0 ? int.Parse(rest[i + 1], CultureInfo.InvariantCulture) : fallback;
    return await PipelineReplica.RunAsync(args[1], args[2], Named("--in-flight", 256), Named("--batch", 200), Named("--workers", Environment.ProcessorCount), rest.Contains("--full-batches"));
}

var args_ = args.ToList();
string? Option(string name, string fallback)
{
    var i = args_.IndexOf(name);
    if (i < 0)
    {
        return fallback;
    }

    var value = args_[i + 1];
    args_.RemoveRange(i, 2);
    return value;
}

var limit = int.Parse(Option("--limit", "5000")!, CultureInfo.InvariantCulture);
var warmup = TimeSpan.FromSeconds(double.Parse(Option("--warmup", "20")!, CultureInfo.InvariantCulture));
var passes = int.Parse(Option("--passes", "2")!, CultureInfo.InvariantCulture);
var writers = new List<string>();
while (args_.Contains("--writer"))
{
    writers.Add(Option("--writer", "")!);
}

if (args_.Count != 1)
{
    Console.Error.WriteLine("usage: gongkai-registry-profile CORPUS.zip|DIR [--limit N] [--warmup SECONDS] [--passes P] [--writer DB]...");
    return 2;
}

var inv = CultureInfo.InvariantCulture;
Console.WriteLine($"corpus {args_[0]}, first {limit} documents, warm-up {warmup.TotalSeconds} s, best of {passes} passes, load {File.ReadAllText("/proc/loadavg").Trim()}");

// 1. The producer: the archive read entry by entry (ImportInputs.Read), as the importer does on one thread.
var readClock = Stopwatch.StartNew();
var readCpu = ThreadCpu.Now();
var items = ImportInputs.Read([args_[0]]).Take(limit).ToList();
readCpu = ThreadCpu.Now() - readCpu;
readClock.Stop();
var docs = items.Where(i => i.Bytes is not null).Select(i => new Doc(i.Source, i.Bytes!)).ToList();
var bytes = docs.Sum(d => (long)d.Bytes.Length);
Console.WriteLine($"read {items.Count} documents ({bytes / 1048576.0:F1} MB) in {readClock.Elapsed.TotalSeconds:F2} s wall, {readCpu.TotalSeconds:F2} s thread CPU: {Us(readCpu, items.Count)} µs per document");

// 2. Warm-up on the first 500 documents, every step.
var warm = Stopwatch.StartNew();
var rounds = 0;
while (warm.Elapsed < warmup)
{
    foreach (var d in docs.Take(500))
    {
        RunAll(d);
    }

    rounds++;
}

Console.WriteLine($"warm-up: {rounds} rounds of {Math.Min(500, docs.Count)} documents in {warm.Elapsed.TotalSeconds:F1} s");

// 3. Each step on its own, thread CPU and allocations, best of the passes.
var best = new TimeSpan[Stages.All.Count];
var allocated = new long[Stages.All.Count];
Array.Fill(best, TimeSpan.MaxValue);
var reports = 0;
for (var p = 0; p < passes; p++)
{
    var cpu = new TimeSpan[Stages.All.Count];
    reports = 0;
    foreach (var d in docs)
    {
        for (var s = 0; s < Stages.All.Count; s++)
        {
            if (s > 2 && d.Report is null)
            {
                break;
            }

            var a0 = GC.GetAllocatedBytesForCurrentThread();
            var t0 = ThreadCpu.Now();
            Stages.All[s].Run(d);
            cpu[s] += ThreadCpu.Now() - t0;
            allocated[s] = GC.GetAllocatedBytesForCurrentThread() - a0;
        }

        reports += d.Report is null ? 0 : 1;
    }

    for (var s = 0; s < best.Length; s++)
    {
        best[s] = cpu[s] < best[s] ? cpu[s] : best[s];
    }
}

var total = best.Aggregate(TimeSpan.Zero, (a, b) => a + b);
Console.WriteLine();
Console.WriteLine($"{docs.Count} documents, {reports} read as reports. Thread CPU per document (best pass), share of the CPU half; allocation of the last document:");
Console.WriteLine();
Console.WriteLine("| step | µs per document | share | KB allocated (last doc) |");
Console.WriteLine("|---|---:|---:|---:|");
for (var s = 0; s < best.Length; s++)
{
    Console.WriteLine($"| {Stages.All[s].Name} | {Us(best[s], docs.Count)} | {best[s] / total:P1} | {allocated[s] / 1024.0:F0} |");
}

Console.WriteLine($"| **sum of the steps** | **{Us(total, docs.Count)}** | 100 % | |");

// 4. ReportPreparer.Prepare as the importer calls it: one thread, then 1 and 2 parallel workers (wall and process CPU).
var prepared = new PreparedReport[items.Count];
var one = ThreadCpu.Now();
var oneClock = Stopwatch.StartNew();
for (var i = 0; i < items.Count; i++)
{
    prepared[i] = ReportPreparer.Prepare(i, items[i], "", ReportPipeline.Default);
}

oneClock.Stop();
one = ThreadCpu.Now() - one;
Console.WriteLine();
Console.WriteLine($"ReportPreparer.Prepare on one thread: {Us(one, items.Count)} µs thread CPU, {Us(oneClock.Elapsed, items.Count)} µs wall per document (SHA-256 not included)");
foreach (var workers in new[] { 1, 2 })
{
    var process = Process.GetCurrentProcess();
    process.Refresh();
    var cpu0 = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, i => ReportPreparer.Prepare(i, items[i], "", ReportPipeline.Default));
    clock.Stop();
    process.Refresh();
    var cpu = process.TotalProcessorTime - cpu0;
    Console.WriteLine($"Prepare with {workers} worker(s): {items.Count / clock.Elapsed.TotalSeconds:F0} documents/s wall, process CPU {Us(cpu, items.Count)} µs per document ({cpu / clock.Elapsed:P0} of one core)");
}

// 5. The SQL half alone: the prepared documents through the importer's writer, batches of 200.
for (var i = 0; i < prepared.Length; i++)
{
    prepared[i] = prepared[i] with { Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(items[i].Bytes ?? [])) };
}

foreach (var target in writers)
{
    var w = await Writer.RunAsync(target, prepared);
    Console.WriteLine();
    Console.WriteLine($"writer into {w.Target}: {w.Documents} documents in {w.Wall.TotalSeconds:F2} s = {w.Documents / w.Wall.TotalSeconds:F0} documents/s; " +
        $"per document {Us(w.Wall, w.Documents)} µs wall, {Us(w.ClientCpu, w.Documents)} µs client CPU" +
        (w.ServerCpu > TimeSpan.Zero ? $", {Us(w.ServerCpu, w.Documents)} µs server (backend) CPU" : "") +
        $"; one SELECT 1 round trip {w.RoundTrip.TotalMicroseconds:F0} µs");
    Console.WriteLine("  rows per document: " + string.Join(", ", w.Rows.Select(r => $"{r.Key} {(double)r.Value / w.Documents:F2}")));
}

return 0;

static void RunAll(Doc d)
{
    for (var s = 0; s < Stages.All.Count; s++)
    {
        if (s > 2 && d.Report is null)
        {
            break;
        }

        Stages.All[s].Run(d);
    }
}

static string Us(TimeSpan t, int n) => (t.TotalMicroseconds / Math.Max(1, n)).ToString("#,0", CultureInfo.InvariantCulture);
