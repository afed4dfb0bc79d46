namespace Gongkai.Similarity;

/// <summary>Two signatures whose estimated Jaccard index is near or above the threshold: fetch their texts and verify.</summary>
public readonly record struct CandidatePair(long A, long B, double Estimate);
