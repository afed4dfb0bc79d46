using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using Gongkai.Diagnostics;
using Gongkai.Reading;

namespace Gongkai.Core.Tests.Reading.Scan;

/// <summary>Limits and damage: what the scan reader refuses, and how fast.</summary>
public sealed class ScanLimitTests
{
    [Fact]
    public void AFiftyMegapixelPngIsRefusedWithGK0113BeforeItIsDecoded()
    {
        var png = Png(7100, 7100); // 50.4 megapixels, a few kilobytes
        var clock = Stopwatch.StartNew();

        var outcome = ReportPipeline.Default.Read(png, "huge.png");

        Assert.Contains(outcome.Diagnostics, d => d.Code == DiagnosticCodes.LimitExceeded.Code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
    }

    [Fact]
    public void ATruncatedPngIsCorruptGK0115()
    {
        var png = Png(1200, 900, stripes: true);

        var outcome = ReportPipeline.Default.Read(png[..(png.Length / 2)], "cut.png");

        Assert.Null(outcome.Report);
        Assert.Contains(outcome.Diagnostics, d => d.Code == DiagnosticCodes.Corrupt.Code);
    }

    [Fact]
    public void MorePagesThanTheLimitIsGK0113()
    {
        var dir = Directory.CreateTempSubdirectory("gongkai-scan-pages-");
        try
        {
            var page = Path.Combine(dir.FullName, "page.png");
            File.WriteAllBytes(page, Png(300, 200, stripes: true));
            var tif = Path.Combine(dir.FullName, "three.tif");
            ScanTools.Convert(page, page, page, tif);

            var grid = ScanReader.ReadImage(File.ReadAllBytes(tif), "three.tif", ReadOptions.Default with { MaxPages = 2 });

            Assert.Contains(grid.Diagnostics, d => d.Code == DiagnosticCodes.LimitExceeded.Code);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void AReadOverTheTimeLimitIsGK0112()
    {
        var grid = ScanReader.ReadImage(Png(1200, 900, stripes: true), "slow.png", ReadOptions.Default with { TimeLimit = TimeSpan.FromMilliseconds(1) });

        Assert.Contains(grid.Diagnostics, d => d.Code == DiagnosticCodes.TimeLimit.Code);
    }

    [Fact]
    public void AMissingLanguageModelIsGK0110NamingTheDebianPackages()
    {
        var page = new GrayImage(40, 20, Enumerable.Repeat((byte)255, 800).ToArray()).ToPgm();

        var (_, problem) = Tesseract.Read([page], ["-l", "no_such_model", "--psm", "7"], SourceLocation.None, TimeSpan.FromSeconds(60));

        Assert.Equal(DiagnosticCodes.ToolMissing.Code, problem?.Code);
        Assert.Contains("tesseract-ocr-chi-sim", problem!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, "PNG")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "JPEG")]
    [InlineData(new byte[] { (byte)'I', (byte)'I', (byte)'*', 0 }, "TIFF")]
    [InlineData(new byte[] { (byte)'M', (byte)'M', 0, (byte)'*' }, "TIFF")]
    public void ImagesAreRecognizedByTheirSignature(byte[] head, string format)
    {
        Assert.Equal(format, ImageReader.Signature(head));
        Assert.True(new ImageReader().CanRead(head));
    }

    [Theory]
    [InlineData("%PDF-1.7")]
    [InlineData("GIF89a")]
    [InlineData("一、总体情况")]
    public void OtherContentIsNotTakenForAnImage(string text)
    {
        Assert.False(new ImageReader().CanRead(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>A 1-bit grayscale PNG written by hand: white, or with black stripes so that it has content.</summary>
    internal static byte[] Png(int width, int height, bool stripes = false)
    {
        var stride = (width + 7) / 8;
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(raw, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[stride + 1];
            for (var y = 0; y < height; y++)
            {
                Array.Fill(row, (byte)0xFF);
                row[0] = 0;
                if (stripes && y % 40 < 4)
                {
                    Array.Fill(row, (byte)0x00, 1, stride);
                }

                z.Write(row);
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 1; // bit depth
        header[9] = 0; // grayscale
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        s.Write(length);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        s.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        s.Write(crc);
    }

    /// <summary>The CRC-32 PNG chunks carry (ISO 3309, reflected, polynomial 0xEDB88320).</summary>
    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
