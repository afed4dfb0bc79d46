using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>
/// Decodes an HTML page: a byte order mark wins, then the charset the page declares (<c>&lt;meta charset&gt;</c>,
/// <c>http-equiv</c> Content-Type, <c>&lt;?xml encoding&gt;</c>), then UTF-8; GB2312/GBK pages are read as GB18030.
/// </summary>
internal static partial class HtmlCharset
{
    private const int PrescanBytes = 4096;

    static HtmlCharset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The page's text, or null with a diagnostic when the bytes are not text.</summary>
    public static (string? Text, Diagnostic? Problem) Decode(byte[] bytes, string? source)
    {
        var span = bytes.AsSpan();
        var hasBom = span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!hasBom && Declared(span[..Math.Min(bytes.Length, PrescanBytes)]) is { } encoding)
        {
            return (encoding.GetString(bytes), null);
        }

        var (text, _, problem) = TextDecoder.Decode(bytes, source);
        return (text, problem);
    }

    /// <summary>The encoding a page declares in its first bytes, or null when it declares none Gongkai knows.</summary>
    public static Encoding? Declared(ReadOnlySpan<byte> head)
    {
        var ascii = Encoding.Latin1.GetString(head);
        var match = MetaCharset().Match(ascii);
        if (!match.Success)
        {
            match = XmlEncoding().Match(ascii);
        }

        return match.Success ? Resolve(match.Groups["name"].Value) : null;
    }

    /// <summary>Maps a charset label to an encoding; the GB family to GB18030, its superset.</summary>
    public static Encoding? Resolve(string label)
    {
        var name = label.Trim().ToLowerInvariant();
        switch (name)
        {
            case "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "ms936" or "windows-936" or "euc-cn" or "csgb2312" or "chinese" or "iso-ir-58":
                return Encoding.GetEncoding("GB18030");
            case "utf-8" or "utf8" or "unicode-1-1-utf-8":
                return new UTF8Encoding(false);
            case "utf-16" or "utf-16le" or "utf-16be" or "unicode":
                // A page whose bytes could be scanned as ASCII is not UTF-16 (WHATWG: treat it as UTF-8).
                return new UTF8Encoding(false);
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?\s*(?<name>[A-Za-z0-9._:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""<\?xml[^>]*?encoding\s*=\s*["'](?<name>[A-Za-z0-9._:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlEncoding();
}
