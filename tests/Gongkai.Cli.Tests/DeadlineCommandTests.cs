using Gongkai.Cli.Tests.Support;

namespace Gongkai.Cli.Tests;

/// <summary><c>gongkai deadline START --working-days N</c>: the due date first, then the explanation; bad input is one line and exit 2.</summary>
public sealed class DeadlineCommandTests
{
    [Fact]
    public async Task TheDueDateIsTheFirstLineAndTheExplanationFollows()
    {
        var run = await CliRun.Of("deadline", "2025-01-27", "--working-days", "20");
        Assert.Equal(0, run.Exit);
        Assert.Equal(
            ["2025-03-03", "20 个工作日：自 2025-01-27 起（当日不计），跳过春节 1/28–2/4，2/8 调休上班计入，跳过周末 7 天；届满日 2025-03-03。"],
            run.StdoutLines);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public async Task ADeadlineIn2027PrintsTheEstimateAndWarnsOnStderr()
    {
        var run = await CliRun.Of("deadline", "2026-12-21", "-n", "10");
        Assert.Equal(0, run.Exit);
        Assert.Equal("2027-01-04", run.StdoutLines[0]);
        Assert.Contains("日历没有 2027 年的节假日安排", run.StdoutLines[1], StringComparison.Ordinal);
        Assert.Single(run.StderrLines);
        Assert.StartsWith("gongkai: 警告：", run.StderrLines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-13-01", "20", "起算日")]
    [InlineData("27/01/2025", "20", "起算日")]
    [InlineData("2025-01-27", "0", "工作日数")]
    [InlineData("2025-01-27", "-3", "工作日数")]
    [InlineData("2025-01-27", "二十", "工作日数")]
    [InlineData("2025-01-27", "3651", "工作日数")]
    public async Task InvalidInputIsOneChineseLineAndExitCode2(string start, string days, string names)
    {
        var run = await CliRun.Of("deadline", start, "--working-days", days);
        Assert.Equal(2, run.Exit);
        Assert.Empty(run.Stdout);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith("gongkai: " + names, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingWorkingDaysOptionIsOneLineAndExitCode2()
    {
        var run = await CliRun.Of("deadline", "2025-01-27");
        Assert.Equal(2, run.Exit);
        Assert.Equal("gongkai: 须给出工作日数 --working-days N（--working-days N is required）", Assert.Single(run.StderrLines));
    }
}
