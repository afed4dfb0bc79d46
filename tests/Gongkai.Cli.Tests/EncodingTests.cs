using System.Text.Json.Nodes;
using Gongkai.Cli.Tests.Support;

namespace Gongkai.Cli.Tests;

/// <summary>A report reads the same whatever its encoding (UTF-8 with or without BOM, UTF-16, GBK).</summary>
public sealed class EncodingTests
{
    /// <summary>Seeds 001 and 002 contain U+00A0, which GBK cannot encode.</summary>
    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        foreach (var seed in new[] { 0, 3, 4 })
        {
            foreach (var encoding in new[] { "utf-8-bom", "utf-16le", "utf-16be", "gbk", "gb18030" })
            {
                data.Add(seed, encoding);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AnEncodedReportParsesLikeUtf8(int seed, string encoding)
    {
        using var dir = new TempDir();
        var text = File.ReadAllText(Inputs.Seed(seed));
        var utf8 = dir.Write("utf8.txt", Inputs.Encode(text, "utf-8"));
        var other = dir.Write($"{encoding}.txt", Inputs.Encode(text, encoding));

        var expected = await CliRun.Of("parse", utf8);
        var actual = await CliRun.Of("parse", other);

        Assert.Equal(ExitCodes.Ok, expected.Exit);
        Assert.Equal(ExitCodes.Ok, actual.Exit);
        Assert.Equal(Comparable(expected.Stdout), Comparable(actual.Stdout));
    }

    /// <summary>The JSON with each diagnostic reduced to code, line and column (file names differ).</summary>
    private static string Comparable(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var diagnostics = root["diagnostics"]!.AsArray()
            .Select(d => $"{d!["code"]}@{d["line"]},{d["column"]}")
            .ToArray();
        root.Remove("diagnostics");
        return root.ToJsonString() + "\n" + string.Join("\n", diagnostics);
    }
}
