using System.Text;
using Gongkai.Agencies;
using Gongkai.Checking;
using Gongkai.Diagnostics;
using Gongkai.Reading;
using Gongkai.Reports;
using Gongkai.Samples;

namespace Gongkai.Core.Tests.Agencies;

/// <summary>One generated corpus with every fault at 10 %, each report read back from its rendered text, shared by the tests.</summary>
public sealed class FaultyCorpus
{
    public const double Rate = 0.1;

    public FaultyCorpus()
    {
        var options = new NationalCorpusOptions
        {
            Seed = 20240601, Count = 1500, FirstYear = 2019, LastYear = 2024,
            ArithmeticBreakRate = Rate, OutdatedTemplateRate = Rate, MissingSectionRate = Rate, CopiedNarrativeRate = Rate, CorrectionRate = Rate,
        };
        Items = [.. NationalCorpus.Generate(options).Select(i => (i, NationalCorpusTests.ReadBack(i)))];
    }

    public IReadOnlyList<(CorpusItem Item, AnnualReport? Read)> Items { get; }
}

/// <summary>
/// The synthetic national corpus: deterministic, streamed, every report reads back with its cells, the placer finds
/// each agency, the faults come at their rates and the checker finds the arithmetic ones.
/// </summary>
public sealed class NationalCorpusTests(FaultyCorpus corpus) : IClassFixture<FaultyCorpus>
{
    private static readonly string[] ArithmeticCodes =
        [DiagnosticCodes.RowTotal.Code, DiagnosticCodes.OutcomeTotal.Code, DiagnosticCodes.Balance.Code, DiagnosticCodes.Table4Total.Code];

    [Fact]
    public void TheSameSeedGivesTheSameCorpus()
    {
        var options = new NationalCorpusOptions { Seed = 42, Count = 150, ArithmeticBreakRate = 0.2, CopiedNarrativeRate = 0.2 };
        var a = NationalCorpus.Generate(options).ToList();
        var b = NationalCorpus.Generate(options).ToList();
        Assert.Equal(150, a.Count);
        Assert.Equal(a.Select(i => (i.Index, i.FileName, i.Text, i.Faults, i.BrokenCell)), b.Select(i => (i.Index, i.FileName, i.Text, i.Faults, i.BrokenCell)));

        var other = NationalCorpus.Generate(options with { Seed = 43 }).Select(i => i.FileName).ToList();
        Assert.NotEqual(a.Select(i => i.FileName), other);
    }

    [Fact]
    public void FaultRatesChangeOnlyTheFaults()
    {
        var options = new NationalCorpusOptions { Seed = 5, Count = 120, OutdatedTemplateRate = 0 };
        var clean = NationalCorpus.Generate(options.WithoutFaults()).ToList();
        var faulty = NationalCorpus.Generate(options.WithoutFaults() with { ArithmeticBreakRate = 0.3, MissingSectionRate = 0.3 }).ToList();
        Assert.Equal(clean.Select(i => i.FileName), faulty.Select(i => i.FileName));
        Assert.All(clean.Zip(faulty), p => Assert.Equal(p.First.Report.Section(SectionKind.Overview), p.Second.Report.Section(SectionKind.Overview)));
    }

    [Fact]
    public void TheCorpusStreams()
    {
        // 300,000 reports asked for, five taken: nothing is generated beyond what is consumed.
        var first = NationalCorpus.Generate(new NationalCorpusOptions { Count = 300_000, FirstYear = 2019, LastYear = 2025 }).Take(5).ToList();
        Assert.Equal([0L, 1, 2, 3, 4], first.Select(i => i.Index));
    }

    [Fact]
    public void EveryGeneratedReportReadsBackWithTheSameCells()
    {
        var failures = corpus.Items
            .Where(x => x.Read is not { } r || r.Year != x.Item.Report.Year || r.Format != x.Item.Report.Format
                || x.Item.Report.Cells.Any(kv => r[kv.Key] != kv.Value.Value))
            .Select(x => $"{x.Item.FileName} ({x.Item.Writer})")
            .ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {corpus.Items.Count} read back differently: {string.Join(", ", failures.Take(10))}");
    }

