using System.Collections.Immutable;

namespace Gongkai.Diagnostics;

/// <summary>
/// One finding, from a reader, the recognizer or the checker: a stable code, a severity, a Chinese
/// message (with an English one), where it was found, the cells it concerns and the rule it enforces.
/// </summary>
public sealed record Diagnostic(
    string Code,
    Severity Severity,
    string Message,
    string MessageEn,
    SourceLocation Location,
    ImmutableArray<string> CellKeys,
    string Basis)
{
    public string SeverityText => Severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The MSBuild/compiler shape: <c>report.txt(12,5): error GK0301: …</c>.</summary>
    public override string ToString() => $"{Location}: {SeverityText} {Code}: {Message}";

    /// <summary>The same line with the English message.</summary>
    public string ToStringEn() => $"{Location}: {SeverityText} {Code}: {MessageEn}";

    public Diagnostic WithFile(string? file) => this with { Location = Location with { File = file } };
}
