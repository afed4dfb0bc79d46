using System.Collections.Immutable;
using Gongkai.Checking;
using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Cli;

/// <summary>Everything <c>check</c> found in one input: reader and recognizer diagnostics plus the checker's.</summary>
internal sealed record Findings(InputResult Input, ImmutableArray<Diagnostic> Diagnostics, Exception? Bug)
{
    public string Path => Input.Path;

    public bool Unreadable => Input.Unreadable;

    public int Count(Severity severity) => Diagnostics.Count(d => d.Severity == severity);

    /// <summary>Reads and checks one file; a bug in either step is kept, not thrown.</summary>
    public static Findings Check(string path, AnnualReport? previous)
    {
        var input = InputResult.Read(path);
        if (input.Bug is not null || input.Outcome is null)
        {
            return new Findings(input, [], input.Bug);
        }

        if (input.Outcome.Report is not { } report)
        {
            return new Findings(input, Sorted(input.Outcome.Diagnostics, path), null);
        }

        try
        {
            var checks = Checker.Check(report, previous);
            return new Findings(input, Sorted(input.Outcome.Diagnostics.AddRange(checks), path), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new Findings(input, Sorted(input.Outcome.Diagnostics, path), e);
        }
    }

    /// <summary>Every finding names the file, in document order, duplicates removed (<see cref="DiagnosticOrder"/>).</summary>
    public static ImmutableArray<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics, string path) => DiagnosticOrder.Sorted(diagnostics, path);
}
