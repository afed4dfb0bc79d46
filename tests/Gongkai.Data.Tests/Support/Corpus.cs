using Gongkai.Samples;

namespace Gongkai.Data.Tests.Support;

/// <summary>A generated national corpus (Gongkai.Samples.NationalCorpus) written to a directory, with the seeds beside it.</summary>
public sealed record Corpus(string Directory, IReadOnlyList<CorpusItem> Items)
{
    public static Corpus Write(int count, int seed, bool withSeeds = true, int firstYear = 2022, int lastYear = 2024)
    {
        var dir = TempDir.Create("gk-corpus");
        var items = NationalCorpus.Generate(new NationalCorpusOptions
        {
            Seed = seed,
            Count = count,
            FirstYear = firstYear,
            LastYear = lastYear,
            ArithmeticBreakRate = 0.05,
            OutdatedTemplateRate = 0.05,
            MissingSectionRate = 0.03,
            CopiedNarrativeRate = 0.05,
            CorrectionRate = 0.03,
        }).ToList();
        foreach (var item in items)
        {
            File.WriteAllText(Path.Combine(dir, item.FileName), item.Text);
        }

        if (withSeeds)
        {
            var seeds = System.IO.Directory.CreateDirectory(Path.Combine(dir, "seeds")).FullName;
            foreach (var s in TestFiles.Seeds)
            {
                File.Copy(s, Path.Combine(seeds, Path.GetFileName(s)));
            }
        }

        return new Corpus(dir, items);
    }
}
