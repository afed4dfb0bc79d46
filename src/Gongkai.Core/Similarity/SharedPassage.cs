namespace Gongkai.Similarity;

/// <summary>
/// A passage two narratives share: where it stands in each (UTF-16 offsets into <see cref="NarrativeDoc.Text"/>)
/// and how A prints it.
/// </summary>
/// <remarks>
/// The two ranges read alike after normalization, with at most a few characters reworded between equal stretches
/// (a copied paragraph with one word changed is one passage). As printed they may also differ in numbers, the
/// agency's own name, whitespace and punctuation, so B's length can differ from A's.
/// </remarks>
public sealed record SharedPassage(string Text, int StartA, int LengthA, int StartB, int LengthB);
