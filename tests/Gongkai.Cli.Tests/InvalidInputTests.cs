using Gongkai.Cli.Tests.Support;
using Gongkai.Diagnostics;

namespace Gongkai.Cli.Tests;

/// <summary>Each kind of unusable input gives one line naming the file and its GK01xx code, and exit 2.</summary>
public sealed class InvalidInputTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "empty", DiagnosticCodes.FileEmpty.Code },
        { "blank", DiagnosticCodes.FileEmpty.Code },
        { "binary", DiagnosticCodes.FileBinary.Code },
        { "missing", DiagnosticCodes.FileUnreadable.Code },
    };

    /// <summary>Needs the recognizer: the placeholder finds nothing in any document, so it cannot tell prose apart.</summary>
    public static TheoryData<string, string> ProseCase => new() { { "prose", DiagnosticCodes.NotAReport.Code } };

    public static string Make(TempDir dir, string kind) => kind switch
    {
        "empty" => dir.Write("empty.txt", []),
        "blank" => dir.Write("blank.txt", " \n\t\r\n  \n"),
        "binary" => dir.Write("program.png", Inputs.Binary),
        "missing" => dir["no-such-report.txt"],
        "prose" => dir.Write("prose.txt", Inputs.Prose),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task ParsePrintsOneLineWithTheCode(string kind, string code) => AssertParse(kind, code);

    [Theory]
    [MemberData(nameof(ProseCase))]
    [Trait("needs", "recognizer")]
    public Task ParseRefusesProse(string kind, string code) => AssertParse(kind, code);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task CheckReportsTheCodeAndExits2(string kind, string code) => AssertCheck(kind, code);

    [Theory]
    [MemberData(nameof(ProseCase))]
    [Trait("needs", "recognizer")]
    public Task CheckRefusesProse(string kind, string code) => AssertCheck(kind, code);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task RenderPrintsOneLineWithTheCode(string kind, string code)
    {
        using var dir = new TempDir();
        var file = Make(dir, kind);

        var run = await CliRun.Of("render", file, "--to", "md");

        Assert.Equal(ExitCodes.Unreadable, run.Exit);
        Assert.StartsWith($"{file}: error {code}: ", Assert.Single(run.StderrLines));
        Assert.Empty(run.Stdout);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ParseToADirectoryWritesNothingForTheBadFile(string kind, string code)
    {
        using var dir = new TempDir();
        var file = Make(dir, kind);

        var run = await CliRun.Of("parse", file, "-o", dir["out"]);

        Assert.Equal(ExitCodes.Unreadable, run.Exit);
        Assert.StartsWith($"{file}: error {code}: ", Assert.Single(run.StderrLines));
        Assert.Empty(Directory.GetFiles(dir["out"]));
    }

    private static async Task AssertParse(string kind, string code)
    {
        using var dir = new TempDir();
        var file = Make(dir, kind);

        var run = await CliRun.Of("parse", file);

        Assert.Equal(ExitCodes.Unreadable, run.Exit);
        Assert.StartsWith($"{file}: error {code}: ", Assert.Single(run.StderrLines));
        Assert.Empty(run.Stdout);
    }

    private static async Task AssertCheck(string kind, string code)
    {
        using var dir = new TempDir();
        var file = Make(dir, kind);

        var run = await CliRun.Of("check", file);

        Assert.Equal(ExitCodes.Unreadable, run.Exit);
        Assert.Equal(2, run.StdoutLines.Length);
        Assert.StartsWith($"{file}: error {code}: ", run.StdoutLines[0]);
        Assert.Equal($"{file}：无法读取", run.StdoutLines[1]);
        Assert.Empty(run.Stderr);
    }
}
