using System.Globalization;

namespace Gongkai.Diagnostics;

/// <summary>A rule's fixed parts: code, severity, message templates and the regulation it enforces.</summary>
/// <remarks>Message templates use composite-format placeholders ({0}, {1} …) filled by the Create methods.</remarks>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, string Title, string MessageZh, string MessageEn, string Basis)
{
    public Diagnostic ForCells(SourceLocation location, IEnumerable<string>? cellKeys, params object?[] args) =>
        new(
            Code,
            Severity,
            string.Format(CultureInfo.InvariantCulture, MessageZh, args),
            string.Format(CultureInfo.InvariantCulture, MessageEn, args),
            location,
            cellKeys is null ? [] : [.. cellKeys],
            Basis);

    public Diagnostic Create(SourceLocation location, params object?[] args) => ForCells(location, null, args);
}
