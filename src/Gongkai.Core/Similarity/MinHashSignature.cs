using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Gongkai.Similarity;

/// <summary>
/// The MinHash signature of a narrative's shingle set: for each of n hash permutations the least value over the
/// set. The share of positions where two signatures agree estimates the Jaccard index of the two sets.
/// </summary>
/// <remarks>
/// <para><see cref="Model"/> is the <see cref="SimilarityModel.Fingerprint"/> of the model that computed it;
/// signatures of different models do not compare (<see cref="Estimate"/> throws). <see cref="ShingleCount"/> is the
/// size of the set; 0 means nothing distinctive was left (every value is then <see cref="uint.MaxValue"/>).</para>
/// <para><see cref="ToBytes"/> is the form to store (a BLOB or bytea column): 12 bytes of header and 4 bytes per
/// value, little-endian, 524 bytes for 128 permutations.</para>
/// </remarks>
public sealed record MinHashSignature(ImmutableArray<uint> Values, int ShingleCount, uint Model)
{
    private const byte FormatVersion = 1;
    private const int HeaderLength = 12;

    /// <summary>The estimated Jaccard index of the two shingle sets; 0 when either set is empty.</summary>
    public double Estimate(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Model != Model || other.Values.Length != Values.Length)
        {
            throw new ArgumentException($"signature of model {other.Model:x8} cannot be compared with one of model {Model:x8}", nameof(other));
        }

        if (ShingleCount == 0 || other.ShingleCount == 0)
        {
            return 0;
        }

        return (double)Agreements(Values.AsSpan(), other.Values.AsSpan()) / Values.Length;
    }

    internal static int Agreements(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }

        return same;
    }

    /// <summary>Version (1 byte), 0 (1 byte), value count (2 bytes), shingle count (4), model (4), then the values.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[HeaderLength + (4 * Values.Length)];
        bytes[0] = FormatVersion;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2), checked((ushort)Values.Length));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), ShingleCount);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), Model);
        for (var i = 0; i < Values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(HeaderLength + (4 * i)), Values[i]);
        }

        return bytes;
    }

    /// <summary>Reads what <see cref="ToBytes"/> wrote.</summary>
    /// <exception cref="FormatException">The bytes are not a signature of this format.</exception>
    public static MinHashSignature FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < HeaderLength || bytes[0] != FormatVersion || bytes[1] != 0)
        {
            throw new FormatException("not a Gongkai MinHash signature (version 1)");
        }

        var count = BinaryPrimitives.ReadUInt16LittleEndian(bytes[2..]);
        var shingles = BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]);
        if (bytes.Length != HeaderLength + (4 * count) || shingles < 0)
        {
            throw new FormatException($"a signature of {count} values is {HeaderLength + (4 * count)} bytes, not {bytes.Length}");
        }

        var values = new uint[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(HeaderLength + (4 * i))..]);
        }

        return new MinHashSignature(ImmutableCollectionsMarshal.AsImmutableArray(values), shingles, BinaryPrimitives.ReadUInt32LittleEndian(bytes[8..]));
    }

    public bool Equals(MinHashSignature? other) =>
        other is not null && ShingleCount == other.ShingleCount && Model == other.Model && Values.AsSpan().SequenceEqual(other.Values.AsSpan());

    public override int GetHashCode() => HashCode.Combine(ShingleCount, Model, Values.Length > 0 ? Values[0] : 0);
}
