using System.Buffers.Binary;
using System.Text;

namespace Gongkai.Reading;

/// <summary>
/// A read-only view of an OLE2 compound file ([MS-CFB]: the container of .doc, .xls, .wps and of encrypted
/// OOXML): the names of its directory entries and the first bytes of a stream. Bounded and defensive: every
/// sector chain is followed at most once per sector, and a malformed file gives an error, never an exception.
/// </summary>
internal sealed class CompoundFile
{
    /// <summary>[MS-CFB] 2.2: the header signature D0 CF 11 E0 A1 B1 1A E1.</summary>
    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const uint EndOfChain = 0xFFFFFFFE;
    private const int MaxEntries = 65_536;

    private readonly byte[] bytes;
    private readonly int sectorSize;
    private readonly uint sectors;
    private readonly uint[] fat;
    private readonly List<(string Name, int Type, uint Start, long Size)> entries;

    private CompoundFile(byte[] bytes, int sectorSize, uint[] fat, List<(string, int, uint, long)> entries)
    {
        this.bytes = bytes;
        this.sectorSize = sectorSize;
        sectors = Count(bytes, sectorSize);
        this.fat = fat;
        this.entries = entries;
    }

    /// <summary>The names of every storage and stream, in directory order.</summary>
    public IEnumerable<string> Names => entries.Where(e => e.Type is 1 or 2).Select(e => e.Name);

    public bool Has(string name) => entries.Any(e => e.Type == 2 && string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses the header, the FAT and the directory; null with a reason when the file is malformed.</summary>
    public static CompoundFile? Open(byte[] bytes, out string? error)
    {
        error = null;
        if (bytes.Length < 512 || !bytes.AsSpan(0, 8).SequenceEqual(Signature))
        {
            error = "no OLE2 header";
            return null;
        }

        var shift = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(0x1E));
        if (shift is not (9 or 12))
        {
            error = $"sector shift {shift}";
            return null;
        }

        var sectorSize = 1 << shift;
        var sectors = Count(bytes, sectorSize);
        var fatSectors = new List<uint>();
        var fatNeeded = (sectors / (uint)(sectorSize / 4)) + 1;
        for (var i = 0; i < 109; i++)
        {
            AddFatSector(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(0x4C + (4 * i))));
        }

        // [MS-CFB] 2.5: further FAT sector numbers live in the DIFAT chain, 127 (or 1023) per sector plus a link.
        var difat = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(0x44));
        for (var guard = 0; difat < sectors && guard < sectors; guard++)
        {
            var at = (int)(difat + 1) * sectorSize;
            var per = (sectorSize / 4) - 1;
            for (var i = 0; i < per; i++)
            {
                AddFatSector(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + (4 * i))));
            }

            difat = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + (4 * per)));
        }

        var fat = new uint[fatSectors.Count * (sectorSize / 4)];
        for (var s = 0; s < fatSectors.Count; s++)
        {
            var at = (int)(fatSectors[s] + 1) * sectorSize;
            for (var i = 0; i < sectorSize / 4; i++)
            {
                fat[(s * (sectorSize / 4)) + i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + (4 * i)));
            }
        }

        var file = new CompoundFile(bytes, sectorSize, fat, []);
        var directory = file.ReadChain(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(0x30)), (long)MaxEntries * 128);
        if (directory.Length < 128)
        {
            error = "no directory";
            return null;
        }

        for (var at = 0; at + 128 <= directory.Length; at += 128)
        {
            var nameBytes = Math.Clamp((int)BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(at + 0x40)), 2, 64) - 2;
            var name = Encoding.Unicode.GetString(directory, at, nameBytes & ~1);
            int type = directory[at + 0x42];
            var start = BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(at + 0x74));
            var size = (long)BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(at + 0x78));
            file.entries.Add((name, type, start, size));
        }

        return file;

        void AddFatSector(uint sector)
        {
            if (sector < sectors && fatSectors.Count < fatNeeded)
            {
                fatSectors.Add(sector);
            }
        }
    }

    /// <summary>
    /// The first <paramref name="max"/> bytes of a stream in regular sectors, or null when the stream is absent
    /// or kept in the mini stream (smaller than 4096 bytes, [MS-CFB] 2.6.3).
    /// </summary>
    public byte[]? ReadStart(string name, int max)
    {
        var entry = entries.FirstOrDefault(e => e.Type == 2 && string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
        if (entry.Name is null || entry.Size < 4096)
        {
            return null;
        }

        var data = ReadChain(entry.Start, Math.Min(entry.Size, max));
        return data.Length == 0 ? null : data;
    }

    /// <summary>Follows a FAT chain, reading at most <paramref name="max"/> bytes and each sector at most once.</summary>
    private byte[] ReadChain(uint start, long max)
    {
        using var output = new MemoryStream();
        var seen = new HashSet<uint>();
        var sector = start;
        while (sector < sectors && output.Length < max && seen.Add(sector))
        {
            var at = (int)(sector + 1) * sectorSize;
            output.Write(bytes, at, (int)Math.Min(sectorSize, max - output.Length));
            sector = sector < fat.Length ? fat[sector] : EndOfChain;
        }

        return output.ToArray();
    }

    /// <summary>Whole sectors after the header: sector n starts at byte (n + 1) × sector size ([MS-CFB] 2.2).</summary>
    private static uint Count(byte[] bytes, int sectorSize) => (uint)Math.Max(0, (bytes.Length / sectorSize) - 1);
}
