using System.Text.Json;
using Gongkai.Cli.Tests.Support;
using Gongkai.Diagnostics;

namespace Gongkai.Cli.Tests;

public sealed class ParseCommandTests
{
    [Fact]
    public async Task OneFileWithoutOutputDirectoryPrintsCanonicalJsonWithDiagnostics()
    {
        var run = await CliRun.Of("parse", Inputs.Seed(0));

        Assert.Equal(ExitCodes.Ok, run.Exit);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("annual-report/1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("diagnostics").ValueKind);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public async Task OutputFilesAreNamedAfterTheInputWithoutItsExtension()
    {
        using var dir = new TempDir();
        var a = dir.Copy(Inputs.Seed(0), "in/a.txt");
        var b = dir.Copy(Inputs.Seed(1), "in/b.report.txt");
        var c = dir.Copy(Inputs.Seed(2), "in/c");

        var run = await CliRun.Of("parse", a, b, c, "-o", dir["out"]);

        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Equal(["a.json", "b.report.json", "c.json"], Names(dir["out"]));
    }

    [Fact]
    public async Task DirectoriesAreSearchedRecursivelyAndHiddenFilesAreSkipped()
    {
        using var dir = new TempDir();
        dir.Copy(Inputs.Seed(0), "in/x.txt");
        dir.Copy(Inputs.Seed(1), "in/sub/deeper/y.txt");
        dir.Copy(Inputs.Seed(2), "in/.hidden.txt");
        dir.Copy(Inputs.Seed(3), "in/.git/z.txt");

        var run = await CliRun.Of("parse", dir["in"], "-o", dir["out"]);

        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Equal(["x.json", "y.json"], Names(dir["out"]));
    }

    [Fact]
    public async Task TheSeedsAllGetAnOutputFile()
    {
        using var dir = new TempDir();

        var run = await CliRun.Of("parse", Inputs.SeedDirectory, "-o", dir["out"]);

        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Equal(Inputs.Seeds.Select(s => Path.GetFileNameWithoutExtension(s) + ".json"), Names(dir["out"]));
    }

    [Fact]
    public async Task GoodAndBadFilesInOneCallTheGoodAreWrittenAndEachBadOneIsNamed()
    {
        using var dir = new TempDir();
        dir.Copy(Inputs.Seed(0), "in/1-good.txt");
        var empty = dir.Write("in/2-empty.txt", []);
        var png = dir.Write("in/3-program.png", Inputs.Binary);
        dir.Copy(Inputs.Seed(1), "in/4-good.txt");
        var missing = dir["in/5-missing.txt"];

        var run = await CliRun.Of("parse", dir["in"], missing, "-o", dir["out"]);

        Assert.Equal(ExitCodes.Unreadable, run.Exit);
        Assert.Equal(["1-good.json", "4-good.json"], Names(dir["out"]));
        var lines = run.StderrLines;
        Assert.Equal(4, lines.Length);
        Assert.StartsWith($"{empty}: error {DiagnosticCodes.FileEmpty.Code}: ", lines[0]);
        Assert.StartsWith($"{png}: error {DiagnosticCodes.FileBinary.Code}: ", lines[1]);
        Assert.StartsWith($"{missing}: error {DiagnosticCodes.FileUnreadable.Code}: ", lines[2]);
        Assert.StartsWith("gongkai: 解析 5 个文件，写出 2 个 JSON", lines[3]);
    }

    [Fact]
    public async Task TheOrderOfArgumentsDoesNotChangeTheOutput()
    {
        using var dir = new TempDir();
        var files = new[] { dir.Copy(Inputs.Seed(0), "b.txt"), dir.Write("a.txt", []), dir.Write("c.png", Inputs.Binary) };

        var forward = await CliRun.Of(["parse", .. files, "-o", dir["out1"]]);
        var backward = await CliRun.Of(["parse", .. files.Reverse(), "-o", dir["out1"]]);

        Assert.Equal(forward.Stderr, backward.Stderr);
    }

    [Fact]
    public async Task TwoInputsWithTheSameNameDoNotOverwriteEachOther()
    {
        using var dir = new TempDir();
        dir.Copy(Inputs.Seed(0), "a/x.txt");
        dir.Copy(Inputs.Seed(1), "b/x.txt");

        var run = await CliRun.Of("parse", dir["a"], dir["b"], "-o", dir["out"]);

        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Equal(["x.json", "x~2.json"], Names(dir["out"]));
        Assert.Contains(run.StderrLines, line => line.StartsWith("gongkai: 警告：", StringComparison.Ordinal) && line.Contains("x~2.json"));
    }

    [Fact]
    public async Task SeveralInputsNeedAnOutputDirectory()
    {
        var run = await CliRun.Of("parse", Inputs.Seed(0), Inputs.Seed(1));

        Assert.Equal(ExitCodes.Unreadable, run.Exit);
        Assert.Contains("-o", Assert.Single(run.StderrLines));
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task AnEmptyDirectoryIsAnError()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir["nothing"]);

        var run = await CliRun.Of("parse", dir["nothing"], "-o", dir["out"]);

        Assert.Equal(ExitCodes.Unreadable, run.Exit);
    }

    [Fact]
    public async Task AnOutputDirectoryThatCannotBeCreatedIsOneLineNotACrash()
    {
        using var dir = new TempDir();
        var blocker = dir.Write("out", "a file where the directory should be");

        var run = await CliRun.Of("parse", Inputs.Seed(0), "-o", Path.Join(blocker, "sub"));

        Assert.Equal(ExitCodes.Unreadable, run.Exit);
        Assert.StartsWith("gongkai: 无法创建输出目录 ", Assert.Single(run.StderrLines));
    }

    private static string[] Names(string directory) =>
        [.. Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
}
