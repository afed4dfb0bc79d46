namespace Gongkai.Samples;

/// <summary>SplitMix64: stable hashes of (seed, agency), the same on every platform and run (string.GetHashCode is not).</summary>
internal static class CorpusHash
{
    public static ulong Of(int seed, ulong key) => Mix(Mix(unchecked((ulong)seed)) ^ key);

    /// <summary>The hash as a fraction in [0, 1).</summary>
    public static double Fraction(ulong h) => (h >> 11) * (1.0 / (1UL << 53));

    /// <summary>A seed for <see cref="Random"/> derived from the hash, one per stream.</summary>
    public static int Seed(ulong h, ulong stream) => (int)(Mix(h + stream) & 0x7FFF_FFFF);

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E37_79B9_7F4A_7C15;
            z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9;
            z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EB;
            return z ^ (z >> 31);
        }
    }
}
