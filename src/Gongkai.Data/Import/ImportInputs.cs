using System.IO.Compression;
using Gongkai.Reading;

namespace Gongkai.Data.Import;

/// <summary>
/// Expands the PATH arguments of <c>gongkai import</c> into documents, lazily and in a stable order: files as
/// they are, directories recursively (hidden entries skipped), ZIP archives entry by entry. Nothing is held
/// in memory beyond the document being handed out; an unreadable input becomes one failed item, never an exception.
/// </summary>
public static class ImportInputs
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Every document, with its bytes. Files larger than <paramref name="options"/> allows are failed items.</summary>
    public static IEnumerable<ImportItem> Read(IEnumerable<string> paths, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        foreach (var file in Files(paths))
        {
            if (IsZip(file))
            {
                foreach (var entry in ReadArchive(file, options))
                {
                    yield return entry;
                }
            }
            else
            {
                yield return ReadFile(file, options);
            }
        }
    }

    /// <summary>How many documents <see cref="Read"/> will hand out (names only: cheap), for a progress bar.</summary>
    public static int Count(IEnumerable<string> paths)
    {
        var count = 0;
        foreach (var file in Files(paths))
        {
            if (IsZip(file))
            {
                try
                {
                    using var zip = ZipFile.OpenRead(file);
                    count += zip.Entries.Count(IsDocument);
                }
                catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
                {
                    count++;
                }
            }
            else
            {
                count++;
            }
        }

        return count;
    }

    private static IEnumerable<string> Files(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", Recursive)
                    .Where(f => !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.')))
                    .Order(StringComparer.Ordinal);
                foreach (var f in files)
                {
                    yield return f;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    private static bool IsZip(string file) =>
        file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) && File.Exists(file);

    private static bool IsDocument(ZipArchiveEntry e) =>
        !e.FullName.EndsWith('/') && !e.FullName.Split('/').Any(p => p.StartsWith('.') || p == "__MACOSX");

    private static ImportItem ReadFile(string file, ReadOptions options)
    {
        try
        {
            var info = new FileInfo(file);
            if (!info.Exists)
            {
                return ImportItem.Failed(file, "文件不存在（no such file）");
            }

            if (info.Length > options.MaxFileBytes)
            {
                return ImportItem.Failed(file, $"文件过大：{info.Length} 字节，上限 {options.MaxFileBytes}（file too large）");
            }

            return new ImportItem(file, info.Name, File.ReadAllBytes(file), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ImportItem.Failed(file, e.Message);
        }
    }

    private static IEnumerable<ImportItem> ReadArchive(string file, ReadOptions options)
    {
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(file);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return [ImportItem.Failed(file, $"压缩包无法打开：{e.Message}（corrupt archive）")];
        }

        return Entries(zip, file, options);
    }

    private static IEnumerable<ImportItem> Entries(ZipArchive zip, string file, ReadOptions options)
    {
        using (zip)
        {
            foreach (var entry in zip.Entries.Where(IsDocument).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                yield return ReadEntry(entry, $"{file}!/{entry.FullName}", options);
            }
        }
    }

    private static ImportItem ReadEntry(ZipArchiveEntry entry, string source, ReadOptions options)
    {
        if (entry.Length > options.MaxFileBytes)
        {
            return ImportItem.Failed(source, $"文件过大：{entry.Length} 字节，上限 {options.MaxFileBytes}（file too large）");
        }

        try
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream((int)entry.Length);
            var chunk = new byte[81920];
            int n;
            while ((n = stream.Read(chunk)) > 0)
            {
                // The declared size can lie (a crafted archive): stop at the limit whatever the header says.
                if (buffer.Length + n > options.MaxFileBytes)
                {
                    return ImportItem.Failed(source, $"文件过大：超过上限 {options.MaxFileBytes} 字节（file too large）");
                }

                buffer.Write(chunk, 0, n);
            }

            return new ImportItem(source, entry.Name, buffer.ToArray(), null);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            return ImportItem.Failed(source, $"压缩包条目损坏：{e.Message}（corrupt archive entry）");
        }
    }
}
