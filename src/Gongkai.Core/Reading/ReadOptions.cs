namespace Gongkai.Reading;

/// <summary>Limits and switches for reading one document.</summary>
/// <param name="MaxFileBytes">Larger files are refused with GK0106 before they are read.</param>
/// <param name="MaxLines">Text beyond this many lines is not read (a report has a few hundred).</param>
public sealed record ReadOptions(long MaxFileBytes = 64L * 1024 * 1024, int MaxLines = 200_000)
{
    public static ReadOptions Default { get; } = new();
}
