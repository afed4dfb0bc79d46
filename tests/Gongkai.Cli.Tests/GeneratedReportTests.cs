using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Cli.Tests.Support;
using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Writing;

namespace Gongkai.Cli.Tests;

/// <summary>Reports made by the generator, written as text, through the command line.</summary>
[Trait("needs", "recognizer")]
public sealed class GeneratedReportTests
{
    [Theory]
    [InlineData(ReportFormat.Revised2021, TextLayout.CellPerLine)]
    [InlineData(ReportFormat.Revised2021, TextLayout.TabGrid)]
    [InlineData(ReportFormat.Revised2021, TextLayout.Pipe)]
    [InlineData(ReportFormat.Revised2021, TextLayout.Spaces)]
    [InlineData(ReportFormat.Trial2019, TextLayout.TabGrid)]
    public async Task AConsistentReportChecksClean(ReportFormat format, TextLayout layout)
    {
        using var dir = new TempDir();
        var report = Generated.Report(7, format) with { Year = format == ReportFormat.Trial2019 ? 2020 : 2024 };
        var file = Generated.Write(dir, "r.txt", report, layout);

        var run = await CliRun.Of("check", file);

        Assert.True(run.Exit == ExitCodes.Ok, run.ToString());
        Assert.Matches($"^{Regex.Escape(file)}：0 个错误，", run.StdoutLines[^1]);
    }

    [Fact]
    public async Task AWrongRowTotalIsAnErrorWithItsPosition()
    {
        using var dir = new TempDir();
        var report = Generated.Report(11) with { Year = 2024 };
        var broken = report.WithValues([new("s3.received.natural", report["s3.received.natural"]!.Value + 1)]);
        var file = Generated.Write(dir, "broken.txt", broken);

        var run = await CliRun.Of("check", file);

        Assert.Equal(ExitCodes.Findings, run.Exit);
        Assert.Contains(run.StdoutLines, line => Regex.IsMatch(line, $@"^{Regex.Escape(file)}\(\d+,\d+\): error {DiagnosticCodes.RowTotal.Code}: "));
    }

    [Fact]
    public async Task ParseGivesBackTheCellsThatWereWritten()
    {
        using var dir = new TempDir();
        var report = Generated.Report(23);
        var file = Generated.Write(dir, "r.txt", report, TextLayout.Spaces);

        var run = await CliRun.Of("parse", file);

        Assert.Equal(ExitCodes.Ok, run.Exit);
        using var expected = JsonDocument.Parse(CanonicalJson.Write(report));
        using var actual = JsonDocument.Parse(run.Stdout);
        Assert.Equal(expected.RootElement.GetProperty("cells").ToString(), actual.RootElement.GetProperty("cells").ToString());
    }

    [Fact]
    public async Task ManyFilesArePlainProgressLinesWhenStderrIsNotATerminal()
    {
        using var dir = new TempDir();
        for (var i = 0; i < Batch.PlainProgressThreshold + 20; i++)
        {
            Generated.Write(dir, $"in/r{i:D3}.txt", Generated.Report(i), (TextLayout)(i % 4));
        }

        var run = await CliRun.Of("parse", dir["in"], "-o", dir["out"]);

        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Equal(Batch.PlainProgressThreshold + 20, Directory.GetFiles(dir["out"], "*.json").Length);
        Assert.Contains($"gongkai: 解析（parse） {Batch.PlainProgressThreshold + 20}/{Batch.PlainProgressThreshold + 20}", run.StderrLines);
        Assert.DoesNotContain(run.StderrLines, line => line.Contains("error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ManyFilesOnATerminalDrawAProgressBarAndGiveTheSameResults()
    {
        using var dir = new TempDir();
        for (var i = 0; i < 12; i++)
        {
            Generated.Write(dir, $"in/r{i:D2}.txt", Generated.Report(i));
        }

        dir.Write("in/zz-empty.txt", []);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await Cli.RunAsync(["check", dir["in"]], stdout, stderr, stderrIsTerminal: true);

        Assert.Equal(ExitCodes.Unreadable, exit);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("共 13 个文件：", lines[^1]);
        Assert.Equal($"{dir["in/zz-empty.txt"]}：无法读取", lines[^2]);
    }
}
