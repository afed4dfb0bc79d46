namespace Gongkai.Similarity;

/// <summary>
/// A passage two narratives share: where it stands in each (UTF-16 offsets into <see cref="NarrativeDoc.Text"/>)
/// and how A prints it.
/// </summary>
/// <remarks>
/// The two ranges are equal after normalization, not necessarily as printed: B's may differ in numbers, the
/// agency's own name, whitespace and punctuation, so its length can differ from A's.
/// </remarks>
public sealed record SharedPassage(string Text, int StartA, int LengthA, int StartB, int LengthB);
