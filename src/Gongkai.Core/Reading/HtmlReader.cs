using System.Collections.Immutable;

namespace Gongkai.Reading;

/// <summary>Reads HTML pages into a grid (placeholder until the HTML reader lands).</summary>
public sealed class HtmlReader : IDocumentReader
{
    public string Name => "html";

    public bool CanRead(ReadOnlySpan<byte> head) => false;

    public TextGrid Read(byte[] bytes, string? source, ReadOptions options) => new(source, [], ImmutableArray<Gongkai.Diagnostics.Diagnostic>.Empty);
}
