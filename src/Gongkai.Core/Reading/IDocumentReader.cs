namespace Gongkai.Reading;

/// <summary>Turns one document format into a <see cref="TextGrid"/>. One implementation per format.</summary>
public interface IDocumentReader
{
    /// <summary>A short name for messages, e.g. "text" or "html".</summary>
    string Name { get; }

    /// <summary>Decides by content (the first bytes), not by file extension.</summary>
    bool CanRead(ReadOnlySpan<byte> head);

    /// <summary>Reads the bytes. Never throws for bad input: problems become diagnostics on the grid.</summary>
    TextGrid Read(byte[] bytes, string? source, ReadOptions options);
}
