using System.Collections.Immutable;
using Gongkai.Agencies;
using Gongkai.Reports;

namespace Gongkai.Samples;

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
