using System.Globalization;
using System.Xml;

namespace Gongkai.Reading;

/// <summary>
/// Parses the XHTML of <c>pdftotext -bbox-layout</c> (doc → page → flow → block → line → word) into pages of
/// words. The DOCTYPE line is cut off and DTD processing is prohibited, so no entity or external reference is
/// ever resolved.
/// </summary>
internal static class BboxXhtml
{
    public static List<PdfPage> Parse(string xhtml)
    {
        var pages = new List<PdfPage>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            CheckCharacters = false,
            IgnoreWhitespace = true,
            IgnoreComments = true,
        };
        using var reader = XmlReader.Create(new StringReader(WithoutDoctype(xhtml)), settings);
        List<PdfWord>? words = null;
        double width = 0, height = 0;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "word" && words is not null && !reader.IsEmptyElement)
            {
                var (x0, y0, x1, y1) = (Number(reader, "xMin"), Number(reader, "yMin"), Number(reader, "xMax"), Number(reader, "yMax"));

                // Reading the content moves the reader past the word's end tag: no further Read() for this node.
                var text = Clean(reader.ReadElementContentAsString());
                if (text.Length > 0 && x1 >= x0 && y1 >= y0)
                {
                    words.Add(new PdfWord(text, x0, y0, x1, y1));
                }

                continue;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "page")
            {
                width = Number(reader, "width");
                height = Number(reader, "height");
                words = [];
            }

            if (words is not null && reader.LocalName == "page"
                && (reader.NodeType == XmlNodeType.EndElement || (reader.NodeType == XmlNodeType.Element && reader.IsEmptyElement)))
            {
                pages.Add(new PdfPage(pages.Count + 1, width, height, words));
                words = null;
            }

            reader.Read();
        }

        return pages;
    }

    /// <summary>The document from its root element on: pdftotext writes an XHTML DOCTYPE, which a prohibiting reader refuses.</summary>
    private static string WithoutDoctype(string xhtml)
    {
        var start = xhtml.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return xhtml;
        }

        var end = xhtml.IndexOf('>', start);
        return end < 0 ? xhtml : string.Concat(xhtml.AsSpan(0, start), xhtml.AsSpan(end + 1));
    }

    private static double Number(XmlReader reader, string name) =>
        double.TryParse(reader.GetAttribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : 0;

    /// <summary>Trimmed, with control characters and private-use glyphs (unmapped fonts) removed.</summary>
    private static string Clean(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (!char.IsControl(ch) && ch is not (>= '\uE000' and <= '\uF8FF') && ch != '\uFFFD')
            {
                sb.Append(ch == '\u00A0' ? ' ' : ch);
            }
        }

        return sb.ToString().Trim();
    }
}
