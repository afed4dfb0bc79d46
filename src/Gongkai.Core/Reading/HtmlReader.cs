using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>
/// Reads HTML pages (published reports, saved web pages, Word's "save as web page") into a grid with AngleSharp:
/// every table row is a grid row of its cell texts, the text around the tables is prose.
/// </summary>
/// <remarks>
/// Cells spanning columns are followed by empty cells, so a cell's position is its grid column; cells spanning
/// rows appear only in their first row. Tables used for page layout (cells holding tables or headings) are read
/// through. Script and style are ignored, <c>&amp;nbsp;</c> is a space, <c>&lt;br&gt;</c> ends a prose line.
/// </remarks>
public sealed class HtmlReader : IDocumentReader
{
    private static readonly string[] Starts = ["<!doctype html", "<html", "<table", "<meta", "<head", "<body"];

    public string Name => "html";

    /// <summary>True when the first markup (after a byte order mark and white space) opens an HTML document or table.</summary>
    public bool CanRead(ReadOnlySpan<byte> head)
    {
        var text = HeadText(head);
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var rest = text.AsSpan(start);
        foreach (var s in Starts)
        {
            if (rest.StartsWith(s, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // An XML declaration or a leading comment ("<!-- saved from url=… -->") before an <html> element.
        return (rest.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("<!--", StringComparison.Ordinal))
            && rest.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }

    public TextGrid Read(byte[] bytes, string? source, ReadOptions options)
    {
        try
        {
            var (text, problem) = HtmlCharset.Decode(bytes, source);
            if (text is null)
            {
                return new TextGrid(source, [], problem is null ? [] : [problem]);
            }

            var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
            using var document = parser.ParseDocument(text);
            var rows = HtmlGridBuilder.Build(document, source, options.MaxLines);
            return new TextGrid(source, rows, problem is null ? [] : [problem]);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Never throw on bad input: the page is unreadable, say why.
            return new TextGrid(source, [], [DiagnosticCodes.FileUnreadable.Create(SourceLocation.InFile(source), e.Message)]);
        }
    }

    /// <summary>The head as text: UTF-16 when it has a UTF-16 byte order mark, otherwise bytes as Latin-1 (markup is ASCII).</summary>
    private static string HeadText(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return System.Text.Encoding.Latin1.GetString(head[3..]);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return System.Text.Encoding.Unicode.GetString(head[2..]);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return System.Text.Encoding.BigEndianUnicode.GetString(head[2..]);
        }

        return System.Text.Encoding.Latin1.GetString(head);
    }
}
