namespace Gongkai.Cli;

/// <summary>Turns the FILE|DIR arguments into a sorted, duplicate-free list of files.</summary>
/// <remarks>
/// Directories are searched recursively; hidden files and directories (name starting with '.') are skipped
/// there, but a hidden file named on the command line is read. A path that does not exist stays in the list,
/// so the reader reports it (GK0101) like any other unreadable input. Paths keep the form the user typed
/// (joined with the directory for expanded files) and are sorted ordinally, so output order is deterministic.
/// </remarks>
internal static class InputFiles
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        ReturnSpecialDirectories = false,
    };

    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            IEnumerable<string> found = Directory.Exists(argument) ? InDirectory(argument) : [argument];
            foreach (var file in found)
            {
                if (seen.Add(Path.GetFullPath(file)))
                {
                    files.Add(file);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static IEnumerable<string> InDirectory(string directory) =>
        Directory.EnumerateFiles(directory, "*", Recursive)
            .Where(f => !IsHidden(Path.GetRelativePath(directory, f)));

    /// <summary>Any part of the path below the searched directory starts with a dot.</summary>
    private static bool IsHidden(string relative) =>
        relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part.StartsWith('.'));
}
