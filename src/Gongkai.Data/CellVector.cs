using System.Buffers.Binary;
using System.Collections.Frozen;
using Gongkai.Reports;

namespace Gongkai.Data;

/// <summary>
/// Every cell of a report packed in catalog order (shared/spec/cells.tsv, both templates): what roll-ups read,
/// so summing 100,000 reports is one scan of small blobs rather than millions of rows.
/// </summary>
/// <remarks>
/// Layout: byte 0 is the layout version (1); then, for each catalog cell in order, a tag — 0 blank or not in the
/// template, 1 an integer as a zig-zag varint, 2 any other decimal as its 16 bytes (<see cref="decimal.GetBits(decimal)"/>).
/// The canonical JSON stored beside it stays the record of what the document prints; the vector is derived from it.
/// </remarks>
public static class CellVector
{
    private const byte Layout = 1;

    /// <summary>The catalog keys in vector order.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. TemplateCatalog.Default.All.Select(c => c.Key)];

    public static FrozenDictionary<string, int> Index { get; } =
        Keys.Select((k, i) => (k, i)).ToFrozenDictionary(p => p.k, p => p.i, StringComparer.Ordinal);

    public static byte[] Encode(AnnualReport report)
    {
        var buffer = new byte[1 + (Keys.Count * 3)];
        var n = 0;
        Span<int> bits = stackalloc int[4];
        buffer[n++] = Layout;
        foreach (var key in Keys)
        {
            var value = report[key];
            Ensure(ref buffer, n + 17);
            if (value is not { } v)
            {
                buffer[n++] = 0;
            }
            else if (decimal.IsInteger(v) && v is >= long.MinValue / 2 and <= long.MaxValue / 2)
            {
                buffer[n++] = 1;
                var z = unchecked((ulong)(((long)v << 1) ^ ((long)v >> 63)));
                while (z >= 0x80)
                {
                    buffer[n++] = unchecked((byte)(z | 0x80));
                    z >>= 7;
                }

                buffer[n++] = (byte)z;
            }
            else
            {
                buffer[n++] = 2;
                decimal.GetBits(v, bits);
                foreach (var b in bits)
                {
                    BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(n, 4), b);
                    n += 4;
                }
            }
        }

        return buffer.AsSpan(0, n).ToArray();
    }

    /// <summary>The values in catalog order (null for blank cells).</summary>
    public static decimal?[] Decode(ReadOnlySpan<byte> data)
    {
        var collector = new Collector(new decimal?[Keys.Count]);
        Visit(data, ref collector);
        return collector.Values;
    }

    /// <summary>Hands every non-blank cell to <paramref name="visitor"/> (a struct, so the calls are direct).</summary>
    public static void Visit<T>(ReadOnlySpan<byte> data, ref T visitor)
        where T : struct, ICellVisitor
    {
        if (data.Length == 0 || data[0] != Layout)
        {
            throw new InvalidDataException("cell vector: unknown layout");
        }

        var n = 1;
        Span<int> bits = stackalloc int[4];
        for (var i = 0; i < Keys.Count; i++)
        {
            switch (data[n++])
            {
                case 0:
                    break;
                case 1:
                    ulong z = 0;
                    var shift = 0;
                    byte b;
                    do
                    {
                        b = data[n++];
                        z |= (ulong)(b & 0x7F) << shift;
                        shift += 7;
                    }
                    while ((b & 0x80) != 0);
                    visitor.Integer(i, unchecked((long)(z >> 1) ^ -(long)(z & 1)));
                    break;
                case 2:
                    for (var k = 0; k < 4; k++)
                    {
                        bits[k] = BinaryPrimitives.ReadInt32LittleEndian(data.Slice(n, 4));
                        n += 4;
                    }

                    visitor.Decimal(i, new decimal(bits));
                    break;
                default:
                    throw new InvalidDataException("cell vector: bad tag");
            }
        }
    }

    /// <summary>Receives the non-blank cells of a vector: integers (most cells) and other decimals.</summary>
    public interface ICellVisitor
    {
        void Integer(int index, long value);

        void Decimal(int index, decimal value);
    }

    private readonly struct Collector(decimal?[] values) : ICellVisitor
    {
        public decimal?[] Values { get; } = values;

        public void Integer(int index, long value) => Values[index] = value;

        public void Decimal(int index, decimal value) => Values[index] = value;
    }

    private static void Ensure(ref byte[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            Array.Resize(ref buffer, Math.Max(length, buffer.Length * 2));
        }
    }
}
