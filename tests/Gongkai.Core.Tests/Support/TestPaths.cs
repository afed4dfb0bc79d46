namespace Gongkai.Core.Tests.Support;

/// <summary>Where the repository, its golden documents and the shared specification are.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The seed reports with their truth files, as committed in this repository.</summary>
    public static string Seeds => Path.Combine(RepoRoot, "tests", "Gongkai.Core.Tests", "Golden", "seeds");

    /// <summary>The shared specification beside the repository (CI clones it there); a missing one fails the test.</summary>
    public static string SharedSpec(string file)
    {
        var path = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "spec", file));
        Assert.True(File.Exists(path), $"the shared specification is expected at {path}");
        return path;
    }

    public static IEnumerable<string> SeedTexts => Directory.GetFiles(Seeds, "*.txt").Where(p => !p.EndsWith(".findings.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static string FindRepoRoot()
    {
        var built = typeof(TestPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (built is not null && File.Exists(Path.Combine(built, "Gongkai.slnx")))
        {
            return built;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    }
}
