using System.Text;
using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>
/// Decodes text files: UTF-8 with or without BOM, UTF-16 LE/BE (BOM or zero-byte pattern), GB18030/GBK.
/// Strict UTF-8 first, then strict GB18030; never silently returns mojibake.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);
    private static readonly Encoding StrictGb18030;
    private static readonly Encoding StrictBig5;

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        StrictGb18030 = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        StrictBig5 = Encoding.GetEncoding("big5", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>The decoded text and the encoding's name, or null text with a diagnostic when the bytes are not text.</summary>
    public static (string? Text, string Encoding, Diagnostic? Problem) Decode(byte[] bytes, string? source)
    {
        var where = SourceLocation.InFile(source);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Checked(TryDecode(StrictUtf8, bytes, 3), "UTF-8", bytes, where);
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Checked(TryDecode(new UnicodeEncoding(false, false, true), bytes, 2), "UTF-16LE", bytes, where);
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Checked(TryDecode(new UnicodeEncoding(true, false, true), bytes, 2), "UTF-16BE", bytes, where);
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            // UTF-16 without a BOM: zero bytes cluster on one side of each pair (ASCII and line breaks).
            int even = 0, odd = 0;
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == 0)
                {
                    if (i % 2 == 0)
                    {
                        even++;
                    }
                    else
                    {
                        odd++;
                    }
                }
            }

            var bigEndian = even > odd;
            var text = bytes.Length % 2 == 0 ? TryDecode(new UnicodeEncoding(bigEndian, false, true), bytes, 0) : null;
            if (text is not null && LooksLikeText(text) && Math.Max(even, odd) > 8 * Math.Min(even, odd))
            {
                return (text, bigEndian ? "UTF-16BE" : "UTF-16LE", null);
            }

            return (null, "binary", DiagnosticCodes.FileBinary.Create(where, Sniff.Describe(bytes.AsSpan(0, Math.Min(bytes.Length, 16)))));
        }

        if (TryDecode(StrictUtf8, bytes, 0) is { } utf8)
        {
            return Checked(utf8, "UTF-8", bytes, where);
        }

        var commonGb = CommonHanziShare(bytes);
        if (TryDecode(StrictGb18030, bytes, 0) is { } gb && LooksLikeText(gb) && !LooksLikeBig5(gb, bytes) && commonGb >= 0.6)
        {
            return (gb, "GB18030", null);
        }

        if (TryDecode(StrictBig5, bytes, 0) is { } big5 && LooksLikeText(big5))
        {
            return (big5, "Big5", null);
        }

        // Neither UTF-8, UTF-16, plausible GB18030 nor Big5: refuse rather than hand on mojibake.
        var lossy = Encoding.GetEncoding("GB18030").GetString(bytes);
        return LooksLikeText(lossy)
            ? (null, "unknown", DiagnosticCodes.EncodingUnknown.Create(where))
            : (null, "binary", DiagnosticCodes.FileBinary.Create(where, Sniff.Describe(bytes.AsSpan(0, Math.Min(bytes.Length, 16)))));
    }

    /// <summary>
    /// Of the double-byte characters read as GBK, the share whose lead byte lies in GB2312's hanzi rows
    /// (0xB0–0xF7). Real Chinese text is almost all there; other encodings read as GBK land in the rare
    /// extension rows. 1 when there are no double-byte characters.
    /// </summary>
    private static double CommonHanziShare(byte[] bytes)
    {
        int total = 0, common = 0;
        for (var i = 0; i < bytes.Length - 1; i++)
        {
            var b = bytes[i];
            if (b < 0x81)
            {
                continue;
            }

            total++;
            if (b is >= 0xA1 and <= 0xF7)
            {
                common++;
            }

            i++;
        }

        return total == 0 ? 1 : (double)common / total;
    }

    private static (string? Text, string Encoding, Diagnostic? Problem) Checked(string? text, string name, byte[] bytes, SourceLocation where)
    {
        if (text is null)
        {
            var lossy = new UTF8Encoding(false, false).GetString(bytes);
            return LooksLikeText(lossy)
                ? (lossy.TrimStart('\uFEFF'), name, DiagnosticCodes.EncodingDoubtful.Create(where, name))
                : (null, "binary", DiagnosticCodes.FileBinary.Create(where, Sniff.Describe(bytes.AsSpan(0, Math.Min(bytes.Length, 16)))));
        }

        return LooksLikeText(text)
            ? (text, name, null)
            : (null, "binary", DiagnosticCodes.FileBinary.Create(where, Sniff.Describe(bytes.AsSpan(0, Math.Min(bytes.Length, 16)))));
    }

    private static string? TryDecode(Encoding encoding, byte[] bytes, int offset)
    {
        try
        {
            return encoding.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Text has few control characters other than tab, line breaks and form feed.</summary>
    public static bool LooksLikeText(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        var control = 0;
        foreach (var ch in text)
        {
            if ((ch < ' ' && ch is not ('\t' or '\r' or '\n' or '\f')) || ch == '\uFFFD' || (ch >= '\uE000' && ch <= '\uF8FF'))
            {
                control++;
            }
        }

        return control * 100 < text.Length;
    }

    /// <summary>GB18030 accepts most Big5 byte pairs; Big5 text read as GB18030 lacks common simplified words.</summary>
    private static bool LooksLikeBig5(string gbText, byte[] bytes)
    {
        if (gbText.Contains('的') || gbText.Contains('公') || gbText.Contains('年'))
        {
            return false;
        }

        return TryDecode(StrictBig5, bytes, 0) is { } b && (b.Contains('的') || b.Contains('年'));
    }
}
