using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Gongkai.Similarity;

/// <summary>
/// The n hash permutations of a MinHash signature, h_i(x) = ⌊(a_i·x + b_i) mod 2⁶⁴ / 2³²⌋ with a_i odd
/// (multiply-add-shift over shingle hashes that are already well mixed), and the least value of each over a set.
/// </summary>
internal sealed class MinHasher
{
    private const ulong Seed = 0x6A09E667F3BCC908UL;

    // Padded to whole 256-bit vectors; the padding lanes are computed and dropped.
    private readonly ulong[] multipliers;
    private readonly ulong[] offsets;

    public MinHasher(int permutations)
    {
        Permutations = permutations;
        var padded = (permutations + 3) / 4 * 4;
        multipliers = new ulong[padded];
        offsets = new ulong[padded];
        for (var i = 0; i < padded; i++)
        {
            multipliers[i] = StableHash.Sequence(Seed, 2 * i) | 1UL;
            offsets[i] = StableHash.Sequence(Seed, (2 * i) + 1);
        }
    }

    public int Permutations { get; }

    /// <summary>The least value of each permutation over the set; <see cref="uint.MaxValue"/> everywhere for an empty set.</summary>
    public uint[] Mins(ReadOnlySpan<ulong> set) => Mins(set, Vector256.IsHardwareAccelerated);

    /// <summary>The same values with or without 256-bit vectors (a test compares the two).</summary>
    internal uint[] Mins(ReadOnlySpan<ulong> set, bool vectorized)
    {
        var mins = new ulong[multipliers.Length];
        Array.Fill(mins, ulong.MaxValue);
        if (vectorized)
        {
            Vectorized(set, mins);
        }
        else
        {
            Scalar(set, mins);
        }

        var result = new uint[Permutations];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (uint)Math.Min(mins[i], uint.MaxValue);
        }

        return result;
    }

    private void Vectorized(ReadOnlySpan<ulong> set, ulong[] mins)
    {
        var a = MemoryMarshal.Cast<ulong, Vector256<ulong>>(multipliers.AsSpan());
        var b = MemoryMarshal.Cast<ulong, Vector256<ulong>>(offsets.AsSpan());
        var m = MemoryMarshal.Cast<ulong, Vector256<ulong>>(mins.AsSpan());
        foreach (var x in set)
        {
            var xs = Vector256.Create(x);
            for (var j = 0; j < m.Length; j = unchecked(j + 1))
            {
                m[j] = Vector256.Min(m[j], Vector256.ShiftRightLogical((a[j] * xs) + b[j], 32));
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Scalar(ReadOnlySpan<ulong> set, ulong[] mins)
    {
        unchecked
        {
            foreach (var x in set)
            {
                for (var i = 0; i < mins.Length; i++)
                {
                    mins[i] = Math.Min(mins[i], ((multipliers[i] * x) + offsets[i]) >> 32);
                }
            }
        }
    }
}
