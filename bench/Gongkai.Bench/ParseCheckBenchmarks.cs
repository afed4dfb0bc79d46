using BenchmarkDotNet.Attributes;

namespace Gongkai.Bench;

/// <summary>BenchmarkDotNet view of the same work as <c>--quick</c>: parse+check per report, one thread.</summary>
[MemoryDiagnoser]
public class ParseCheckBenchmarks
{
    private const int SeedCount = 5;
    private const int GeneratedCount = 400;

    private Document[] seeds = [];
    private Document[] generated = [];

    [GlobalSetup]
    public void Setup()
    {
        seeds = Corpus.Seeds();
        generated = Corpus.Generated(GeneratedCount);
        if (seeds.Length != SeedCount)
        {
            throw new InvalidOperationException($"expected {SeedCount} seeds, found {seeds.Length}");
        }
    }

    [Benchmark(OperationsPerInvoke = SeedCount)]
    public int Seeds() => Run(seeds);

    [Benchmark(OperationsPerInvoke = GeneratedCount)]
    public int Generated() => Run(generated);

    private static int Run(Document[] documents)
    {
        var n = 0;
        foreach (var d in documents)
        {
            n += Work.ParseCheck(d);
        }

        return n;
    }
}
