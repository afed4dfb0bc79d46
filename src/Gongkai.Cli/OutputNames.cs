namespace Gongkai.Cli;

/// <summary>Names output files <c>OUTDIR/&lt;input name without extension&gt;.ext</c>.</summary>
internal static class OutputNames
{
    /// <summary>
    /// One target per input, in input order. When two inputs share a name (a/x.txt, b/x.txt) the later one gets
    /// <c>x~2.json</c> and a warning line, so no output overwrites another.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Assign(IReadOnlyList<string> files, string directory, string extension, CliContext context)
    {
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            var name = stem + extension;
            for (var n = 2; taken.ContainsKey(name); n++)
            {
                name = $"{stem}~{n}{extension}";
            }

            if (name != stem + extension)
            {
                context.Error($"gongkai: 警告：{file} 与 {taken[stem + extension]} 同名，写为 {name}（warning: same name, written as {name}）");
            }

            taken[name] = file;
            targets[file] = Path.Join(directory, name);
        }

        return targets;
    }
}
