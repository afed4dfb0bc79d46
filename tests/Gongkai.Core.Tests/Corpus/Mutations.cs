using System.IO.Compression;
using System.Text;

namespace Gongkai.Core.Tests.Corpus;

/// <summary>
/// Damage done to a fixture for the fuzz test, each drawn from a seeded <see cref="Random"/>: to the bytes of any
/// file (truncation, byte flips, inserted or deleted runs, a mangled header), to the lines of text and HTML, to the
/// entries of a ZIP package (DOCX, XLSX) and to the structure of PDF and PNG files.
/// </summary>
internal static class Mutations
{
    private static readonly string[] Junk = ["\t", "\n", "|", "  ", "0", "12345678901234567890123456789", "-", "/", "（", "一、", "总计", "\u3000", "\r", "<td>", "</tr>", "<table>", "&#x0;", "&amp;", "\uFFFD"];

    public static byte[] Bytes(byte[] seed, Random rng)
    {
        var b = (byte[])seed.Clone();
        switch (rng.Next(6))
        {
            case 0:
                return b[..rng.Next(b.Length)];
            case 1:
                for (var k = 0; k < 1 + rng.Next(30); k++)
                {
                    b[rng.Next(b.Length)] = (byte)rng.Next(256);
                }

                return b;
            case 2:
                {
                    var at = rng.Next(b.Length);
                    var run = new byte[1 + rng.Next(200)];
                    rng.NextBytes(run);
                    return [.. b[..at], .. run, .. b[at..]];
                }

            case 3:
                {
                    var at = rng.Next(b.Length);
                    var end = Math.Min(b.Length, at + 1 + rng.Next(b.Length / 4 + 1));
                    return [.. b[..at], .. b[end..]];
                }

            case 4:
                {
                    var at = rng.Next(b.Length);
                    var end = Math.Min(b.Length, at + 1 + rng.Next(2000));
                    return [.. b[..end], .. b[at..end], .. b[end..]];
                }

            default:
                for (var k = 0; k < 1 + rng.Next(8) && k < b.Length; k++)
                {
                    b[rng.Next(Math.Min(b.Length, 16))] = (byte)rng.Next(256);
                }

                return b;
        }
    }

    /// <summary>Text or HTML: bytes, or lines deleted, shuffled, duplicated, junk inserted, newlines turned to tabs or spaces.</summary>
    public static byte[] Text(byte[] seed, Random rng)
    {
        if (rng.Next(4) == 0)
        {
            return Bytes(seed, rng);
        }

        var lines = Encoding.UTF8.GetString(seed).Split('\n').ToList();
        switch (rng.Next(5))
        {
            case 0:
                for (var k = 0; k < 1 + rng.Next(30) && lines.Count > 1; k++)
                {
                    lines.RemoveAt(rng.Next(lines.Count));
                }

                break;
            case 1:
                {
                    var at = rng.Next(lines.Count);
                    var window = lines.GetRange(at, Math.Min(lines.Count - at, 2 + rng.Next(40))).ToArray();
                    rng.Shuffle(window);
                    lines.RemoveRange(at, window.Length);
                    lines.InsertRange(at, window);
                    break;
                }

            case 2:
                for (var k = 0; k < 1 + rng.Next(20); k++)
                {
                    lines.Insert(rng.Next(lines.Count), lines[rng.Next(lines.Count)]);
                }

                break;
            case 3:
                {
                    var sb = new StringBuilder(string.Join('\n', lines));
                    for (var k = 0; k < 1 + rng.Next(40); k++)
                    {
                        sb.Insert(rng.Next(sb.Length), Junk[rng.Next(Junk.Length)]);
                    }

                    return Encoding.UTF8.GetBytes(sb.ToString());
                }

            default:
                return Encoding.UTF8.GetBytes(string.Join(rng.Next(2) == 0 ? '\t' : ' ', lines));
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    /// <summary>A ZIP package: raw bytes, or one entry truncated, flipped, shuffled, emptied, dropped, renamed or duplicated.</summary>
    public static byte[] Zip(byte[] seed, Random rng)
    {
        if (rng.Next(4) == 0)
        {
            return Bytes(seed, rng);
        }

        var entries = new List<(string Name, byte[] Data)>();
        using (var zip = new ZipArchive(new MemoryStream(seed), ZipArchiveMode.Read))
        {
            foreach (var e in zip.Entries)
            {
                using var s = e.Open();
                using var m = new MemoryStream();
                s.CopyTo(m);
                entries.Add((e.FullName, m.ToArray()));
            }
        }

        // Most damage goes to the main part (document.xml, sheet1.xml), where the report is.
        var main = entries.FindIndex(e => e.Name is "word/document.xml" or "xl/worksheets/sheet1.xml");
        var i = main >= 0 && rng.Next(3) > 0 ? main : rng.Next(entries.Count);
        var (name, data) = entries[i];
        switch (rng.Next(7))
        {
            case 0:
                entries[i] = (name, data[..rng.Next(data.Length + 1)]);
                break;
            case 1:
                entries[i] = (name, Bytes(data, rng));
                break;
            case 2:
                entries[i] = (name, ShuffleElements(data, rng));
                break;
            case 3:
                entries[i] = (name, []);
                break;
            case 4:
                entries.RemoveAt(i);
                break;
            case 5:
                entries[i] = (name + (rng.Next(2) == 0 ? ".bak" : "x"), data);
                break;
            default:
                entries.Add((name, data));
                break;
        }

        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (n, d) in entries)
            {
                using var s = zip.CreateEntry(n, CompressionLevel.Fastest).Open();
                s.Write(d);
            }
        }

        return memory.ToArray();
    }

