using System.Collections.Immutable;
using Gongkai.Agencies;
using Gongkai.Reports;

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

/// <summary>How a generated report was rendered to text.</summary>
public enum CorpusWriter
{
    CellPerLine,
    TabGrid,
    Pipe,
    Spaces,
    Markdown,
    Html,
}

/// <summary>One generated report: the model, its rendered text and file name, where its agency is, and the faults put in.</summary>
/// <param name="Index">Position in the stream, from 0.</param>
/// <param name="Report">The report as generated (Agency is the canonical full name of <see cref="AgencyNames.Canonical"/>).</param>
/// <param name="Text">The report rendered by <see cref="Writer"/>.</param>
/// <param name="FileName">A file name for <see cref="Text"/>, unique in the corpus, with the extension of the writer (.txt, .md, .html).</param>
/// <param name="RegionPath">The agency's divisions from the province down (its government's, for a department).</param>
/// <param name="Department">The department, or null for a people's government or street office.</param>
/// <param name="BrokenCell">The cell key made one too large, when <see cref="CorpusFaults.ArithmeticBreak"/>.</param>
/// <param name="CopiedFrom">The file name whose overview was copied, when <see cref="CorpusFaults.CopiedNarrative"/>.</param>
/// <param name="Corrects">The file name of the first publication, when <see cref="CorpusFaults.CorrectedRepublication"/>.</param>
public sealed record CorpusItem(
    long Index,
    AnnualReport Report,
    string Text,
    string FileName,
    CorpusWriter Writer,
    CorpusFaults Faults,
    ImmutableArray<Division> RegionPath,
    string? Department,
    string? BrokenCell,
    string? CopiedFrom,
    string? Corrects)
{
    public bool Has(CorpusFaults fault) => (Faults & fault) == fault;
}
