using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Cli.Tests.Support;
using Gongkai.Diagnostics;

namespace Gongkai.Cli.Tests;

public sealed partial class CheckCommandTests
{
    [GeneratedRegex(@"^.+?(\(\d+,\d+\)|\(page \d+\))?: (error|warning|info) GK\d{4}: .+$")]
    private static partial Regex FindingLine();

    [Fact]
    public async Task EveryLineIsAFindingInCompilerShapeOrTheSummary()
    {
        var seed = Inputs.Seed(0);

        var run = await CliRun.Of("check", seed);

        var lines = run.StdoutLines;
        Assert.Matches(@"^.+：\d+ 个错误，\d+ 个警告，\d+ 条提示$", lines[^1]);
        Assert.StartsWith(seed + "：", lines[^1]);
        Assert.All(lines[..^1], line => Assert.Matches(FindingLine(), line));
        Assert.All(lines[..^1], line => Assert.StartsWith(seed, line));
    }

    [Fact]
    public async Task TheExitCodeIs1ExactlyWhenThereIsAnErrorLevelFinding()
    {
        foreach (var seed in Inputs.Seeds)
        {
            var run = await CliRun.Of("check", seed, "--json");

            using var json = JsonDocument.Parse(run.Stdout);
            var errors = json.RootElement[0].GetProperty("errors").GetInt32();
            Assert.Equal(errors > 0 ? ExitCodes.Findings : ExitCodes.Ok, run.Exit);
        }
    }

    [Fact]
    public async Task JsonOutputIsAnArrayWithOneEntryPerFileInPathOrder()
    {
        using var dir = new TempDir();
        var b = dir.Copy(Inputs.Seed(0), "b.txt");
        var a = dir.Write("a.txt", []);

        var run = await CliRun.Of("check", b, a, "--json");

        Assert.Equal(ExitCodes.Unreadable, run.Exit);
        using var json = JsonDocument.Parse(run.Stdout);
        var entries = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal([a, b], entries.Select(e => e.GetProperty("file").GetString()));
        Assert.False(entries[0].GetProperty("readable").GetBoolean());
        Assert.Equal(DiagnosticCodes.FileEmpty.Code, Assert.Single(entries[0].GetProperty("findings").EnumerateArray()).GetProperty("code").GetString());
        Assert.True(entries[1].GetProperty("readable").GetBoolean());
    }

    [Fact]
    public async Task FindingsAreSortedByPosition()
    {
        foreach (var seed in Inputs.Seeds)
        {
            var run = await CliRun.Of("check", seed, "--json");

            using var json = JsonDocument.Parse(run.Stdout);
            var positions = json.RootElement[0].GetProperty("findings").EnumerateArray()
                .Select(f => (Line: f.TryGetProperty("line", out var l) ? l.GetInt32() : 0, Column: f.TryGetProperty("column", out var c) ? c.GetInt32() : 0))
                .ToArray();
            Assert.Equal(positions.Order(), positions);
        }
    }

    [Fact]
    public async Task AnUnreadableFileWinsOverErrorLevelFindings()
    {
        using var dir = new TempDir();
        var good = dir.Copy(Inputs.Seed(0), "good.txt");
        var empty = dir.Write("empty.txt", []);

        var run = await CliRun.Of("check", good, empty);

        Assert.Equal(ExitCodes.Unreadable, run.Exit);
        Assert.Contains($"{good}：", run.Stdout);
        Assert.Contains($"{empty}：无法读取", run.StdoutLines);
        Assert.StartsWith("共 2 个文件：", run.StdoutLines[^1]);
    }

    [Fact]
    public async Task EnglishMessagesOnRequest()
    {
        using var dir = new TempDir();
        var empty = dir.Write("empty.txt", []);

        var run = await CliRun.Of("check", empty, "--lang", "en");

        Assert.Equal([$"{empty}: error GK0102: the file is empty", $"{empty}: unreadable"], run.StdoutLines);
    }

    [Fact]
    public async Task AnUnreadablePreviousReportStopsTheCheck()
    {
        using var dir = new TempDir();

        var run = await CliRun.Of("check", Inputs.Seed(0), "--previous", dir["missing.txt"]);

        Assert.Equal(ExitCodes.Unreadable, run.Exit);
        Assert.StartsWith($"{dir["missing.txt"]}: error {DiagnosticCodes.FileUnreadable.Code}: ", Assert.Single(run.StderrLines));
    }

    [Fact]
    public async Task APreviousReportIsAccepted()
    {
        var run = await CliRun.Of("check", Inputs.Seed(1), "--previous", Inputs.Seed(0));

        Assert.InRange(run.Exit, ExitCodes.Ok, ExitCodes.Findings);
        Assert.Empty(run.Stderr);
    }
}
