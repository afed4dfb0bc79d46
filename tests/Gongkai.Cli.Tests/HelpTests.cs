using Gongkai.Cli.Tests.Support;

namespace Gongkai.Cli.Tests;

public sealed class HelpTests
{
    [Theory]
    [InlineData("")]
    [InlineData("parse")]
    [InlineData("check")]
    [InlineData("render")]
    public async Task EveryHelpPageDocumentsTheExitCodes(string command)
    {
        var run = await CliRun.Of(command.Length == 0 ? ["--help"] : [command, "--help"]);

        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Contains(ExitCodes.Help.Split('\n')[0], run.Stdout);
        foreach (var code in new[] { "0  ", "1  ", "2  ", "3  " })
        {
            Assert.Contains(run.StdoutLines, line => line.StartsWith(code, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task TheHelpIsChineseWithEnglishInParentheses()
    {
        var run = await CliRun.Of("--help");

        Assert.Contains("读取年度报告，输出规范 JSON（含诊断）（read reports", run.Stdout);
        Assert.Contains("显示帮助和用法（show help and usage）", run.Stdout);
        Assert.Contains("用法", run.Stdout);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("parse")]
    [InlineData("check")]
    [InlineData("render x.txt")]
    [InlineData("render x.txt --to pdf")]
    [InlineData("check x.txt --lang fr")]
    public async Task ABadCommandLineExitsWith2AndNoStackTrace(string commandLine)
    {
        var run = await CliRun.Of(commandLine.Split(' '));

        Assert.Equal(ExitCodes.Unreadable, run.Exit);
        Assert.All(run.StderrLines, line => Assert.StartsWith("gongkai: ", line));
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.Empty(run.Stdout);
    }
}
