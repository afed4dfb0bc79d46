using System.Text;
using Gongkai.Checking;
using Gongkai.Core.Tests.Support;
using Gongkai.Writing;

namespace Gongkai.Core.Tests.Golden;

/// <summary>
/// Every seed's canonical JSON and findings (reading + checking) equal the committed expected files.
/// Set GONGKAI_ACCEPT=1 to rewrite the expected files from the current output, then review the diff.
/// </summary>
public sealed class GoldenTests
{
    private static bool Accept => Environment.GetEnvironmentVariable("GONGKAI_ACCEPT") == "1";

    public static TheoryData<string> Seeds() => SeedTruthTests.Seeds();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SeedJsonEqualsTheExpectedFile(string name)
    {
        var report = SeedTruthTests.Read(name);
        Compare(Path.Combine(TestPaths.Seeds, name + ".expected.json"), CanonicalJson.Write(report));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SeedFindingsEqualTheExpectedFile(string name)
    {
        var report = SeedTruthTests.Read(name);
        var lines = report.Diagnostics.Concat(Checker.Check(report)).Select(d => d.ToString());
        Compare(Path.Combine(TestPaths.Seeds, name + ".findings.txt"), string.Join("\n", lines) + "\n");
    }

    private static void Compare(string expectedPath, string actual)
    {
        if (Accept)
        {
            File.WriteAllText(expectedPath, actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing: run the tests once with GONGKAI_ACCEPT=1 and review it");
        Assert.Equal(File.ReadAllText(expectedPath, Encoding.UTF8).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }
}
