namespace Gongkai.Similarity;

/// <summary>A narrative normalized and shingled: the shingle at each position (for passages) and the distinctive set.</summary>
internal sealed record PreparedNarrative(NormalizedText Text, ulong[] AtPositions, ulong[] Set);
