using Gongkai.Diagnostics;
using Gongkai.Reading;

namespace Gongkai.Core.Tests.Reading.Scan;

/// <summary>
/// Runs the Debian tools that make the scan corpus (LibreOffice, poppler, ImageMagick). CI installs them with
/// <c>apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-chi-sim imagemagick poppler-utils
/// libreoffice-writer-nogui fonts-noto-cjk</c>; a missing tool fails the test with that instruction, never skips it.
/// </summary>
internal static class ScanTools
{
    public const string Install = "apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-chi-sim imagemagick poppler-utils libreoffice-writer-nogui fonts-noto-cjk";

    /// <summary>Runs a tool, failing with its missing-package message or its error output.</summary>
    public static string Run(string tool, IEnumerable<string> args, string package, int seconds = 300)
    {
        var result = ExternalTool.Run(tool, args, SourceLocation.None, TimeSpan.FromSeconds(seconds), package);
        if (!result.Ok)
        {
            throw new InvalidOperationException($"{tool} failed: {result.Problem?.Message ?? result.StdErr} (install: {Install})");
        }

        return result.StdOut;
    }

    /// <summary>ImageMagick's convert (on this machine /usr/local/bin may shadow it with a stand-in that passes calls on).</summary>
    public static void Convert(params string[] args) => Run("convert", args, "imagemagick");
}
