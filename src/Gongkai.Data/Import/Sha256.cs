using System.Buffers.Binary;

namespace Gongkai.Data.Import;

/// <summary>A SHA-256 in 32 bytes rather than a 64-character string: the set of stored hashes stays small.</summary>
internal readonly record struct Sha256(ulong A, ulong B, ulong C, ulong D)
{
    public static Sha256 From(ReadOnlySpan<byte> hash) => new(
        BinaryPrimitives.ReadUInt64LittleEndian(hash),
        BinaryPrimitives.ReadUInt64LittleEndian(hash[8..]),
        BinaryPrimitives.ReadUInt64LittleEndian(hash[16..]),
        BinaryPrimitives.ReadUInt64LittleEndian(hash[24..]));

    public static Sha256 FromHex(string hex) => From(Convert.FromHexString(hex));
}
