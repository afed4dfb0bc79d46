namespace Gongkai.Diagnostics;

/// <summary>Where something was found: a file with a line and column (1-based), or a page, or nothing.</summary>
/// <remarks>
/// <see cref="Line"/> and <see cref="Column"/> are 0 when unknown; <see cref="Page"/> is 0 for text input.
/// </remarks>
public readonly record struct SourceLocation(string? File, int Line, int Column, int Page = 0)
{
    public static SourceLocation None => default;

    public static SourceLocation InFile(string? file) => new(file, 0, 0);

    public bool IsKnown => Line > 0 || Page > 0;

    /// <summary>The compiler shape: <c>file(line,col)</c>, <c>file(page 3)</c> or just <c>file</c>.</summary>
    public override string ToString()
    {
        var file = File ?? "<input>";
        if (Line > 0)
        {
            return $"{file}({Line},{Math.Max(Column, 1)})";
        }

        return Page > 0 ? $"{file}(page {Page})" : file;
    }
}
