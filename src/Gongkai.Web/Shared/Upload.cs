namespace Gongkai.Web.Shared;

/// <summary>
/// An uploaded file read into memory under the limits: at most <see cref="MaxBytes"/>, a known extension, and a
/// display name stripped of any directory (the name is never used as a path).
/// </summary>
public sealed record Upload(string Name, byte[] Bytes, string? Error, int Status = 200)
{
    public const long MaxBytes = 20L * 1024 * 1024;

    /// <summary>Every format Gongkai reads (the content decides the reader; the extension only keeps junk out).</summary>
    public static IReadOnlySet<string> Extensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".md", ".csv", ".htm", ".html", ".mht", ".docx", ".doc", ".wps", ".xlsx", ".xls", ".pdf",
        ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp", "",
    };

    public static async Task<Upload> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var name = SafeName(file.FileName);
        if (file.Length > MaxBytes)
        {
            return new(name, [], $"{name}：文件超过 {MaxBytes / 1024 / 1024} MB（file too large）", StatusCodes.Status413PayloadTooLarge);
        }

        if (!Extensions.Contains(Path.GetExtension(name)))
        {
            return new(name, [], $"{name}：不支持的文件类型（unsupported file type）", StatusCodes.Status415UnsupportedMediaType);
        }

        using var memory = new MemoryStream((int)file.Length);
        await file.CopyToAsync(memory, cancellationToken);
        return new(name, memory.ToArray(), null);
    }

    /// <summary>The last path segment, without control characters: <c>../../etc/passwd</c> becomes <c>passwd</c>.</summary>
    public static string SafeName(string? name)
    {
        var last = (name ?? "").Replace('\\', '/');
        last = last[(last.LastIndexOf('/') + 1)..];
        last = new string([.. last.Where(c => !char.IsControl(c))]).Trim().TrimStart('.');
        return last.Length == 0 ? "upload" : last.Length > 120 ? last[..120] : last;
    }
}
