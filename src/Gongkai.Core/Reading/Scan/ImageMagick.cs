using System.Globalization;
using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>
/// ImageMagick (Debian <c>imagemagick</c>) for the two things C# cannot do here: read the size of an image without
/// decoding it, and decode PNG/JPEG/TIFF into grayscale PGM. Every call carries resource limits, so a hostile image
/// cannot take the machine's memory or time.
/// </summary>
internal static class ImageMagick
{
    public const string Package = "imagemagick";

    /// <summary>The limits passed to every call: memory, pixel area and time.</summary>
    private static readonly string[] Limits = ["-limit", "memory", "256MiB", "-limit", "map", "512MiB", "-limit", "area", "128MP", "-limit", "time", "60"];

    /// <summary>One frame (page) of an image file.</summary>
    public readonly record struct Frame(int Width, int Height, string Format)
    {
        public long Pixels => (long)Width * Height;
    }

    /// <summary>The frames of the image at <paramref name="path"/>, read from headers only (<c>identify</c> pings).</summary>
    public static (List<Frame> Frames, Diagnostic? Problem) Probe(string path, SourceLocation where, TimeSpan timeout)
    {
        var run = ExternalTool.Run("identify", [.. Limits, "-format", "%w %h %m\n", path], where, timeout, Package);
        if (run.Problem is { Code: "GK0111" })
        {
            return ([], DiagnosticCodes.Corrupt.Create(where, "ImageMagick: " + FirstLine(run.StdErr)));
        }

        if (run.Problem is not null)
        {
            return ([], run.Problem);
        }

        var frames = new List<Frame>();
        foreach (var line in run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var f = line.Split(' ');
            if (f.Length >= 3 && int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var w)
                && int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var h) && w > 0 && h > 0)
            {
                frames.Add(new Frame(w, h, f[2]));
            }
        }

        return frames.Count == 0
            ? ([], DiagnosticCodes.Corrupt.Create(where, "ImageMagick: " + (FirstLine(run.StdErr) is { Length: > 0 } e ? e : "no image size")))
            : (frames, null);
    }

    /// <summary>
    /// Frame <paramref name="index"/> as 8-bit grayscale, contrast stretched (<c>-normalize</c>) and resized by
    /// <paramref name="scale"/> (small scans are enlarged so that table text is 30–40 pixels high, as tesseract likes).
    /// </summary>
    public static (GrayImage? Image, Diagnostic? Problem) Decode(string path, int index, double scale, string workDir, SourceLocation where, TimeSpan timeout)
    {
        var output = Path.Combine(workDir, string.Create(CultureInfo.InvariantCulture, $"frame-{index}.pgm"));
        List<string> args = [.. Limits, "-regard-warnings", string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]"), "-alpha", "remove", "-colorspace", "Gray", "-depth", "8"];
        if (Math.Abs(scale - 1) > 0.05)
        {
            args.AddRange(["-filter", "Triangle", "-resize", string.Create(CultureInfo.InvariantCulture, $"{scale * 100:0.#}%")]);
        }

        args.AddRange(["-normalize", "pgm:" + output]);
        var run = ExternalTool.Run("convert", args, where, timeout, Package);
        if (run.Problem is { Code: "GK0111" })
        {
            return (null, Classify(run.StdErr, where));
        }

        if (run.Problem is not null)
        {
            return (null, run.Problem);
        }

        var image = File.Exists(output) ? GrayImage.ParsePgm(File.ReadAllBytes(output)) : null;
        return image is null ? (null, DiagnosticCodes.Corrupt.Create(where, "ImageMagick wrote no image")) : (image, null);
    }

    /// <summary>A failed decode: over a resource limit (GK0113) or a damaged file (GK0115).</summary>
    private static Diagnostic Classify(string stderr, SourceLocation where)
    {
        var first = FirstLine(stderr);
        return stderr.Contains("resource", StringComparison.OrdinalIgnoreCase) || stderr.Contains("limit", StringComparison.OrdinalIgnoreCase)
            ? DiagnosticCodes.LimitExceeded.Create(where, "图像解码所需资源 (image decoding resources)", "256MiB / 128MP")
            : DiagnosticCodes.Corrupt.Create(where, "ImageMagick: " + first);
    }

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
}