    /// <summary>
    /// Except where the overview is another agency's: the reader takes the fullest form of the name the text prints,
    /// and a copied overview may print a longer one (忻城县教育局's report with 防城港市教育局's overview reads as the latter).
    /// </summary>
    [Fact]
    public void TheAgencyNameReadsBackAsGenerated()
    {
        var wrong = corpus.Items.Where(x => !x.Item.Has(CorpusFaults.CopiedNarrative) && x.Read?.Agency != x.Item.Report.Agency)
            .Select(x => $"{x.Item.Report.Agency} → {x.Read?.Agency}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("; ", wrong.Take(10)));
    }

    /// <summary>Measured: 1,500 of 1,500 (100 %) placed exactly at the generated path and department; asserted at 98 %.</summary>
    [Fact]
    public void ThePlacerRecoversTheGeneratedAgencysPlace()
    {
        var misplaced = new List<string>();
        foreach (var (item, read) in corpus.Items)
        {
            var p = AgencyPlacer.Infer(read!);
            if (!p.Path.Select(d => d.Code).SequenceEqual(item.RegionPath.Select(d => d.Code)) || p.Department != item.Department || !p.Complete)
            {
                misplaced.Add($"{item.Report.Agency}: {p.PathText} / {p.Department} ({string.Join("；", p.Evidence)})");
            }
        }

        var accuracy = 1 - ((double)misplaced.Count / corpus.Items.Count);
        Assert.True(accuracy >= 0.98, $"placed {accuracy:P1}; e.g. {string.Join(" | ", misplaced.Take(5))}");
    }

    /// <summary>
    /// The harder case real reports pose (seeds 003, 004): a township printed by its own name only (刘集镇人民政府),
    /// which repeats across the country. The narrative decides; where it cannot, the path stops above the
    /// township; it is wrong only when the overview is another agency's. Measured on 20,000 reports (9,905
    /// townships, 2 % copied overviews): 98.8 % exact, 0.3 % stopped above, 0.9 % unplaced, 0.1 % wrong, all copied.
    /// </summary>
    [Fact]
    public void ATownshipPrintedByItsOwnNameIsPlacedRightOrNotAtAll()
    {
        var townships = corpus.Items.Select(x => x.Item).Where(i => i.Department is null && i.RegionPath[^1].Level == DivisionLevel.Township).ToList();
        var exact = 0;
        foreach (var item in townships)
        {
            var unit = item.RegionPath[^1];
            var p = AgencyPlacer.Infer(item.Report with { Agency = unit.Name + AgencyNames.GovernmentSuffix(unit) });
            var got = p.Path.Select(d => d.Code).ToList();
            var truth = item.RegionPath.Select(d => d.Code).ToList();
            if (got.SequenceEqual(truth))
            {
                exact++;
            }
            else if (!truth.Take(got.Count).SequenceEqual(got))
            {
                Assert.True(item.Has(CorpusFaults.CopiedNarrative), $"{item.FileName}: {p.PathText} ({string.Join("；", p.Evidence)})");
                Assert.True(p.Confidence < 0.8, $"{item.FileName}: wrong at {p.Confidence}");
            }
        }

        Assert.True(exact >= townships.Count * 0.95, $"{exact} of {townships.Count} exact");
    }

    [Fact]
    public void FaultsAppearAtRoughlyTheConfiguredRates()
    {
        var originals = corpus.Items.Select(x => x.Item).Where(i => !i.Has(CorpusFaults.CorrectedRepublication)).ToList();
        Assert.InRange(Share(originals, CorpusFaults.ArithmeticBreak), FaultyCorpus.Rate - 0.035, FaultyCorpus.Rate + 0.035);
        Assert.InRange(Share(originals, CorpusFaults.MissingSection), FaultyCorpus.Rate - 0.035, FaultyCorpus.Rate + 0.035);
        Assert.InRange(Share(originals, CorpusFaults.CopiedNarrative), FaultyCorpus.Rate - 0.035, FaultyCorpus.Rate + 0.035);
        Assert.InRange(Share(originals, CorpusFaults.CorrectedRepublication, corpus.Items.Select(x => x.Item).ToList()), FaultyCorpus.Rate - 0.035, FaultyCorpus.Rate + 0.035);

        // Per agency: about one agency in ten prints its 2021+ reports in the 2019 template.
        var later = originals.Where(i => i.Report.Year >= 2021).ToList();
        Assert.InRange(Share(later, CorpusFaults.OutdatedTemplate), FaultyCorpus.Rate - 0.07, FaultyCorpus.Rate + 0.07);
        Assert.All(originals.Where(i => i.Report.Year <= 2020), i => Assert.False(i.Has(CorpusFaults.OutdatedTemplate)));
    }

    [Fact]
    public void TheCheckerFindsEveryInjectedArithmeticBreakAndNoOther()
    {
        foreach (var (item, read) in corpus.Items)
        {
            var found = Checker.Check(read!).Where(d => ArithmeticCodes.Contains(d.Code)).ToList();
            if (item.Has(CorpusFaults.ArithmeticBreak))
            {
                Assert.Contains(found, d => d.CellKeys.Contains(item.BrokenCell!));
            }
            else
            {
                Assert.True(found.Count == 0, $"{item.FileName}: {string.Join("; ", found)}");
            }
        }
    }

    [Fact]
    public void TheCheckerFindsOutdatedTemplatesAndMissingSections()
    {
        foreach (var (item, read) in corpus.Items)
        {
            var codes = Checker.Check(read!).Select(d => d.Code).ToHashSet();
            Assert.Equal(item.Has(CorpusFaults.OutdatedTemplate), codes.Contains(DiagnosticCodes.OutdatedTemplate.Code));
            Assert.Equal(item.Has(CorpusFaults.MissingSection), codes.Contains(DiagnosticCodes.SectionMissing.Code));
        }
    }

    [Fact]
    public void ACopiedOverviewIsAnotherAgencysVerbatim()
    {
        var byFile = corpus.Items.Select(x => x.Item).GroupBy(i => i.FileName).ToDictionary(g => g.Key, g => g.First());
        var copies = corpus.Items.Select(x => x.Item).Where(i => i.Has(CorpusFaults.CopiedNarrative) && !i.Has(CorpusFaults.CorrectedRepublication)).ToList();
        Assert.NotEmpty(copies);
        foreach (var copy in copies)
        {
            var source = byFile[copy.CopiedFrom!];
            Assert.True(source.Index < copy.Index);
            Assert.NotEqual(source.Report.Agency, copy.Report.Agency);
            Assert.Equal(source.Report.Section(SectionKind.Overview), copy.Report.Section(SectionKind.Overview));
        }
    }

    [Fact]
    public void ACorrectionFollowsItsFirstPublicationWithChangedCells()
    {
        var items = corpus.Items.Select(x => x.Item).ToList();
        var corrections = items.Where(i => i.Has(CorpusFaults.CorrectedRepublication)).ToList();
        Assert.NotEmpty(corrections);
        foreach (var fix in corrections)
        {
            var original = items[(int)fix.Index - 1];
            Assert.Equal(original.FileName, fix.Corrects);
            Assert.Equal((original.Report.Agency, original.Report.Year), (fix.Report.Agency, fix.Report.Year));
            Assert.NotEqual(original.FileName, fix.FileName);
            Assert.Contains(original.Report.Cells, kv => fix.Report[kv.Key] != kv.Value.Value);
            Assert.False(fix.Has(CorpusFaults.ArithmeticBreak));
        }
    }

    [Fact]
    public void TheCorpusSpansTheCountryAndEveryLevel()
    {
        var items = corpus.Items.Select(x => x.Item).ToList();
        Assert.True(items.Select(i => i.RegionPath[0].Code).Distinct().Count() >= 25);
        // Province-level agencies are 372 of about 79,000 and may be absent from 1,500 reports; the tree has them.
        Assert.Equal([DivisionLevel.City, DivisionLevel.County, DivisionLevel.Township], items.Select(i => i.RegionPath[^1].Level).Where(l => l != DivisionLevel.Province).Distinct().Order());
        Assert.Contains(CorpusAgencies.All(Gazetteer.Default), a => a.Unit.Level == DivisionLevel.Province && a.Department == "教育厅");
        Assert.Contains(items, i => i.Department is not null);
        Assert.Equal(Enum.GetValues<CorpusWriter>(), items.Select(i => i.Writer).Distinct().Order());
        Assert.Equal(items.Count, items.Select(i => i.FileName).Distinct().Count());

        // Activity follows the level: most townships receive no application, most city departments some.
        var townships = items.Where(i => i.RegionPath[^1].Level == DivisionLevel.Township).ToList();
        var cities = items.Where(i => i.RegionPath[^1].Level <= DivisionLevel.City).ToList();
        Assert.True(townships.Count(i => i.Report["s3.received.total"] == 0) > townships.Count / 2);
        Assert.True(cities.Count(i => i.Report["s3.received.total"] > 0) > cities.Count * 3 / 4);
    }

    [Fact]
    public void TheNarrativeNamesTheRegionAndTheBodyCallsItselfAsItIs()
    {
        foreach (var (item, _) in corpus.Items.Where(x => !x.Item.Has(CorpusFaults.CopiedNarrative)).Take(300))
        {
            var overview = item.Report.Section(SectionKind.Overview)!;
            var above = item.Department is null && item.RegionPath.Length >= 2 ? item.RegionPath[^2] : item.RegionPath[^1];
            Assert.Contains(item.RegionPath.Length == 1 && item.Department is null ? "党中央" : above.Name, overview, StringComparison.Ordinal);
            Assert.Contains("我", overview, StringComparison.Ordinal);
        }
    }

    internal static AnnualReport? ReadBack(CorpusItem item) => (item.Writer == CorpusWriter.Html
        ? ReportPipeline.Default.Read(Encoding.UTF8.GetBytes(item.Text), item.FileName)
        : ReportPipeline.ReadText(item.Text, item.FileName)).Report;

    private static double Share(IReadOnlyList<CorpusItem> items, CorpusFaults fault, IReadOnlyList<CorpusItem>? among = null) =>
        (double)(among ?? items).Count(i => i.Has(fault)) / items.Count;
}
