using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Web.Tests.Support;

/// <summary>
/// Just enough MIME to read what <c>System.Net.Mail.SmtpClient</c> sends: unfolded headers (RFC 5322 §2.2.3),
/// encoded words in the subject (RFC 2047, B and Q, adjacent words joined before decoding so a character split
/// between two words survives), and a single-part body in base64, quoted-printable, 7bit or 8bit in its charset.
/// </summary>
public static partial class Mime
{
    /// <summary>The message as the sink received it; <paramref name="raw"/> holds one char per byte (Latin-1).</summary>
    public static SinkMessage Parse(string from, IReadOnlyList<string> to, string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split >= 0 ? raw[..split] : raw;
        var body = split >= 0 ? raw[(split + 4)..] : "";
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Unfold(head).Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }

        var type = headers.GetValueOrDefault("Content-Type", "text/plain; charset=us-ascii");
        if (type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("the sink reads single-part messages only: " + type);
        }

        var decoded = DecodeBody(body, headers.GetValueOrDefault("Content-Transfer-Encoding", "7bit"), Charset(type));
        return new SinkMessage(from, to, headers, DecodeWords(headers.GetValueOrDefault("Subject", "")), decoded, raw);
    }

    /// <summary>A header value with its RFC 2047 encoded words decoded.</summary>
    public static string DecodeWords(string value)
    {
        var text = new StringBuilder();
        var pending = new List<byte>();
        Encoding? pendingCharset = null;
        var at = 0;
        foreach (Match m in EncodedWord().Matches(value))
        {
            var between = value[at..m.Index];
            // Whitespace between two encoded words is not part of the text (RFC 2047 §6.2).
            if (pendingCharset is null || between.Trim().Length > 0)
            {
                Flush();
                text.Append(between);
            }

            var charset = Encoding.GetEncoding(m.Groups[1].Value);
            if (pendingCharset is not null && pendingCharset.WebName != charset.WebName)
            {
                Flush();
            }

            pendingCharset = charset;
            var payload = m.Groups[3].Value;
            pending.AddRange(m.Groups[2].Value is "B" or "b" ? Convert.FromBase64String(payload) : QuotedPrintable(payload.Replace('_', ' ')));
            at = m.Index + m.Length;
        }

        Flush();
        text.Append(value[at..]);
        return text.ToString();

        void Flush()
        {
            if (pendingCharset is not null)
            {
                text.Append(pendingCharset.GetString([.. pending]));
            }

            pending.Clear();
            pendingCharset = null;
        }
    }

    private static string DecodeBody(string body, string transferEncoding, Encoding charset)
    {
        var bytes = transferEncoding.Trim().ToLowerInvariant() switch
        {
            "base64" => Convert.FromBase64String(new string([.. body.Where(ch => !char.IsWhiteSpace(ch))])),
            "quoted-printable" => QuotedPrintable(body.Replace("=\r\n", "", StringComparison.Ordinal)),
            _ => Encoding.Latin1.GetBytes(body),
        };
        return charset.GetString(bytes);
    }

    /// <summary>=XX escapes to bytes; every other char is one byte.</summary>
    private static byte[] QuotedPrintable(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)text[i]);
            }
        }

        return [.. bytes];
    }

    private static Encoding Charset(string contentType) =>
        CharsetParameter().Match(contentType) is { Success: true } m ? Encoding.GetEncoding(m.Groups[1].Value) : Encoding.ASCII;

    private static string Unfold(string head) => FoldedLine().Replace(head, "$1");

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();

    [GeneratedRegex("charset=\"?([^\";]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"\r\n([ \t])")]
    private static partial Regex FoldedLine();
}
