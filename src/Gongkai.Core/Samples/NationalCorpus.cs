using Gongkai.Agencies;
using Gongkai.Reports;

namespace Gongkai.Samples;

/// <summary>
/// A synthetic national corpus: annual reports of a realistic tree of agencies drawn from the gazetteer (provincial,
/// city and county governments with their usual departments, township governments and street offices), every
/// year of a range, with faults put in at given rates and each report rendered as text. Deterministic for a seed.
/// </summary>
/// <remarks>
/// <para>Streams: nothing proportional to the corpus is kept (the last 32 overviews, for copying), so 300,000
/// reports take bounded memory. Agencies are chosen by a hash of the seed and the agency, walked province by
/// province; each chosen agency reports on every year of the range (3 % of years skipped), so its reports come
/// together in the stream.</para>
/// <para>Templates: 2019 and 2020 in the 2019 trial template (国办公开办函〔2019〕60号), later years in the 2021
/// template (〔2021〕30号) except for agencies that never switched (<see cref="CorpusFaults.OutdatedTemplate"/>).
/// Activity follows the level: most townships receive no application, a city or province department many
/// (表三 and 表四 scaled by a whole factor, which keeps every 勾稽关系).</para>
/// <para>Fault decisions come from their own random stream, so the corpus without faults has the same agencies,
/// years and numbers (but for the agencies that never switched templates, whose later reports change template).</para>
/// </remarks>
public static class NationalCorpus
{
    private const double SkippedYears = 0.03;

    public static IEnumerable<CorpusItem> Generate(NationalCorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.FirstYear, 2019);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.LastYear, options.FirstYear);
        return Stream(options);
    }

    private static IEnumerable<CorpusItem> Stream(NationalCorpusOptions o)
    {
        var g = o.Gazetteer ?? Gazetteer.Default;
        var years = o.LastYear - o.FirstYear + 1;
        var pool = CorpusAgencies.All(g).Count();
        var perReport = years * (1 - SkippedYears) * (1 + o.CorrectionRate);
        var recent = new RecentOverviews(32);
        long index = 0;

        // Pass after pass over the country, each taking the agencies whose hash falls in the next band, until enough.
        var low = 0.0;
        while (index < o.Count && low < 1)
        {
            var high = Math.Min(1, low + (Math.Max(o.Count - index, 1) / (pool * perReport)));
            foreach (var agency in CorpusAgencies.All(g))
            {
                var h = CorpusHash.Of(o.Seed, agency.Key);
                var u = CorpusHash.Fraction(h);
                if (u < low || u >= high)
                {
                    continue;
                }

                foreach (var item in ForAgency(g, o, agency, h, recent))
                {
                    if (index >= o.Count)
                    {
                        yield break;
                    }

                    yield return item with { Index = index++ };
                }
            }

            low = high;
        }
    }

    private static IEnumerable<CorpusItem> ForAgency(Gazetteer g, NationalCorpusOptions o, CorpusAgency agency, ulong h, RecentOverviews recent)
    {
        var rng = new Random(CorpusHash.Seed(h, 1));
        var faultRng = new Random(CorpusHash.Seed(h, 2));
        var name = AgencyNames.Canonical(agency.Unit, agency.Department, g);
        var path = g.PathTo(agency.Unit);
        var laggard = faultRng.NextDouble() < o.OutdatedTemplateRate;
        for (var year = o.FirstYear; year <= o.LastYear; year++)
        {
            // Every draw happens whatever the rates, so the rates change only what they govern.
            var skip = rng.NextDouble() < SkippedYears;
            var (copy, missing, broken, corrected) = (faultRng.NextDouble(), faultRng.NextDouble(), faultRng.NextDouble(), faultRng.NextDouble());
            if (skip)
            {
                continue;
            }

            var outdated = laggard && year >= 2021;
            var format = year <= 2020 || outdated ? ReportFormat.Trial2019 : ReportFormat.Revised2021;
            var report = CorpusNumbers.Create(rng, agency, format, year);
            var sections = CorpusNarrative.Write(rng, g, agency, name, year, format, report["s3.received.total"] ?? 0);
            var writer = CorpusRender.PickWriter(rng);
            var file = CorpusRender.FileName(name, year, writer, corrected: false);
            var faults = outdated ? CorpusFaults.OutdatedTemplate : CorpusFaults.None;

            string? copiedFrom = null;
            if (copy < o.CopiedNarrativeRate && recent.Other(name, faultRng) is { } source)
            {
                sections[SectionKind.Overview] = source.Overview;
                copiedFrom = source.File;
                faults |= CorpusFaults.CopiedNarrative;
            }
            else
            {
                recent.Add(file, name, sections[SectionKind.Overview]);
            }

            if (missing < o.MissingSectionRate)
            {
                sections.Remove(faultRng.Next(2) == 0 ? SectionKind.Problems : SectionKind.Other);
                faults |= CorpusFaults.MissingSection;
            }

            report = report with { Agency = name, Year = year, Sections = sections, Source = file };
            string? brokenCell = null;
            if (broken < o.ArithmeticBreakRate)
            {
                (report, brokenCell) = CorpusNumbers.Break(faultRng, report);
                faults |= CorpusFaults.ArithmeticBreak;
            }

            yield return new CorpusItem(0, report, CorpusRender.Render(report, writer), file, writer, faults, path, agency.Department, brokenCell, copiedFrom, null);

            if (corrected < o.CorrectionRate)
            {
                var fixedReport = CorpusNumbers.Correct(faultRng, report, brokenCell);
                var fixedWriter = CorpusRender.PickWriter(faultRng);
                var fixedFile = CorpusRender.FileName(name, year, fixedWriter, corrected: true);
                var fixedFaults = (faults & ~CorpusFaults.ArithmeticBreak) | CorpusFaults.CorrectedRepublication;
                fixedReport = fixedReport with { Source = fixedFile };
                yield return new CorpusItem(0, fixedReport, CorpusRender.Render(fixedReport, fixedWriter), fixedFile, fixedWriter, fixedFaults, path, agency.Department, null, copiedFrom, file);
            }
        }
    }
}
