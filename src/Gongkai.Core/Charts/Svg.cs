using System.Globalization;
using System.Xml.Linq;

namespace Gongkai.Charts;

/// <summary>SVG elements for the charts, and the measures they are laid out with. Text is escaped by <see cref="XElement"/>.</summary>
internal static class Svg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>Simplified-Chinese fonts first (Noto Sans CJK SC, then WenQuanYi), so no Japanese glyph forms appear.</summary>
    public const string FontFamily = "\"Noto Sans CJK SC\",\"Noto Sans CJK\",\"WenQuanYi Zen Hei\",\"Microsoft YaHei\",sans-serif";

    public const string Ink = "#262626", Muted = "#6E6E6E", Grid = "#E3E3E3", Axis = "#8C8C8C";

    public static XElement Element(string name, params object?[] content) => new(Ns + name, content);

    public static XElement Rect(double x, double y, double width, double height, string fill, params object?[] more) =>
        Element("rect", new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("width", N(Math.Max(0, width))),
            new XAttribute("height", N(Math.Max(0, height))), new XAttribute("fill", fill), more);

    public static XElement Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, params object?[] more) =>
        Element("line", new XAttribute("x1", N(x1)), new XAttribute("y1", N(y1)), new XAttribute("x2", N(x2)), new XAttribute("y2", N(y2)),
            new XAttribute("stroke", stroke), new XAttribute("stroke-width", N(width)), more);

    /// <summary>A text; <paramref name="anchor"/> is start, middle or end; the baseline is at <paramref name="y"/>.</summary>
    public static XElement Text(double x, double y, string text, double size, string anchor = "start", string fill = Ink, bool bold = false, params object?[] more) =>
        Element("text", new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("font-size", N(size)),
            anchor == "start" ? null : new XAttribute("text-anchor", anchor), new XAttribute("fill", fill),
            bold ? new XAttribute("font-weight", "bold") : null, more, text);

    /// <summary>Lines of text stacked from the first baseline <paramref name="y"/>, 1.3 em apart.</summary>
    public static XElement Lines(double x, double y, IReadOnlyList<string> lines, double size, string anchor = "start", string fill = Ink, bool bold = false)
    {
        var text = Text(x, y, "", size, anchor, fill, bold);
        for (var i = 0; i < lines.Count; i++)
        {
            text.Add(Element("tspan", new XAttribute("x", N(x)), new XAttribute("dy", i == 0 ? "0" : N(size * 1.3)), lines[i]));
        }

        return text;
    }

    /// <summary>A number for an attribute: invariant, at most two decimals.</summary>
    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A value as a label: grouped thousands, the decimals it has (1,234 · 12.5 · -3).</summary>
    public static string Number(decimal value) => value.ToString("#,0.############", CultureInfo.InvariantCulture);

    /// <summary>The width text takes at a font size: a 汉字 or full-width sign 1 em, Latin letters and digits about 0.55 em.</summary>
    public static double Width(string text, double size)
    {
        double em = 0;
        foreach (var ch in text)
        {
            em += ch switch
            {
                >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFF60' or '\u3000' or '“' or '”' => 1.0,
                ' ' or '.' or ',' or ':' or ';' or '|' or 'i' or 'l' or 'j' => 0.3,
                >= 'A' and <= 'Z' or 'm' or 'w' or '%' => 0.72,
                _ => 0.56,
            };
        }

        return em * size;
    }

    /// <summary>Breaks text into at most <paramref name="maxLines"/> lines of the width; the last keeps an ellipsis when cut.</summary>
    public static IReadOnlyList<string> Wrap(string text, double size, double width, int maxLines)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length && lines.Count < maxLines)
        {
            var end = start + 1;
            while (end < text.Length && Width(text[start..(end + 1)], size) <= width)
            {
                end++;
            }

            if (lines.Count == maxLines - 1 && end < text.Length)
            {
                var cut = end;
                while (cut > start + 1 && Width(text[start..cut] + "…", size) > width)
                {
                    cut--;
                }

                lines.Add(text[start..cut] + "…");
                return lines;
            }

            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }
}
