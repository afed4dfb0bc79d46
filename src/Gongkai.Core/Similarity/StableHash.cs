namespace Gongkai.Similarity;

/// <summary>
/// 64-bit hashing that gives the same value in every process and on every machine (signatures are stored in the
/// registry, so <see cref="string.GetHashCode()"/>, which is randomized per process, cannot be used).
/// </summary>
internal static class StableHash
{
    /// <summary>The multiplier of the polynomial rolling hash over UTF-16 code units (odd, so invertible mod 2^64).</summary>
    public const ulong Base = 0x9E3779B97F4A7C15UL;

    /// <summary>The splitmix64 finalizer: every input bit affects every output bit.</summary>
    public static ulong Mix(ulong x)
    {
        unchecked
        {
            x ^= x >> 30;
            x *= 0xBF58476D1CE4E5B9UL;
            x ^= x >> 27;
            x *= 0x94D049BB133111EBUL;
            x ^= x >> 31;
            return x;
        }
    }

    /// <summary>The n-th value of the splitmix64 sequence started at <paramref name="seed"/>.</summary>
    public static ulong Sequence(ulong seed, int n) => Mix(unchecked(seed + (0x9E3779B97F4A7C15UL * (ulong)(n + 1))));

    /// <summary>The mixed polynomial hash of a run of characters (what <see cref="Shingles"/> computes by rolling).</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = 0UL;
        foreach (var ch in text)
        {
            h = unchecked((h * Base) + ch);
        }

        return Mix(h);
    }

    /// <summary>Combines a running hash with one more value (order matters).</summary>
    public static ulong Combine(ulong h, ulong value) => Mix(unchecked((h * Base) ^ value));
}
