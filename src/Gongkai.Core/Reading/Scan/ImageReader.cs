namespace Gongkai.Reading;

/// <summary>
/// Reads scanned reports: PNG, JPEG and TIFF images (one page per image, or per TIFF frame), recognised by their
/// signatures whatever the file is called. Tables are read cell by cell (see <see cref="ScanReader"/>).
/// </summary>
public sealed class ImageReader : IDocumentReader
{
    public string Name => "image";

    public bool CanRead(ReadOnlySpan<byte> head) => Signature(head) is not null;

    public TextGrid Read(byte[] bytes, string? source, ReadOptions options) => ScanReader.ReadImage(bytes, source, options);

    /// <summary>The image format the first bytes announce (PNG, JPEG, TIFF), or null.</summary>
    public static string? Signature(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "PNG";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "JPEG";
        }

        return head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8) ? "TIFF" : null;
    }
}
