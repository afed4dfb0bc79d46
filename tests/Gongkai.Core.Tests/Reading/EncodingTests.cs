using System.Text;
using Gongkai.Core.Tests.Support;
using Gongkai.Reading;
using Gongkai.Writing;

namespace Gongkai.Core.Tests.Reading;

public sealed class EncodingTests
{
    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string SeedText(string prefix) =>
        File.ReadAllText(TestPaths.SeedTexts.Single(p => Path.GetFileName(p).StartsWith(prefix, StringComparison.Ordinal)), Encoding.UTF8);

    public static TheoryData<string> Encodings() => ["utf-8-bom", "utf-16le-bom", "utf-16be-bom", "utf-16le", "utf-16be", "gb18030", "gbk"];

    private static byte[] Encode(string text, string name) => name switch
    {
        "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-16le" => Encoding.Unicode.GetBytes(text),
        "utf-16be" => Encoding.BigEndianUnicode.GetBytes(text),
        "gb18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
        _ => Encoding.GetEncoding(936).GetBytes(text),
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void EveryEncodingReadsTheSameReportAsUtf8(string encoding)
    {
        foreach (var prefix in new[] { "001", "003" })
        {
            // GBK has no no-break space (seed 001 prints some): compare on text every encoding can carry.
            var text = SeedText(prefix).Replace('\u00A0', ' ');
            var utf8 = ReportPipeline.Default.Read(Encoding.UTF8.GetBytes(text), "seed.txt");
            var other = ReportPipeline.Default.Read(Encode(text, encoding), "seed.txt");
            Assert.NotNull(other.Report);
            Assert.Equal(CanonicalJson.Write(utf8.Report!), CanonicalJson.Write(other.Report!));
            Assert.DoesNotContain(other.Diagnostics, d => d.Code.StartsWith("GK01", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void GbkBytesAreNotReadAsUtf8Mojibake()
    {
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("东明镇人民政府2024年政府信息公开工作年度报告\n一、总体情况\n本年度未收到政府信息公开申请。");
        var (text, encoding, problem) = TextDecoder.Decode(bytes, "x.txt");
        Assert.Null(problem);
        Assert.Equal("GB18030", encoding);
        Assert.StartsWith("东明镇人民政府", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Big5TextIsDecodedAsBig5()
    {
        var big5 = Encoding.GetEncoding("big5");
        var bytes = big5.GetBytes("二〇二四年政府資訊公開工作年度報告：本年度收到和處理政府資訊公開申請的情況");
        var (text, encoding, _) = TextDecoder.Decode(bytes, "x.txt");
        Assert.Equal("Big5", encoding);
        Assert.Contains("政府資訊公開", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TextInAnEncodingGongkaiDoesNotKnowIsRefusedNotGarbled()
    {
        var bytes = Encoding.GetEncoding(932).GetBytes("これは日本語の文章です。ひらがなとカタカナが多いです。政府情報公開の年次報告ではありません。");
        var outcome = ReportPipeline.Default.Read(bytes, "sjis.txt");
        Assert.True(outcome.Unreadable);
        Assert.Equal(Gongkai.Diagnostics.DiagnosticCodes.EncodingUnknown.Code, Assert.Single(outcome.Diagnostics).Code);
    }
}
