using Gongkai.Agencies;

namespace Gongkai.Samples;

/// <summary>What <see cref="NationalCorpus.Generate"/> makes: how many reports, which years, how many faults.</summary>
/// <remarks>
/// Rates are probabilities per report, except <see cref="OutdatedTemplateRate"/>, which is per agency: such an agency
/// prints every report on 2021 and later in the 2019 template, so about that share of the 2021+ reports carry it.
/// </remarks>
public sealed record NationalCorpusOptions
{
    public int Seed { get; init; } = 1;

    /// <summary>Reports to generate, corrected re-publications included.</summary>
    public int Count { get; init; } = 1000;

    /// <summary>First year reported on, at least 2019 (the first year of the current templates).</summary>
    public int FirstYear { get; init; } = 2019;

    public int LastYear { get; init; } = 2024;

    public double ArithmeticBreakRate { get; init; } = 0.02;

    public double OutdatedTemplateRate { get; init; } = 0.05;

    public double MissingSectionRate { get; init; } = 0.01;

    public double CopiedNarrativeRate { get; init; } = 0.02;

    public double CorrectionRate { get; init; } = 0.005;

    /// <summary>The divisions to draw agencies from; <see cref="Gazetteer.Default"/> when null.</summary>
    public Gazetteer? Gazetteer { get; init; }

    /// <summary>The same corpus without any fault.</summary>
    public NationalCorpusOptions WithoutFaults() => this with
    {
        ArithmeticBreakRate = 0, OutdatedTemplateRate = 0, MissingSectionRate = 0, CopiedNarrativeRate = 0, CorrectionRate = 0,
    };
}
