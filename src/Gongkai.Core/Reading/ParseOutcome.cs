using System.Collections.Immutable;
using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Reading;

/// <summary>The result of reading one document: the report (null when the input could not be read at all) and every diagnostic.</summary>
public sealed record ParseOutcome(AnnualReport? Report, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>True when nothing could be read (GK01xx errors): the CLI's exit code 2.</summary>
    public bool Unreadable => Report is null;

    public static ParseOutcome Fail(Diagnostic diagnostic) => new(null, [diagnostic]);
}
