using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Casework.Fees;
using Gongkai.Casework.Notices;
using Gongkai.Casework.Statistics;

namespace Gongkai.Core.Tests.Casework.Notices;

/// <summary>The DOCX opens with DocumentFormat.OpenXml and has the layout of GB/T 9704-2012.</summary>
public sealed class NoticeDocxTests
{
    private static readonly Notice Sample = SomeNotice.Decision(ApplicationOutcome.Disclosed, "现将所申请信息随本答复书一并提供。") with
    { Contact = new Contact("李四", "0311-12345678") };

    private static T Open<T>(Notice notice, Func<Body, T> read)
    {
        using var stream = new MemoryStream(NoticeWriter.Docx(notice));
        using var document = WordprocessingDocument.Open(stream, false);
        return read(document.MainDocumentPart!.Document!.Body!);
    }

    public static TheoryData<Notice> AllKinds =>
    [
        Sample,
        SomeNotice.Of(NoticeKind.Correction, "请明确年度。") with { Deadline = new DateOnly(2026, 11, 30) },
        SomeNotice.Of(NoticeKind.Extension) with { Deadline = new DateOnly(2026, 12, 28) },
        SomeNotice.Of(NoticeKind.FeeDemand, "缴费方式：银行转账。") with { Fee = InformationProcessingFees.ForPages(150) },
        SomeNotice.Of(NoticeKind.ThirdPartyConsultation, "涉及贵公司投标报价。"),
        SomeNotice.Of(NoticeKind.ReasonsRequest, "本月已提出申请86件。") with { Deadline = new DateOnly(2026, 11, 30) },
        SomeNotice.Of(NoticeKind.Deferral, "所需信息分散在各乡镇，需逐一调取。") with { Deadline = new DateOnly(2027, 2, 26) },
        SomeNotice.Of(NoticeKind.Acknowledgment, "查询码：7H3K-Q9PX-M2WD。") with { Deadline = new DateOnly(2026, 11, 30) },
    ];

    [Fact]
    public void ControlCharactersPastedIntoARequestNeverBreakTheDocument()
    {
        var notice = SomeNotice.Decision(ApplicationOutcome.Disclosed, "见\u0001附件\u000B。") with
        {
            Request = SomeNotice.Request with { Content = "名单\u0001\u000B\uFFFF\uD800" },
        };
        var text = NoticeWriter.PlainText(notice);
        Assert.Contains("“名单”", text);
        Assert.Contains("见附件。", text);
        Assert.DoesNotContain(text, c => char.IsControl(c) && c != '\n');
        using var stream = new MemoryStream(NoticeWriter.Docx(notice));
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        Assert.Contains("名单", document.MainDocumentPart!.Document.Body!.InnerText);
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void TheDocxParagraphsAreThePlainTextLines(Notice notice)
    {
        var paragraphs = Open(notice, body => body.Elements<Paragraph>().Select(p => p.InnerText).ToArray());
        Assert.Equal(NoticeWriter.PlainText(notice).Split('\n')[..^1], paragraphs);
    }

    [Fact]
    public void ThePageIsA4WithTheMarginsOfGbT9704()
    {
        var section = Open(Sample, body => body.Elements<SectionProperties>().Single().CloneNode(true));
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((11906U, 16838U), (size.Width!.Value, size.Height!.Value)); // 210 × 297 mm
        Assert.Equal((2098, 1984, 1588U, 1474U), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value)); // 37/35/28/26 mm
    }

    [Fact]
    public void TheTitleIsCentred小标宋二号AndTheDocumentNumberFollowsIt()
    {
        var (title, number) = Open(Sample, body =>
        {
            var p = body.Elements<Paragraph>().ToArray();
            return (p[0].CloneNode(true), p[1].CloneNode(true));
        });
        Assert.Equal("政府信息公开申请答复书", title.InnerText);
        var run = title.Descendants<RunProperties>().Single();
        Assert.Equal("方正小标宋简体", run.RunFonts!.EastAsia!.Value);
        Assert.Equal("44", run.FontSize!.Val!.Value); // 二号 22 pt
        Assert.Equal(JustificationValues.Center, title.Descendants<Justification>().Single().Val!.Value);
        Assert.Equal("X政公开〔2026〕12号", number.InnerText);
    }

    [Fact]
    public void TheBodyIs仿宋GB2312三号OnA289PointLineIndentedTwoCharacters()
    {
        var body = Open(Sample, b => b.Elements<Paragraph>().Single(p => p.InnerText.StartsWith("现将所申请信息", StringComparison.Ordinal)).CloneNode(true));
        var run = body.Descendants<RunProperties>().Single();
        Assert.Equal("仿宋_GB2312", run.RunFonts!.EastAsia!.Value);
        Assert.Equal("32", run.FontSize!.Val!.Value); // 三号 16 pt
        var spacing = body.Descendants<SpacingBetweenLines>().Single();
        Assert.Equal(("578", LineSpacingRuleValues.Exact), (spacing.Line!.Value, spacing.LineRule!.Value));
        Assert.Equal(200, body.Descendants<Indentation>().Single().FirstLineChars!.Value);
    }

    [Fact]
    public void TheSignatureAndDateAreRightAlignedWithTheDateFourCharactersIn()
    {
        var (signature, date) = Open(Sample, body =>
        {
            var p = body.Elements<Paragraph>().ToArray();
            return (p.Single(x => x.InnerText == "X市人民政府办公室").CloneNode(true), p.Single(x => x.InnerText == "二〇二六年十一月二十二日").CloneNode(true));
        });
        Assert.Equal(JustificationValues.Right, signature.Descendants<Justification>().Single().Val!.Value);
        Assert.Equal(JustificationValues.Right, date.Descendants<Justification>().Single().Val!.Value);
        Assert.Equal("1280", date.Descendants<Indentation>().Single().Right!.Value); // 4 × 16 pt
        // 署名 (9 characters, of which X is half-width: 17 columns) centred over the 12-character date: 4 + (24 − 17) / 4 characters.
        Assert.Equal("1840", signature.Descendants<Indentation>().Single().Right!.Value);
        Assert.NotNull(signature.Descendants<KeepNext>().SingleOrDefault()); // 落款 never alone on a page
    }

    [Fact]
    public void TheFontTableNamesTheGovernmentFonts()
    {
        using var stream = new MemoryStream(NoticeWriter.Docx(Sample));
        using var document = WordprocessingDocument.Open(stream, false);
        var fonts = document.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>().Select(f => f.Name!.Value).ToArray();
        Assert.Contains("仿宋_GB2312", fonts);
        Assert.Contains("方正小标宋简体", fonts);
        Assert.Equal("政府信息公开申请答复书", document.PackageProperties.Title);
    }

    [Fact]
    public void TheSameNoticeGivesTheSameBytes() => Assert.Equal(NoticeWriter.Docx(Sample), NoticeWriter.Docx(Sample));

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void TheDocxIsValidOpenXml(Notice notice)
    {
        using var stream = new MemoryStream(NoticeWriter.Docx(notice));
        using var document = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }
}
