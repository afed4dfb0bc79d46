using System.Buffers.Binary;

namespace Gongkai.Similarity;

/// <summary>The stored form of a model (a file or one row of the registry).</summary>
public sealed partial class SimilarityModel
{
    private static ReadOnlySpan<byte> Magic => "GKSM"u8;

    /// <summary>Magic GKSM, version, the options, then the stop shingles (sorted, 8 bytes each, little-endian).</summary>
    public byte[] ToBytes()
    {
        var sorted = stop.Order().ToArray();
        var bytes = new byte[Magic.Length + 1 + (4 * 5) + 8 + 4 + (8 * sorted.Length)];
        var w = new SpanWriter(bytes);
        w.Bytes(Magic);
        w.Bytes([FormatVersion]);
        w.Int32(Options.ShingleLength);
        w.Int32(Options.Permutations);
        w.Int32(Options.StopMinDocuments);
        w.Int32(Options.MinShingles);
        w.Int32(Options.MinPassageLength);
        w.UInt64(BitConverter.DoubleToUInt64Bits(Options.StopFrequency));
        w.Int32(sorted.Length);
        foreach (var h in sorted)
        {
            w.UInt64(h);
        }

        return bytes;
    }

    /// <summary>Reads what <see cref="ToBytes"/> wrote.</summary>
    /// <exception cref="FormatException">The bytes are not a model of this format.</exception>
    public static SimilarityModel FromBytes(ReadOnlySpan<byte> bytes)
    {
        const int header = 4 + 1 + (4 * 5) + 8 + 4;
        if (bytes.Length < header || !bytes[..4].SequenceEqual(Magic) || bytes[4] != FormatVersion)
        {
            throw new FormatException("not a Gongkai similarity model (version 1)");
        }

        var options = new SimilarityOptions
        {
            ShingleLength = BinaryPrimitives.ReadInt32LittleEndian(bytes[5..]),
            Permutations = BinaryPrimitives.ReadInt32LittleEndian(bytes[9..]),
            StopMinDocuments = BinaryPrimitives.ReadInt32LittleEndian(bytes[13..]),
            MinShingles = BinaryPrimitives.ReadInt32LittleEndian(bytes[17..]),
            MinPassageLength = BinaryPrimitives.ReadInt32LittleEndian(bytes[21..]),
            StopFrequency = BitConverter.UInt64BitsToDouble(BinaryPrimitives.ReadUInt64LittleEndian(bytes[25..])),
        };
        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes[33..]);
        if (count < 0 || bytes.Length != header + (8L * count) || options.ShingleLength < 2 || options.Permutations is < 1 or > ushort.MaxValue)
        {
            throw new FormatException("similarity model truncated or corrupt");
        }

        var stops = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            stops[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(header + (8 * i))..]);
        }

        return new SimilarityModel(options, stops);
    }

    private ref struct SpanWriter(Span<byte> span)
    {
        private readonly Span<byte> span = span;
        private int at;

        public void Bytes(ReadOnlySpan<byte> value)
        {
            value.CopyTo(span[at..]);
            at += value.Length;
        }

        public void Int32(int value)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[at..], value);
            at += 4;
        }

        public void UInt64(ulong value)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(span[at..], value);
            at += 8;
        }
    }
}
