using System.Text.RegularExpressions;

namespace Gongkai.Reading;

/// <summary>
/// Drops what a page prints around its content: page numbers (<c>- 3 -</c>, <c>第 3 页</c>, <c>3/12</c>) and running
/// headers or footers repeated on several pages, when they stand in the top or bottom tenth of the page.
/// </summary>
internal static partial class PageFurniture
{
    private const double Band = 0.1;

    public static void Drop(List<PdfPage> pages, List<List<PdfLine>> lines)
    {
        var repeated = lines.SelectMany((page, i) => Edge(page, pages[i]).Select(Shape)).GroupBy(s => s)
            .Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var drop = Edge(lines[i], pages[i]).Where(l => PageNumber().IsMatch(l.Text) || repeated.Contains(Shape(l))).ToHashSet();
            lines[i].RemoveAll(drop.Contains);
        }
    }

    /// <summary>Short lines in the top or bottom band with nothing but other band lines between them and the page edge.</summary>
    private static IEnumerable<PdfLine> Edge(List<PdfLine> page, PdfPage size)
    {
        var ordered = page.OrderBy(l => l.Y0).ToList();
        foreach (var l in ordered.TakeWhile(l => l.Y1 <= size.Height * Band))
        {
            if (l.Text.Length <= 40)
            {
                yield return l;
            }
        }

        foreach (var l in Enumerable.Reverse(ordered).TakeWhile(l => l.Y0 >= size.Height * (1 - Band)))
        {
            if (l.Text.Length <= 40)
            {
                yield return l;
            }
        }
    }

    /// <summary>The text with its digits blurred, so "第 3 页" on page 3 and "第 4 页" on page 4 count as one footer.</summary>
    private static string Shape(PdfLine line) => Digits().Replace(line.Text.Replace(" ", "", StringComparison.Ordinal), "#");

    [GeneratedRegex(@"^\s*(?:[-—－–_·•\s]*\d{1,4}[-—－–_·•\s]*|第\s*\d{1,4}\s*页.*|\d{1,4}\s*/\s*\d{1,4}|共\s*\d{1,4}\s*页.*|[Pp]age\s*\d{1,4}(\s*of\s*\d{1,4})?)\s*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