    /// <summary>A PDF: bytes, or its structure keywords (xref, startxref, stream, obj, /Length, %PDF) damaged.</summary>
    public static byte[] Pdf(byte[] seed, Random rng)
    {
        if (rng.Next(2) == 0)
        {
            return Bytes(seed, rng);
        }

        var text = Encoding.Latin1.GetString(seed);
        string[] words = ["xref", "startxref", "endstream", "stream", " obj", "/Length ", "%PDF-", "trailer", "/Root", "/Pages", "/Count "];
        for (var k = 0; k < 1 + rng.Next(4); k++)
        {
            var word = words[rng.Next(words.Length)];
            var at = text.IndexOf(word, rng.Next(text.Length), StringComparison.Ordinal);
            at = at < 0 ? text.IndexOf(word, StringComparison.Ordinal) : at;
            if (at >= 0)
            {
                text = text[..at] + (rng.Next(2) == 0 ? new string('x', word.Length) : word + rng.Next(100000)) + text[(at + word.Length)..];
            }
        }

        return Encoding.Latin1.GetBytes(text);
    }

    /// <summary>A PNG: bytes, or a chunk dropped, or the header's width, height, depth or colour type changed.</summary>
    public static byte[] Png(byte[] seed, Random rng)
    {
        if (rng.Next(2) == 0)
        {
            return Bytes(seed, rng);
        }

        var b = (byte[])seed.Clone();
        if (rng.Next(2) == 0)
        {
            // IHDR data starts at byte 16: width, height (4 bytes each), depth, colour type.
            b[16 + rng.Next(10)] = (byte)rng.Next(256);
            return b;
        }

        var chunks = new List<(int Start, int Length)>();
        for (var at = 8; at + 12 <= b.Length;)
        {
            var length = (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];
            if (length < 0 || at + 12 + length > b.Length)
            {
                break;
            }

            chunks.Add((at, 12 + length));
            at += 12 + length;
        }

        var (start, len) = chunks[rng.Next(chunks.Count)];
        return [.. b[..start], .. b[(start + len)..]];
    }

    private static byte[] ShuffleElements(byte[] xml, Random rng)
    {
        var parts = Encoding.UTF8.GetString(xml).Split("><");
        if (parts.Length < 3)
        {
            return xml;
        }

        var at = rng.Next(1, parts.Length - 1);
        var window = parts.AsSpan(at, Math.Min(parts.Length - 1 - at, 2 + rng.Next(30)));
        rng.Shuffle(window);
        return Encoding.UTF8.GetBytes(string.Join("><", parts));
    }
}
