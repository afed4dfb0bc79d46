using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Reports;

namespace Gongkai.Writing;

/// <summary>
/// Writes a report as a Word document in the layout government reports are published in: A4 with the margins of
/// GB/T 9704 《党政机关公文格式》 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), title 方正小标宋简体 二号
/// centred, headings 黑体 and body 仿宋_GB2312 三号 on a 28 pt line, and the tables of
/// 国办公开办函〔2021〕30号 / 〔2019〕60号 with their merged cells.
/// </summary>
public static class DocxWriter
{
    /// <summary>The media type of a .docx file, for downloads and mail attachments.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Writes the document to <paramref name="stream"/> (any writable stream; it need not seek).</summary>
    public static void Write(AnnualReport report, Stream stream)
    {
        var bytes = ToBytes(report);
        stream.Write(bytes, 0, bytes.Length);
    }

    public static byte[] ToBytes(AnnualReport report)
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxFonts.Styles();
            main.AddNewPart<FontTablePart>().Fonts = DocxFonts.FontTable();
            main.Document = new Document(Body(report));
            document.PackageProperties.Title = ReportText.Title(report);
            document.PackageProperties.Language = "zh-CN";
        }

        return memory.ToArray();
    }

    private static Body Body(AnnualReport report)
    {
        var body = new Body(Paragraph(ReportText.Title(report), DocxFonts.Title, DocxFonts.TitleSize, title: true));
        foreach (var section in ReportText.Sections(report))
        {
            var heading = Paragraph(section.Heading, DocxFonts.Heading, DocxFonts.BodySize, title: false);
            if (section.Kind == SectionKind.Applications && section.Tables.Count > 0)
            {
                // Table 三 is a page long: start it on a fresh page so its merged row labels are not cut by a page break.
                heading.ParagraphProperties!.PageBreakBefore = new PageBreakBefore();
            }

            if (section.Tables.Count > 0)
            {
                heading.ParagraphProperties!.KeepNext = new KeepNext();
            }

            body.Append(heading);
            foreach (var paragraph in section.Paragraphs)
            {
                body.Append(Paragraph(paragraph, DocxFonts.Body, DocxFonts.BodySize, title: false));
            }

            if (section.Tables.Count > 0)
            {
                body.Append(DocxTables.Build(section.Tables, report));

                // Word needs a paragraph between a table and whatever follows it.
                body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto })));
            }
        }

        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 2098, Bottom = 1984, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U }));
        return body;
    }

    /// <summary>The title centred with a blank line after it; headings and body indented two characters on a fixed 28 pt line.</summary>
    private static Paragraph Paragraph(string text, string font, int halfPoints, bool title)
    {
        var properties = title
            ? new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "560", Line = "700", LineRule = LineSpacingRuleValues.Exact },
                new Justification { Val = JustificationValues.Center })
            : new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "560", LineRule = LineSpacingRuleValues.Exact },
                new Indentation { FirstLine = "640", FirstLineChars = 200 },
                new Justification { Val = JustificationValues.Both });
        return new Paragraph(properties, DocxFonts.Run(text, font, halfPoints));
    }
}
