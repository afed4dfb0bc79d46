using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>
/// Converts documents no managed library reads (Word 97–2003 .doc, WPS .wps, OpenDocument .odt) to DOCX with
/// LibreOffice headless (<c>soffice --headless --convert-to docx</c>), as a separate process with the
/// <see cref="ReadOptions.Timeout"/> time limit and a private user profile, so parallel conversions never share
/// LibreOffice's profile lock.
/// </summary>
/// <param name="commands">The commands to look for on PATH, first found wins (tests pass a missing one).</param>
internal sealed class OfficeConverter(IReadOnlyList<string> commands)
{
    /// <summary>The Debian package that provides <c>soffice</c> without a desktop.</summary>
    public const string DebianPackage = "libreoffice-writer-nogui";

    public static OfficeConverter Default { get; } = new(["soffice", "libreoffice"]);

    /// <summary>The DOCX bytes, or the diagnostic that stopped the conversion (GK0110, GK0111, GK0112).</summary>
    /// <param name="extension">The extension the input is written with (LibreOffice picks its import filter by content, then by name).</param>
    public (byte[]? Docx, Diagnostic? Problem) ToDocx(byte[] bytes, string extension, string? source, ReadOptions options)
    {
        var where = SourceLocation.InFile(source);
        var tool = commands.Select(ExternalTool.Find).FirstOrDefault(p => p is not null);
        if (tool is null)
        {
            return (null, DiagnosticCodes.ToolMissing.Create(where, "LibreOffice (soffice)", $"apt-get install -y --no-install-recommends {DebianPackage}"));
        }

        DirectoryInfo? dir = null;
        try
        {
            dir = Directory.CreateTempSubdirectory("gk-lo-");
            var input = Path.Combine(dir.FullName, "input" + extension);
            var output = Path.Combine(dir.FullName, "out");
            File.WriteAllBytes(input, bytes);
            string[] args =
            [
                "-env:UserInstallation=" + new Uri(Path.Combine(dir.FullName, "profile")).AbsoluteUri,
                "--headless", "--norestore", "--nologo", "--nolockcheck", "--nodefault",
                "--convert-to", "docx:MS Word 2007 XML", "--outdir", output, input,
            ];
            var run = ExternalTool.Run(tool, args, where, options.Timeout, DebianPackage, workingDirectory: dir.FullName);
            if (run.Problem is not null)
            {
                return (null, run.Problem);
            }

            var docx = Path.Combine(output, "input.docx");
            if (!File.Exists(docx))
            {
                // LibreOffice exits with 0 when it cannot load the input; it says so on standard error.
                var why = (run.StdErr + "\n" + run.StdOut).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .FirstOrDefault(l => l.StartsWith("Error", StringComparison.OrdinalIgnoreCase)) ?? "no DOCX was written (the file could not be loaded)";
                return (null, DiagnosticCodes.ToolFailed.Create(where, "LibreOffice (soffice)", why));
            }

            var length = new FileInfo(docx).Length;
            return length > options.MaxFileBytes
                ? (null, DiagnosticCodes.LimitExceeded.Create(where, $"转换后的 DOCX (converted DOCX) {length} B", $"{options.MaxFileBytes} B"))
                : (File.ReadAllBytes(docx), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, DiagnosticCodes.ToolFailed.Create(where, "LibreOffice (soffice)", e.Message));
        }
        finally
        {
            try
            {
                dir?.Delete(recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A leftover temporary directory is not worth failing the read for.
            }
        }
    }
}
