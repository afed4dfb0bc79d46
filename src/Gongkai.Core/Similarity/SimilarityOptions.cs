namespace Gongkai.Similarity;

/// <summary>How narratives are compared. The defaults are what the tests justify.</summary>
/// <remarks>
/// <see cref="ShingleLength"/>, <see cref="Permutations"/> and the learned stop shingles make up a model's
/// <see cref="SimilarityModel.Fingerprint"/>: signatures compare only under the same fingerprint.
/// </remarks>
public sealed record SimilarityOptions
{
    public static SimilarityOptions Default { get; } = new();

    /// <summary>
    /// Characters per shingle, counted after normalization. Six is about three Chinese words: shorter shingles
    /// let independent reports meet on common phrases (政府信息公开), longer ones let a few edited words hide a copy
    /// (see <c>ShingleLengthTests</c>).
    /// </summary>
    public int ShingleLength { get; init; } = 6;

    /// <summary>MinHash values per signature; the standard error of an estimated Jaccard J is √(J(1−J)/n), 0.044 at 0.5.</summary>
    public int Permutations { get; init; } = 128;

    /// <summary>
    /// A shingle found in at least this share of the corpus <see cref="SimilarityModel.Learn"/> reads is boilerplate
    /// (stop shingle) …
    /// </summary>
    public double StopFrequency { get; init; } = 0.02;

    /// <summary>… and in at least this many of its documents, so that in a small set a copied text shared by a
    /// county's towns never becomes "boilerplate" merely by being copied often.</summary>
    public int StopMinDocuments { get; init; } = 50;

    /// <summary>A narrative with fewer distinctive shingles (e.g. every section 无) is never reported as similar.</summary>
    public int MinShingles { get; init; } = 20;

    /// <summary>Shortest shared passage shown, in normalized characters (letters and placeholders).</summary>
    public int MinPassageLength { get; init; } = 16;
}
