using System.IO.Compression;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Writing;

namespace Gongkai.Casework.Notices;

/// <summary>
/// Writes a <see cref="Notice"/> in the layout of 《党政机关公文格式》 (GB/T 9704-2012): A4, margins top 37 mm, bottom
/// 35 mm, left 28 mm, right 26 mm; title 方正小标宋简体 二号 centred; 文号 centred under it; body 仿宋_GB2312 三号 on a
/// fixed 28.9 pt line (22 lines a page), indented two characters; 署名 centred over the 成文日期, which stands four
/// characters from the right margin; the contact as 附注 below.
/// </summary>
/// <remarks>Deterministic: the same notice gives the same text; the date printed is <see cref="Notice.Dated"/>.</remarks>
public static class NoticeWriter
{
    private const string Line = "578"; // 28.9 pt in twentieths of a point
    private const int CharTwips = 320; // one 三号 (16 pt) character
    private static readonly DateTimeOffset ZipEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The notice as plain text, one paragraph per line (blank lines included), as the DOCX has them.</summary>
    /// <exception cref="ArgumentException">A field <see cref="Notice.Kind"/> needs is missing.</exception>
    public static string PlainText(Notice notice) => string.Concat(NoticeText.Lines(notice).Select(l => l.Text + "\n"));

    /// <summary>The notice as a Word document.</summary>
    /// <exception cref="ArgumentException">A field <see cref="Notice.Kind"/> needs is missing.</exception>
    public static byte[] Docx(Notice notice)
    {
        var lines = NoticeText.Lines(notice);
        var date = lines.First(l => l.Role == NoticeRole.Date).Text;
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            // Fixed relationship ids and our own core.xml: the defaults are random GUIDs (see Reproducible).
            var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rMain");
            main.AddNewPart<StyleDefinitionsPart>("rStyles").Styles = DocxFonts.Styles();
            main.AddNewPart<FontTablePart>("rFonts").Fonts = DocxFonts.FontTable();
            // 落款 and date never stand on a page of their own: from the last body paragraph on, each keeps with the next.
            var lastBody = lines.ToList().FindLastIndex(l => l.Role == NoticeRole.Body);
            var body = new Body(lines.Select((l, i) => Paragraph(l, date, keepWithNext: i >= lastBody && i < lines.Count - 1)));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U }));
            main.Document = new Document(body);
            using var core = document.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rCore").GetStream(FileMode.Create);
            using var writer = new StreamWriter(core, new UTF8Encoding(false));
            writer.Write(CoreProperties(lines[0].Text));
        }

        return Reproducible(memory);
    }

    private static string CoreProperties(string title) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + $"<dc:title>{SecurityElement.Escape(title)}</dc:title><dc:language>zh-CN</dc:language></cp:coreProperties>";

    /// <summary>
    /// The package with every zip entry dated 1980-01-01 (the zip epoch): System.IO.Packaging stamps entries with the
    /// time of writing, and the same notice should give the same bytes.
    /// </summary>
    private static byte[] Reproducible(MemoryStream package)
    {
        using (var zip = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in zip.Entries)
            {
                entry.LastWriteTime = ZipEpoch;
            }
        }

        return package.ToArray();
    }

    private static Paragraph Paragraph(NoticeLine line, string date, bool keepWithNext)
    {
        var properties = line.Role switch
        {
            NoticeRole.Title => Properties(JustificationValues.Center, "700"),
            NoticeRole.DocumentNumber => Properties(JustificationValues.Center, Line),
            NoticeRole.Blank or NoticeRole.Recipient => Properties(JustificationValues.Both, Line),
            NoticeRole.Body or NoticeRole.Note => Properties(JustificationValues.Both, Line, new Indentation { FirstLine = "640", FirstLineChars = 200 }),
            NoticeRole.Signature => Properties(JustificationValues.Right, Line, new Indentation { Right = SignatureIndent(line.Text, date).ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            NoticeRole.Date => Properties(JustificationValues.Right, Line, new Indentation { Right = (4 * CharTwips).ToString(System.Globalization.CultureInfo.InvariantCulture), RightChars = 400 }),
            _ => throw new ArgumentOutOfRangeException(nameof(line), line.Role, null),
        };
        if (keepWithNext)
        {
            properties.KeepNext = new KeepNext();
        }

        var paragraph = new Paragraph(properties);
        if (line.Text.Length > 0)
        {
            paragraph.Append(line.Role == NoticeRole.Title
                ? DocxFonts.Run(line.Text, DocxFonts.Title, DocxFonts.TitleSize)
                : DocxFonts.Run(line.Text, DocxFonts.Body, DocxFonts.BodySize));
        }

        return paragraph;
    }

    private static ParagraphProperties Properties(JustificationValues justification, string line, Indentation? indentation = null)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0", Line = line, LineRule = LineSpacingRuleValues.Exact });
        if (indentation is not null)
        {
            properties.Append(indentation);
        }

        properties.Append(new Justification { Val = justification });
        return properties;
    }

    /// <summary>The right indent that centres the 署名 over the date, which ends four characters from the margin (GB/T 9704 §7.3.5.1).</summary>
    private static int SignatureIndent(string agency, string date) =>
        Math.Max(0, (4 * CharTwips) + ((TextWidth.Of(date) - TextWidth.Of(agency)) * CharTwips / 4));
}
