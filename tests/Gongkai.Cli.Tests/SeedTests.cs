using System.Text.Json;
using Gongkai.Cli.Tests.Support;

namespace Gongkai.Cli.Tests;

/// <summary>The whole chain on the seed corpus: parse to a directory, compare with the truth files.</summary>
[Trait("needs", "recognizer")]
public sealed class SeedTests
{
    [Fact]
    public async Task ParsedSeedsHaveTheTruthsFormatYearAndAgency()
    {
        using var dir = new TempDir();

        var run = await CliRun.Of("parse", Inputs.SeedDirectory, "-o", dir["out"]);

        Assert.Equal(ExitCodes.Ok, run.Exit);
        foreach (var truthFile in Directory.GetFiles(Inputs.GoldenDirectory, "*.truth.json"))
        {
            var name = Path.GetFileName(truthFile)[..^".truth.json".Length];
            using var truth = JsonDocument.Parse(File.ReadAllText(truthFile));
            using var got = JsonDocument.Parse(File.ReadAllText(dir[$"out/{name}.json"]));
            Assert.Equal(truth.RootElement.GetProperty("format").GetString(), got.RootElement.GetProperty("format").GetString());
            Assert.Equal(truth.RootElement.GetProperty("year").GetInt32(), got.RootElement.GetProperty("year").GetInt32());
            var agency = truth.RootElement.GetProperty("agency").GetString();
            if (agency is not null)
            {
                Assert.Contains(agency, got.RootElement.GetProperty("agency").GetString() ?? "", StringComparison.Ordinal);
            }
        }
    }
}
