using System.Text.Json;
using Gongkai.Cli.Tests.Support;

namespace Gongkai.Cli.Tests;

public sealed class RenderCommandTests
{
    [Theory]
    [InlineData("json")]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("txt")]
    public async Task TextFormatsGoToStandardOutput(string format)
    {
        var run = await CliRun.Of("render", Inputs.Seed(0), "--to", format);

        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.False(string.IsNullOrWhiteSpace(run.Stdout));
        Assert.Empty(run.Stderr);
        if (format == "json")
        {
            using var json = JsonDocument.Parse(run.Stdout);
            Assert.Equal("annual-report/1", json.RootElement.GetProperty("schema").GetString());
        }
    }

    [Theory]
    [InlineData("json")]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("docx")]
    [InlineData("txt")]
    public async Task EveryFormatCanBeWrittenToAFile(string format)
    {
        using var dir = new TempDir();
        var target = dir[$"out/report.{format}"];
        Directory.CreateDirectory(dir["out"]);

        var run = await CliRun.Of("render", Inputs.Seed(0), "--to", format, "-o", target);

        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Empty(run.Stdout);
        Assert.True(new FileInfo(target).Length > 0);
        if (format == "docx")
        {
            Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(target)[..2]);
        }
    }

    [Fact]
    public async Task DocxWithoutOutputIsWrittenBesideTheInput()
    {
        using var dir = new TempDir();
        var input = dir.Copy(Inputs.Seed(0), "年报.txt");

        var run = await CliRun.Of("render", input, "--to", "docx");

        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Empty(run.Stdout);
        Assert.True(File.Exists(dir["年报.docx"]));
    }

    [Fact]
    public async Task AnOutputFileThatCannotBeWrittenIsOneLineNotACrash()
    {
        using var dir = new TempDir();

        var run = await CliRun.Of("render", Inputs.Seed(0), "--to", "html", "-o", dir["no/such/dir/r.html"]);

        Assert.Equal(ExitCodes.Unreadable, run.Exit);
        Assert.StartsWith("gongkai: 无法写入 ", Assert.Single(run.StderrLines));
    }

    [Fact]
    public async Task RenderedJsonIsTheParsedReportWithoutDiagnostics()
    {
        var parsed = await CliRun.Of("parse", Inputs.Seed(3));
        var rendered = await CliRun.Of("render", Inputs.Seed(3), "--to", "json");

        var withoutDiagnostics = System.Text.Json.Nodes.JsonNode.Parse(parsed.Stdout)!.AsObject();
        withoutDiagnostics.Remove("diagnostics");
        Assert.Equal(withoutDiagnostics.ToJsonString(), System.Text.Json.Nodes.JsonNode.Parse(rendered.Stdout)!.ToJsonString());
    }
}
