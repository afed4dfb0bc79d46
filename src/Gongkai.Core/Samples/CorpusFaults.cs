namespace Gongkai.Samples;

/// <summary>Faults <see cref="NationalCorpus"/> puts into a generated report on purpose, for the registry and checker to find.</summary>
[Flags]
public enum CorpusFaults
{
    None = 0,

    /// <summary>One cell of 表三 or 表四 is one more than the totals allow (GK0301–GK0304); <see cref="CorpusItem.BrokenCell"/> names it.</summary>
    ArithmeticBreak = 1,

    /// <summary>A report on 2021 or later printed in the 2019 trial template (GK0401): its agency never switched.</summary>
    OutdatedTemplate = 2,

    /// <summary>Section 五 or 六 is missing (GK0403).</summary>
    MissingSection = 4,

    /// <summary>The overview is another agency's, copied verbatim (<see cref="CorpusItem.CopiedFrom"/>), for the near-duplicate detector.</summary>
    CopiedNarrative = 8,

    /// <summary>A second publication of the same agency and year with changed cells (<see cref="CorpusItem.Corrects"/>).</summary>
    CorrectedRepublication = 16,
}
