using System.Diagnostics;
using System.Globalization;
using Gongkai.Core.Tests.Corpus;
using Gongkai.Core.Tests.Reading.Scan;
using Gongkai.Reading;
using Xunit.Abstractions;

namespace Gongkai.Core.Tests.Reading;

/// <summary>
/// Every fixture kind of the generated corpus (text layouts, Markdown, HTML, DOCX, XLSX, PDF, PNG, DOC) mutated
/// in bytes and structure with a fixed seed, <see cref="TotalCases"/> cases a run: no exception escapes
/// <see cref="ReportPipeline.Read"/>, and every outcome has a report or a diagnostic saying why not. The formats read
/// by external tools (PDF, images, DOC) cost a process per case and get a small share.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    /// <summary>(kind, cases, mutation) — the counts docs/formats.md records.</summary>
    private static readonly (string Kind, int Cases, Func<byte[], Random, byte[]> Mutate)[] Plan =
    [
        ("text", 4200, Mutations.Text),
        ("markdown", 800, Mutations.Text),
        ("html", 2400, Mutations.Text),
        ("docx", 1300, Mutations.Zip),
        ("xlsx", 1300, Mutations.Zip),
        ("pdf", 60, Mutations.Pdf),
        ("png", 40, Mutations.Png),
        ("doc", 8, Mutations.Bytes),
    ];

    public static int TotalCases => Plan.Sum(p => p.Cases);

    [Fact]
    public void NoMutationOfAnyFixtureMakesThePipelineThrowOrFailSilently()
    {
        var corpus = FormatCorpus.Instance;
        var fixtures = new Dictionary<string, byte[][]>
        {
            ["text"] = [.. corpus.Files.Where(f => f.Format.StartsWith("text", StringComparison.Ordinal)).Select(f => f.Bytes)],
            ["markdown"] = [.. corpus.Of("markdown").Select(f => f.Bytes)],
            ["html"] = [.. corpus.Of("html").Select(f => f.Bytes)],
            ["docx"] = [.. corpus.Of("docx").Select(f => f.Bytes)],
            ["xlsx"] = [.. corpus.Of("xlsx").Select(f => f.Bytes)],
            ["pdf"] = [.. corpus.Of("pdf").Select(f => f.Bytes)],
            ["png"] = [corpus.PagePng, ScanLimitTests.Png(1200, 900, stripes: true)],
            ["doc"] = [.. corpus.Of("doc").Select(f => f.Bytes)],
        };
        var failures = new List<string>();
        foreach (var ((kind, cases, mutate), k) in Plan.Select((p, k) => (p, k)))
        {
            var clock = Stopwatch.StartNew();
            var rng = new Random(20261121 + k);
            var inputs = Enumerable.Range(0, cases).Select(i => mutate(fixtures[kind][i % fixtures[kind].Length], rng)).ToArray();
            Parallel.For(0, cases, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            {
                try
                {
                    var outcome = ReportPipeline.Default.Read(inputs[i], $"fuzz{i}.{kind}");
                    if (outcome.Report is null && outcome.Diagnostics.IsEmpty)
                    {
                        lock (failures)
                        {
                            failures.Add($"{kind} case {i}: no report and no reason");
                        }
                    }
                }
#pragma warning disable CA1031 // The point of the test: any exception at all is a failure to report.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    lock (failures)
                    {
                        failures.Add($"{kind} case {i}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
                    }
                }
            });
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind}: {cases} cases in {clock.Elapsed.TotalSeconds:0.0} s"));
        }

        Assert.True(TotalCases >= 10_000);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }
}
