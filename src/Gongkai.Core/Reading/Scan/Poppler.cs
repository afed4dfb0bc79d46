using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>poppler-utils (Debian <c>poppler-utils</c>) for scanned PDFs: page sizes with <c>pdfinfo</c>, pages as grayscale images with <c>pdftoppm</c>.</summary>
internal static partial class Poppler
{
    public const string Package = "poppler-utils";

    [GeneratedRegex(@"^Page\s+(\d+)\s+size:\s+([\d.]+)\s+x\s+([\d.]+)\s+pts", RegexOptions.Multiline)]
    private static partial Regex PageSize();

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PageCount();

    /// <summary>Each page's size in points (1/72 inch).</summary>
    public static (List<(double Width, double Height)> Sizes, Diagnostic? Problem) PageSizes(string path, SourceLocation where, TimeSpan timeout)
    {
        var count = ExternalTool.Run("pdfinfo", [path], where, timeout, Package);
        if (count.Problem is not null)
        {
            return ([], Damaged(count, where));
        }

        var n = PageCount().Match(count.StdOut) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        if (n == 0)
        {
            return ([], DiagnosticCodes.Corrupt.Create(where, "PDF 没有页面 (no pages)"));
        }

        // Sizes of the first pages only: the page limit is checked on the count, and a big file is refused anyway.
        var last = Math.Min(n, 1000).ToString(CultureInfo.InvariantCulture);
        var sizes = ExternalTool.Run("pdfinfo", ["-f", "1", "-l", last, path], where, timeout, Package);
        if (sizes.Problem is not null)
        {
            return ([], Damaged(sizes, where));
        }

        var list = new List<(double, double)>();
        foreach (Match s in PageSize().Matches(sizes.StdOut))
        {
            list.Add((double.Parse(s.Groups[2].Value, CultureInfo.InvariantCulture), double.Parse(s.Groups[3].Value, CultureInfo.InvariantCulture)));
        }

        while (list.Count < n)
        {
            list.Add(list.Count > 0 ? list[^1] : (595, 842));
        }

        return (list, null);
    }

    /// <summary>Page <paramref name="page"/> rendered in gray at <paramref name="dpi"/>.</summary>
    public static (GrayImage? Image, Diagnostic? Problem) Render(string path, int page, int dpi, string workDir, SourceLocation where, TimeSpan timeout)
    {
        var prefix = Path.Combine(workDir, string.Create(CultureInfo.InvariantCulture, $"page-{page}"));
        var p = page.ToString(CultureInfo.InvariantCulture);
        var run = ExternalTool.Run("pdftoppm", ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-f", p, "-l", p, "-singlefile", path, prefix], where, timeout, Package);
        if (run.Problem is not null)
        {
            return (null, Damaged(run, where));
        }

        var file = prefix + ".pgm";
        var image = File.Exists(file) ? GrayImage.ParsePgm(File.ReadAllBytes(file)) : null;
        return image is null ? (null, DiagnosticCodes.Corrupt.Create(where, "pdftoppm wrote no image")) : (image, null);
    }

    private static Diagnostic Damaged(ExternalTool.Result run, SourceLocation where) =>
        run.Problem is { Code: "GK0111" }
            ? run.StdErr.Contains("ncrypt", StringComparison.Ordinal) || run.StdErr.Contains("assword", StringComparison.Ordinal)
                ? DiagnosticCodes.Encrypted.Create(where)
                : DiagnosticCodes.Corrupt.Create(where, "poppler: " + (run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? ""))
            : run.Problem!;
}
