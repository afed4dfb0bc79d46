using System.Diagnostics;

namespace Gongkai.Core.Tests.Writing;

/// <summary>
/// Runs LibreOffice and poppler for the DOCX tests. CI installs them
/// (apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-noto-cjk); when they are
/// missing the test fails with that instruction rather than being skipped.
/// </summary>
internal static class LibreOffice
{
    private const string Install = "apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-noto-cjk";

    /// <summary>Converts a DOCX to PDF and returns <c>pdftotext -raw</c> of it.</summary>
    public static string PdfText(byte[] docx)
    {
        var office = Find("libreoffice") ?? Find("soffice")
            ?? throw new InvalidOperationException("libreoffice is not installed; install it with: " + Install);
        var pdftotext = Find("pdftotext") ?? throw new InvalidOperationException("pdftotext is not installed; install it with: " + Install);
        var dir = Directory.CreateTempSubdirectory("gongkai-docx-");
        try
        {
            var input = Path.Combine(dir.FullName, "report.docx");
            File.WriteAllBytes(input, docx);

            // A private profile, so parallel runs do not fight over the user installation's lock.
            var profile = new Uri(Path.Combine(dir.FullName, "profile")).AbsoluteUri;
            Run(office, ["-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir.FullName, input]);
            var pdf = Path.Combine(dir.FullName, "report.pdf");
            if (!File.Exists(pdf))
            {
                throw new InvalidOperationException("libreoffice did not write " + pdf);
            }

            return Run(pdftotext, ["-raw", "-enc", "UTF-8", pdf, "-"]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string Run(string file, string[] arguments)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + file);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish in 3 minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} exited with {process.ExitCode}: {stderr.Result}");
        }

        return stdout.Result;
    }

    private static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);
}
