using System.Text;
using Gongkai.Reports;

namespace Gongkai.Writing;

/// <summary>
/// Writes a report as a standalone HTML5 page (UTF-8, <c>lang="zh-CN"</c>, embedded CSS) with the tables in
/// the official layout of 国办公开办函〔2021〕30号 / 〔2019〕60号: real merged cells (rowspan/colspan), the exact
/// labels, full borders. All text is HTML-encoded.
/// </summary>
public static class HtmlWriter
{
    public static string Write(AnnualReport report)
    {
        var title = Encode(ReportText.Title(report));
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(title).Append("</title>\n")
            .Append("<style>\n").Append(HtmlStyle.Css).Append("\n</style>\n</head>\n<body>\n<article class=\"report\">\n")
            .Append("<h1>").Append(title).Append("</h1>\n");
        foreach (var section in ReportText.Sections(report))
        {
            sb.Append("<section class=\"").Append(section.Kind.JsonKey()).Append("\">\n<h2>").Append(Encode(section.Heading)).Append("</h2>\n");
            foreach (var paragraph in section.Paragraphs)
            {
                sb.Append("<p>").Append(Encode(paragraph)).Append("</p>\n");
            }

            if (section.Tables.Count > 0)
            {
                WriteTable(sb, section.Tables, report);
            }

            sb.Append("</section>\n");
        }

        sb.Append("</article>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>A section's tables as one bordered table; section 二's sub-tables each get a caption row and their own tbody.</summary>
    private static void WriteTable(StringBuilder sb, IReadOnlyList<LayoutTable> tables, AnnualReport report)
    {
        var first = tables[0];
        var total = first.ColumnWeights.Sum();
        sb.Append("<table>\n<colgroup>");
        foreach (var weight in first.ColumnWeights)
        {
            sb.Append("<col style=\"width:").Append((weight * 100.0 / total).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)).Append("%\">");
        }

        sb.Append("</colgroup>\n");
        foreach (var table in tables)
        {
            var split = table.Caption is null;
            sb.Append(split ? "<thead>\n" : "<tbody>\n");
            if (table.Caption is { } caption)
            {
                sb.Append("<tr class=\"item\"><th colspan=\"").Append(table.Columns).Append("\" scope=\"colgroup\">").Append(Encode(caption)).Append("</th></tr>\n");
            }

            for (var r = 0; r < table.Rows.Length; r++)
            {
                var row = table.Rows[r];
                if (split && !row.IsHeader && (r == 0 || table.Rows[r - 1].IsHeader))
                {
                    sb.Append("</thead>\n<tbody>\n");
                }

                sb.Append("<tr>");
                foreach (var cell in row.Cells)
                {
                    WriteCell(sb, cell, report);
                }

                sb.Append("</tr>\n");
            }

            sb.Append("</tbody>\n");
        }

        sb.Append("</table>\n");
    }

    private static void WriteCell(StringBuilder sb, LayoutCell cell, AnnualReport report)
    {
        var (tag, cls) = cell.Kind switch
        {
            LayoutCellKind.Value => ("td", " class=\"num\""),
            LayoutCellKind.Label => ("td", " class=\"label\""),
            _ => ("th", ""),
        };
        sb.Append('<').Append(tag).Append(cls);
        if (cell.ColSpan > 1)
        {
            sb.Append(" colspan=\"").Append(cell.ColSpan).Append('"');
        }

        if (cell.RowSpan > 1)
        {
            sb.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
        }

        sb.Append('>').Append(Encode(TableLayout.TextOf(cell, report))).Append("</").Append(tag).Append('>');
    }

    /// <summary>Escapes the five HTML-significant characters; everything else stays readable UTF-8.</summary>
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => ch.ToString(),
            });
        }

        return sb.ToString();
    }
}
