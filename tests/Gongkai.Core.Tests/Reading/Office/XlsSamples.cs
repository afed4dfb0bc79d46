using System.Buffers.Binary;
using System.Text;

namespace Gongkai.Core.Tests.Reading.Office;

/// <summary>
/// Writes a minimal Excel 97–2003 workbook ([MS-XLS] BIFF8 in an OLE2 "Workbook" stream): one visible
/// worksheet of LABEL (text) and NUMBER cells. Enough to prove the binary path; Excel itself writes far more records.
/// </summary>
internal static class XlsSamples
{
    /// <param name="encrypted">Adds a FILEPASS record ([MS-XLS] 2.4.117, RC4) whose verifier matches no password.</param>
    public static byte[] Write(string sheetName, object?[][] rows, bool encrypted = false)
    {
        var sheet = new MemoryStream();
        Record(sheet, 0x0809, Bof(0x0010));
        var columns = rows.Max(r => r.Length);
        Record(sheet, 0x0200, [.. U32(0), .. U32((uint)rows.Length), .. U16(0), .. U16((ushort)columns), .. U16(0)]);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                byte[] at = [.. U16((ushort)r), .. U16((ushort)c), .. U16(0)];
                switch (rows[r][c])
                {
                    case string s:
                        Record(sheet, 0x0204, [.. at, .. U16((ushort)s.Length), 1, .. Encoding.Unicode.GetBytes(s)]);
                        break;
                    case double d:
                        Record(sheet, 0x0203, [.. at, .. BitConverter.GetBytes(d)]);
                        break;
                }
            }
        }

        Record(sheet, 0x000A, []);

        var name = Encoding.Unicode.GetBytes(sheetName);
        var globals = new MemoryStream();
        Record(globals, 0x0809, Bof(0x0005));
        if (encrypted)
        {
            var verifier = new byte[48];
            new Random(11).NextBytes(verifier);
            Record(globals, 0x002F, [.. U16(1), .. U16(1), .. U16(1), .. verifier]);
        }

        Record(globals, 0x0042, U16(1200));
        for (var i = 0; i < 16; i++)
        {
            Record(globals, 0x00E0, new byte[20]);
        }

        // The sheet substream follows this BOUNDSHEET record (4 + 8 + name bytes) and the EOF record (4).
        var sheetOffset = (uint)(globals.Length + 4 + 8 + name.Length + 4);
        Record(globals, 0x0085, [.. U32(sheetOffset), 0, 0, (byte)sheetName.Length, 1, .. name]);
        Record(globals, 0x000A, []);
        return CompoundFileBuilder.Build(("Workbook", [.. globals.ToArray(), .. sheet.ToArray()]));
    }

    /// <summary>BOF: BIFF8 (0x0600), substream type (0x0005 globals, 0x0010 worksheet), build and year, no history flags.</summary>
    private static byte[] Bof(ushort type) => [.. U16(0x0600), .. U16(type), .. U16(0x0DBB), .. U16(0x07CC), .. U32(0), .. U32(0x06)];

    private static void Record(Stream s, ushort type, byte[] data)
    {
        s.Write(U16(type));
        s.Write(U16((ushort)data.Length));
        s.Write(data);
    }

    private static byte[] U16(ushort v)
    {
        var b = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(b, v);
        return b;
    }

    private static byte[] U32(uint v)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, v);
        return b;
    }
}
