using System.Collections.Immutable;

namespace Gongkai.Diagnostics;

/// <summary>The order findings are reported and stored in: the document's order, duplicates removed.</summary>
public static class DiagnosticOrder
{
    /// <summary>
    /// Duplicates removed, sorted by position (line, column, page; findings about the whole file first), the original
    /// order kept among equal positions. With <paramref name="file"/>, a finding that names no file is given it.
    /// </summary>
    public static ImmutableArray<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics, string? file = null) =>
        [.. diagnostics
            .Select(d => file is not null && d.Location.File is null ? d.WithFile(file) : d)
            .DistinctBy(d => (d.Code, d.Location, d.Message))
            .OrderBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Location.Page)];
}
