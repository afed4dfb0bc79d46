using System.Collections.Immutable;

namespace Gongkai.Similarity;

/// <summary>Two narratives found alike, with the passages they share, longest first.</summary>
/// <remarks>
/// <see cref="Similarity"/> is the exact Jaccard index of the two shingle sets (boilerplate removed);
/// <see cref="Containment"/> is the share of the smaller set found in the other, which stays high when a short
/// narrative was copied whole into a longer one.
/// </remarks>
public sealed record SimilarPair(long A, long B, double Similarity, double Containment, ImmutableArray<SharedPassage> Passages);
