using System.Buffers.Binary;
using System.Text;

namespace Gongkai.Core.Tests.Reading.Office;

/// <summary>
/// Writes a minimal OLE2 compound file ([MS-CFB] version 3, 512-byte sectors, one FAT sector) holding the given
/// streams, each padded to 4096 bytes so it lives in regular sectors. Enough for encrypted-package and
/// Word/Excel stream tests; at most about 100 sectors of content.
/// </summary>
internal static class CompoundFileBuilder
{
    private const uint Free = 0xFFFFFFFF;
    private const uint End = 0xFFFFFFFE;
    private const uint FatSector = 0xFFFFFFFD;

    public static byte[] Build(params (string Name, byte[] Data)[] streams)
    {
        const int size = 512;
        var dirSectors = ((streams.Length + 1) * 128 + size - 1) / size;
        var data = streams.Select(s => s.Data.Length >= 4096 ? s.Data : [.. s.Data, .. new byte[4096 - s.Data.Length]]).ToArray();
        var dataSectors = data.Select(d => (d.Length + size - 1) / size).ToArray();
        var total = 1 + dirSectors + dataSectors.Sum();
        if (total > 128)
        {
            throw new ArgumentException("too much content for one FAT sector", nameof(streams));
        }

        var bytes = new byte[(1 + total) * size];
        var fat = Enumerable.Repeat(Free, 128).ToArray();
        fat[0] = FatSector;
        Chain(fat, 1, dirSectors);

        // Header ([MS-CFB] 2.2).
        CompoundSignature().CopyTo(bytes, 0);
        W16(bytes, 0x18, 0x3E);
        W16(bytes, 0x1A, 3);
        W16(bytes, 0x1C, 0xFFFE);
        W16(bytes, 0x1E, 9);
        W16(bytes, 0x20, 6);
        W32(bytes, 0x2C, 1);
        W32(bytes, 0x30, 1);
        W32(bytes, 0x38, 4096);
        W32(bytes, 0x3C, End);
        W32(bytes, 0x44, End);
        W32(bytes, 0x4C, 0);
        for (var i = 1; i < 109; i++)
        {
            W32(bytes, 0x4C + (4 * i), Free);
        }

        // Directory: the root, then each stream as the right sibling of the one before ([MS-CFB] 2.6).
        var dir = (1 + 1) * size;
        Entry(bytes, dir, "Root Entry", 5, End, 0, streams.Length > 0 ? 1u : Free, Free);
        var next = 1 + dirSectors;
        for (var i = 0; i < streams.Length; i++)
        {
            Entry(bytes, dir + ((i + 1) * 128), streams[i].Name, 2, (uint)next, (uint)data[i].Length, Free, i + 1 < streams.Length ? (uint)(i + 2) : Free);
            Chain(fat, next, dataSectors[i]);
            data[i].CopyTo(bytes, (next + 1) * size);
            next += dataSectors[i];
        }

        for (var i = 0; i < 128; i++)
        {
            W32(bytes, size + (4 * i), fat[i]);
        }

        return bytes;
    }

    public static byte[] CompoundSignature() => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static void Chain(uint[] fat, int start, int count)
    {
        for (var i = 0; i < count; i++)
        {
            fat[start + i] = i == count - 1 ? End : (uint)(start + i + 1);
        }
    }

    private static void Entry(byte[] bytes, int at, string name, byte type, uint start, uint length, uint child, uint right)
    {
        var n = Encoding.Unicode.GetBytes(name);
        n.CopyTo(bytes, at);
        W16(bytes, at + 0x40, (ushort)(n.Length + 2));
        bytes[at + 0x42] = type;
        bytes[at + 0x43] = 1;
        W32(bytes, at + 0x44, Free);
        W32(bytes, at + 0x48, right);
        W32(bytes, at + 0x4C, child);
        W32(bytes, at + 0x74, start);
        W32(bytes, at + 0x78, length);
    }

    private static void W16(byte[] b, int at, ushort v) => BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(at), v);

    private static void W32(byte[] b, int at, uint v) => BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(at), v);
}
