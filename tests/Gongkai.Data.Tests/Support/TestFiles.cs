namespace Gongkai.Data.Tests.Support;

/// <summary>The five seed reports (samples/seeds), copied beside the test assembly.</summary>
public static class TestFiles
{
    public static string SeedDirectory => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static IReadOnlyList<string> Seeds => [.. Directory.GetFiles(SeedDirectory, "*.txt").Order(StringComparer.Ordinal)];
}
