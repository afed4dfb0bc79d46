namespace Gongkai.Data.Import;

/// <summary>
/// One input document: where it came from (a path, or <c>archive.zip!/entry</c>), its file name, and its bytes —
/// or why it could not be read at all.
/// </summary>
public sealed record ImportItem(string Source, string Name, byte[]? Bytes, string? Error)
{
    public static ImportItem Failed(string source, string error) => new(source, Path.GetFileName(source), null, error);
}
