namespace Gongkai.Data.Tests.Support;

/// <summary>Fresh directories under the system temp directory (left for inspection; /tmp is cleaned by the OS).</summary>
public static class TempDir
{
    public static string Create(string prefix)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid().ToString("N")[..10]}");
        Directory.CreateDirectory(dir);
        return dir;
    }
}
