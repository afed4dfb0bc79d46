using System.Text;
using Gongkai.Diagnostics;
using Gongkai.Core.Tests.Support;
using Gongkai.Reading;

namespace Gongkai.Core.Tests.Reading;

/// <summary>Bad input gets one clear diagnostic naming the file and the reason; nothing throws.</summary>
public sealed class InvalidInputTests
{
    public static TheoryData<string, byte[], string> BadInputs() => new()
    {
        { "empty file", [], DiagnosticCodes.FileEmpty.Code },
        { "only whitespace", Encoding.UTF8.GetBytes(" \r\n\t \n"), DiagnosticCodes.FileEmpty.Code },
        { "a PNG cut off after its header", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0], DiagnosticCodes.Corrupt.Code },
        { "an ELF executable", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0, 1, 0, 0, 0], DiagnosticCodes.FileBinary.Code },
        { "random bytes", RandomBytes(4096), DiagnosticCodes.FileBinary.Code },
        { "Chinese prose that is not a report", Encoding.UTF8.GetBytes("今天天气很好，我们去公园散步。\n公园里有很多人在跳舞。\n"), DiagnosticCodes.NotAReport.Code },
        { "English text", Encoding.UTF8.GetBytes("The quick brown fox jumps over the lazy dog.\n"), DiagnosticCodes.NotAReport.Code },
    };

    private static byte[] RandomBytes(int n)
    {
        var bytes = new byte[n];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void BadInputGivesOneDocumentedErrorAndNoReport(string what, byte[] bytes, string code)
    {
        var outcome = ReportPipeline.Default.Read(bytes, "bad.txt");
        Assert.True(outcome.Unreadable, what);
        var error = Assert.Single(outcome.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(code, error.Code);
        Assert.StartsWith("bad.txt", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileIsReportedByName()
    {
        var outcome = ReportPipeline.Default.ReadFile("/nonexistent/report.txt");
        Assert.True(outcome.Unreadable);
        Assert.Equal(DiagnosticCodes.FileUnreadable.Code, Assert.Single(outcome.Diagnostics).Code);
        Assert.Contains("/nonexistent/report.txt", outcome.Diagnostics[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void OversizedFileIsRefusedBeforeReading()
    {
        var pipeline = new ReportPipeline([new PlainTextReader()], new ReadOptions(MaxFileBytes: 100));
        var outcome = pipeline.Read(new byte[1000], "big.txt");
        Assert.Equal(DiagnosticCodes.FileTooLarge.Code, Assert.Single(outcome.Diagnostics).Code);
    }

    [Fact]
    public void ATruncatedReportKeepsWhatWasReadAndNamesTheMissingRows()
    {
        var text = File.ReadAllText(TestPaths.SeedTexts.First(), Encoding.UTF8);
        var cut = text[..text.IndexOf("3.要求提供公开出版物", StringComparison.Ordinal)];
        var outcome = ReportPipeline.ReadText(cut, "cut.txt");
        var report = Assert.IsType<Gongkai.Reports.AnnualReport>(outcome.Report);
        Assert.Equal(0m, report["s3.received.natural"]);
        Assert.Null(report["s3.total.total"]);
        Assert.Contains(outcome.Diagnostics, d => d.Code == DiagnosticCodes.RowMissing.Code && d.CellKeys.Contains("s3.total.total"));
        Assert.Contains(outcome.Diagnostics, d => d.Code == DiagnosticCodes.TableMissing.Code);
    }
}
