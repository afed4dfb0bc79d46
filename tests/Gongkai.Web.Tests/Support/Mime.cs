using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Web.Tests.Support;

/// <summary>
/// Just enough MIME to read what <c>System.Net.Mail.SmtpClient</c> sends: unfolded headers (RFC 5322 §2.2.3),
/// encoded words in the subject (RFC 2047, B and Q, adjacent words joined before decoding so a character split
/// between two words survives), and a body in base64, quoted-printable, 7bit or 8bit in its charset — single-part,
/// or multipart/mixed with the first text part as the body and the other parts as attachments.
/// </summary>
public static partial class Mime
{
    /// <summary>The message as the sink received it; <paramref name="raw"/> holds one char per byte (Latin-1).</summary>
    public static SinkMessage Parse(string from, IReadOnlyList<string> to, string raw)
    {
        var (headers, body) = Split(raw);
        var type = headers.GetValueOrDefault("Content-Type", "text/plain; charset=us-ascii");
        var subject = DecodeWords(headers.GetValueOrDefault("Subject", ""));
        if (!type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            return new SinkMessage(from, to, headers, subject, DecodeBody(body, headers.GetValueOrDefault("Content-Transfer-Encoding", "7bit"), Charset(type)), raw);
        }

        var boundary = Boundary().Match(type) is { Success: true } b ? b.Groups[1].Value.Trim('"') : throw new InvalidOperationException("multipart without a boundary: " + type);
        string? text = null;
        var attachments = new List<(string Name, byte[] Bytes)>();
        foreach (var part in body.Split("--" + boundary).Skip(1).Where(p => !p.StartsWith("--", StringComparison.Ordinal)))
        {
            var (partHeaders, partBody) = Split(part.TrimStart('\r', '\n'));
            var partType = partHeaders.GetValueOrDefault("Content-Type", "text/plain; charset=us-ascii");
            var encoding = partHeaders.GetValueOrDefault("Content-Transfer-Encoding", "7bit");
            var disposition = partHeaders.GetValueOrDefault("Content-Disposition", "");
            if (text is null && partType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) && !disposition.StartsWith("attachment", StringComparison.OrdinalIgnoreCase))
            {
                text = DecodeBody(partBody.TrimEnd('\r', '\n'), encoding, Charset(partType));
                continue;
            }

            var name = FileName().Match(disposition) is { Success: true } n ? n.Groups[1].Value
                : FileName().Match(partType) is { Success: true } t ? t.Groups[1].Value : "";
            attachments.Add((DecodeWords(name.Trim('"')), Latin1OrBase64(partBody, encoding)));
        }

        return new SinkMessage(from, to, headers, subject, text ?? "", raw, attachments);
    }

    private static (Dictionary<string, string> Headers, string Body) Split(string raw)
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

        return (headers, body);
    }

    private static byte[] Latin1OrBase64(string body, string transferEncoding) =>
        transferEncoding.Trim().Equals("base64", StringComparison.OrdinalIgnoreCase)
            ? Convert.FromBase64String(new string([.. body.Where(ch => !char.IsWhiteSpace(ch))]))
            : Encoding.Latin1.GetBytes(body);

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

    [GeneratedRegex("boundary=(\"[^\"]+\"|[^;\\s]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex("(?:file)?name\\*?=(\"[^\"]*\"|[^;\\s]+)", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();

    [GeneratedRegex("charset=\"?([^\";]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"\r\n([ \t])")]
    private static partial Regex FoldedLine();
}
