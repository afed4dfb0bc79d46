namespace Gongkai.Reading;

/// <summary>Names what a file's first bytes say it is, for messages about files Gongkai cannot read as text.</summary>
public static class Sniff
{
    public static string Describe(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF"u8))
        {
            return "PDF";
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return "ZIP/DOCX/XLSX";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return "OLE2 (.doc/.xls/.wps)";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']))
        {
            return "PNG";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "JPEG";
        }

        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            return "TIFF";
        }

        if (head.StartsWith("GIF8"u8))
        {
            return "GIF";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return "gzip";
        }

        if (head.StartsWith("{\\rtf"u8))
        {
            return "RTF";
        }

        return "binary data";
    }
}
