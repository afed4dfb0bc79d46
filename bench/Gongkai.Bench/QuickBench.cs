using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Gongkai.Reading;
using Gongkai.Reports;

namespace Gongkai.Bench;

/// <summary>
/// <c>--quick</c>: times parse+check with a Stopwatch on one thread, without BenchmarkDotNet. Warm-up first,
/// then timed passes; prints reports/second for the seeds, the generated corpus, and per layout and template.
/// </summary>
public static class QuickBench
{
    public static int Run(int generatedCount, double minSeconds, double warmupSeconds)
    {
        Console.WriteLine($"machine: {CpuName()}, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        Console.WriteLine($"method: one thread; parse (decode, grid, recognize) + check per report; {warmupSeconds} s warm-up, then per row the best of the passes timed for at least {minSeconds} s");

        var seeds = Corpus.Seeds();
        Console.WriteLine();
        Console.WriteLine("| measurement                        | wall reports/s | thread-CPU reports/s | CPU µs/report |");
        Console.WriteLine("|---|---:|---:|---:|");
        var build = Stopwatch.StartNew();
        var generated = Corpus.Generated(generatedCount);
        var generatedLine = $"generated {generated.Length} reports in {build.Elapsed.TotalSeconds:F1} s (not timed); {generated.Sum(d => (long)d.Bytes.Length) / generated.Length} bytes each on average";

        // Tiered JIT with dynamic PGO needs seconds of steady work before the hot paths reach tier 1, longer on a busy machine.
        var warmup = seeds.Concat(generated.Take(200)).ToArray();
        var cold = Stopwatch.StartNew();
        var coldCpu = ThreadCpu.Now();
        Pass(warmup, Work.ParseCheck);
        Line("cold (first pass, JIT included)", warmup, new Timing(cold.Elapsed, ThreadCpu.Now() - coldCpu));
        while (cold.Elapsed.TotalSeconds < warmupSeconds)
        {
            Pass(warmup, Work.ParseCheck);
        }

        Line("seeds (5 real reports)", seeds, TimeBest(seeds, minSeconds));
        Line($"generated ({generated.Length}, all layouts)", generated, TimeBest(generated, minSeconds));
        foreach (var group in generated.GroupBy(d => d.Layout).OrderBy(g => g.Key))
        {
            var docs = group.ToArray();
            Line($"  layout {group.Key}", docs, TimeBest(docs, minSeconds));
        }

        foreach (var group in generated.GroupBy(d => d.Truth!.Format).OrderBy(g => g.Key))
        {
            var docs = group.ToArray();
            Line($"  template {Work.Describe(docs[0].Truth)}", docs, TimeBest(docs, minSeconds));
        }

        Line("  of which parse only", generated, TimeBest(generated, minSeconds, Work.ParseOnly));
        var reports = generated.Select(d => ReportPipeline.Default.Read(d.Bytes, d.Name).Report).OfType<AnnualReport>().ToArray();
        Line("  of which check only", generated, TimeBest(reports, minSeconds, Work.CheckOnly));

        Line("  of which decode + grid", generated, TimeBest(generated, minSeconds, Work.GridOnly));

        var exact = generated.Count(Work.RoundTrips);
        Console.WriteLine();
        Console.WriteLine(generatedLine);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"allocated per generated report: decode + grid {Allocated(generated, Work.GridOnly):N0} KB, parse {Allocated(generated, Work.ParseOnly):N0} KB, check {Allocated(reports, Work.CheckOnly):N0} KB"));
        Console.WriteLine($"round trip: {exact}/{generated.Length} generated reports read back with every cell, the template and the year");
        return 0;
    }

    /// <summary>One untimed pass, then timed passes (at least two, and at least <paramref name="minSeconds"/>); the best wall and CPU times.</summary>
    private static Timing TimeBest(Document[] documents, double minSeconds) => TimeBest(documents, minSeconds, Work.ParseCheck);

    private static Timing TimeBest<T>(T[] items, double minSeconds, Func<T, int> work)
    {
        Pass(items, work);
        var best = new Timing(TimeSpan.MaxValue, TimeSpan.MaxValue);
        var total = Stopwatch.StartNew();
        for (var pass = 0; pass < 2 || total.Elapsed.TotalSeconds < minSeconds; pass++)
        {
            var cpu = ThreadCpu.Now();
            var wall = Stopwatch.StartNew();
            Pass(items, work);
            var elapsed = wall.Elapsed;
            var used = ThreadCpu.Now() - cpu;
            best = new Timing(elapsed < best.Wall ? elapsed : best.Wall, used < best.Cpu ? used : best.Cpu);
        }

        return best;
    }

    private static double Allocated<T>(T[] items, Func<T, int> work)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        Pass(items, work);
        return (GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0 / items.Length;
    }

    private static int Pass<T>(T[] items, Func<T, int> work)
    {
        var n = 0;
        foreach (var item in items)
        {
            n += work(item);
        }

        return n;
    }

    private static void Line(string label, Document[] documents, Timing timing)
    {
        var wall = documents.Length / timing.Wall.TotalSeconds;
        var cpu = ThreadCpu.Available ? (documents.Length / timing.Cpu.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture) : "n/a";
        var micro = timing.Cpu.TotalMicroseconds / documents.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label,-34} | {wall,8:N0} | {cpu,8} | {micro,9:N1} |"));
    }

    private static string CpuName()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':') + 1)..].Trim();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }
}
