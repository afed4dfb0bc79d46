using System.Text;

namespace Gongkai.Cli.Tests.Support;

/// <summary>The seed corpus (content files of this project) and the invalid inputs the CLI must refuse.</summary>
public static class Inputs
{
    static Inputs() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string SeedDirectory => Path.Join(AppContext.BaseDirectory, "seeds");

    public static string GoldenDirectory => Path.Join(AppContext.BaseDirectory, "golden");

    public static IReadOnlyList<string> Seeds => [.. Directory.GetFiles(SeedDirectory, "*.txt").Order(StringComparer.Ordinal)];

    public static string Seed(int index) => Seeds[index];

    /// <summary>
    /// Binary data no reader takes: the start of an ELF executable with zero bytes. (PNG, PDF and office files
    /// are formats Gongkai reads now, so they are no longer "binary".)
    /// </summary>
    public static byte[] Binary { get; } =
        [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
         0x02, 0x00, 0x3E, 0x00, 0x01, 0x00, 0x00, 0x00, 0x40, 0x10, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00,
         0x40, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x88, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];

    /// <summary>Chinese prose with no table and no section of an annual report.</summary>
    public static string Prose { get; } = string.Concat(Enumerable.Repeat(
        "春天来了，公园里的花都开了。周末我们一家人去爬山，山上的空气很新鲜，远处的村庄静静地躺在阳光下。\n" +
        "中午在山顶吃了自带的午饭，下午沿着小溪慢慢走回来，孩子们捡了很多好看的石头。\n\n", 5));

    public static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. new UTF8Encoding(false).GetBytes(text)],
        "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        "gbk" => Encoding.GetEncoding("GBK", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes(text),
        "gb18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
    };
}
