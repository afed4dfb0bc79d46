using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>
/// Checks a ZIP-based office file (DOCX, XLSX, ODT) before any library parses it: the central directory must
/// be readable, the declared sizes and compression ratios sane, and every XML part well-formed, without a DTD
/// and not nested absurdly deep, while the bytes actually inflated stay within
/// <see cref="ReadOptions.MaxDecompressedBytes"/>.
/// </summary>
/// <remarks>
/// A package part may not declare a DTD (ECMA-376 Part 2, Open Packaging Conventions, [M1.17]), so a DTD (the
/// vehicle of "billion laughs" entity expansion) marks the file corrupt. Declared sizes can lie, so the XML parts
/// are inflated here through a counter; parts that are not XML (images, embedded objects) are never inflated.
/// </remarks>
internal static class OfficeZip
{
    public const int MaxEntries = 10_000;

    /// <summary>Deflate cannot exceed about 1032:1; office XML stays far below 200:1.</summary>
    public const long MaxRatio = 200;

    /// <summary>Small entries may compress well (a sheet of empty styled cells); the ratio is checked above this size.</summary>
    public const long RatioFloor = 1L << 20;

    /// <summary>XML nesting deeper than this is refused: WordprocessingML nests tables, text boxes and fields a few dozen levels at most.</summary>
    public const int MaxXmlDepth = 256;

    /// <summary>The entry names (case-insensitive, '/'-separated), or the one diagnostic that stops the read.</summary>
    public static Diagnostic? Inspect(byte[] bytes, string? source, ReadOptions options, out IReadOnlySet<string> names)
    {
        var where = SourceLocation.InFile(source);
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        names = found;
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > MaxEntries)
            {
                return DiagnosticCodes.LimitExceeded.Create(where, $"ZIP 条目数 (ZIP entries) {archive.Entries.Count}", MaxEntries);
            }

            long declared = 0;
            foreach (var entry in archive.Entries)
            {
                declared += entry.Length;
                if (declared > options.MaxDecompressedBytes)
                {
                    return DiagnosticCodes.LimitExceeded.Create(where, "解压后大小 (decompressed size)", $"{options.MaxDecompressedBytes} B");
                }

                if (entry.Length > RatioFloor && entry.Length > MaxRatio * Math.Max(1, entry.CompressedLength))
                {
                    var ratio = entry.Length / Math.Max(1, entry.CompressedLength);
                    return DiagnosticCodes.LimitExceeded.Create(where, $"{entry.FullName} 的压缩比 (compression ratio) {ratio}:1", $"{MaxRatio}:1");
                }

                found.Add(entry.FullName.Replace('\\', '/').TrimStart('/'));
            }

            long inflated = 0;
            foreach (var entry in archive.Entries.Where(e => IsXml(e.FullName)))
            {
                using var counted = new BudgetStream(entry.Open(), options.MaxDecompressedBytes - inflated);
                var problem = ScanXml(counted, entry.FullName, where);
                if (counted.Exceeded)
                {
                    return DiagnosticCodes.LimitExceeded.Create(where, "解压后大小 (decompressed size)", $"{options.MaxDecompressedBytes} B");
                }

                if (problem is not null)
                {
                    return problem;
                }

                inflated += counted.Count;
            }

            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return DiagnosticCodes.Corrupt.Create(where, "ZIP: " + e.Message);
        }
    }

    /// <summary>The text of a small entry (ODF's <c>mimetype</c>), or null.</summary>
    public static string? SmallEntryText(byte[] bytes, string name, int max = 256)
    {
        using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        var entry = archive.GetEntry(name);
        if (entry is null || entry.Length > max)
        {
            return null;
        }

        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads every node: well-formed, no DTD, bounded depth. The reader never resolves anything external.</summary>
    private static Diagnostic? ScanXml(Stream stream, string name, SourceLocation where)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false, IgnoreWhitespace = true };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.Depth > MaxXmlDepth)
                {
                    return DiagnosticCodes.LimitExceeded.Create(where, $"{name} 的 XML 嵌套层数 (XML nesting depth)", MaxXmlDepth);
                }
            }

            return null;
        }
        catch (XmlException e)
        {
            return DiagnosticCodes.Corrupt.Create(where, string.Create(CultureInfo.InvariantCulture, $"{name}: {e.Message}"));
        }
    }
}
