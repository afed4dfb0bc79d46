using System.Diagnostics;

namespace Gongkai.Core.Tests.Reading.Pdf;

/// <summary>
/// The real tools the PDF tests make their documents with: LibreOffice (DOCX → PDF), Chromium (HTML → PDF, as a
/// browser prints a web page), qpdf (encryption, page counts) and poppler. CI installs them; a missing one fails the
/// test with the package to install, it is never skipped.
/// </summary>
internal static class PdfTools
{
    /// <summary>Every Debian package the PDF tests need.</summary>
    public const string Packages = "poppler-utils libreoffice-writer-nogui fonts-noto-cjk qpdf chromium";

    public static string Require(string tool, string package) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException($"{tool} is not installed; install it with: apt-get install -y --no-install-recommends {package} (the PDF tests need {Packages})");

    /// <summary>Converts DOCX files to PDF in one LibreOffice run with a private profile; returns the PDF paths in order.</summary>
    public static List<string> DocxToPdf(IReadOnlyList<string> docx, string outDir)
    {
        var office = Require("soffice", "libreoffice-writer-nogui");
        Require("pdftotext", "poppler-utils");
        var profile = new Uri(Path.Combine(Path.GetTempPath(), "gk-lo-" + Guid.NewGuid().ToString("N"))).AbsoluteUri;
        try
        {
            Run(office, ["-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, .. docx], TimeSpan.FromMinutes(4));
        }
        finally
        {
            TryDelete(new Uri(profile).LocalPath);
        }

        return [.. docx.Select(d => Existing(Path.Combine(outDir, Path.GetFileNameWithoutExtension(d) + ".pdf")))];
    }

    /// <summary>Prints HTML files to PDF with headless Chromium (no header or footer), a few at a time.</summary>
    public static List<string> HtmlToPdf(IReadOnlyList<string> html, string outDir)
    {
        var chromium = Require("chromium", "chromium");
        var pdfs = html.Select(h => Path.Combine(outDir, Path.GetFileNameWithoutExtension(h) + ".pdf")).ToList();
        Parallel.For(0, html.Count, new ParallelOptions { MaxDegreeOfParallelism = 6 }, i =>
        {
            var profile = Path.Combine(Path.GetTempPath(), "gk-chromium-" + Guid.NewGuid().ToString("N"));
            try
            {
                Run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--print-to-pdf=" + pdfs[i], new Uri(html[i]).AbsoluteUri], TimeSpan.FromMinutes(2));
            }
            finally
            {
                TryDelete(profile);
            }
        });
        return [.. pdfs.Select(Existing)];
    }

    /// <summary>The number of pages of a PDF, as qpdf counts them.</summary>
    public static int PageCount(byte[] pdf)
    {
        var qpdf = Require("qpdf", "qpdf");
        var path = Path.Combine(Path.GetTempPath(), "gk-count-" + Guid.NewGuid().ToString("N") + ".pdf");
        try
        {
            File.WriteAllBytes(path, pdf);
            return int.Parse(Run(qpdf, ["--show-npages", path], TimeSpan.FromMinutes(1)).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static byte[] Qpdf(byte[] input, params string[] args)
    {
        var qpdf = Require("qpdf", "qpdf");
        var dir = Directory.CreateTempSubdirectory("gk-qpdf-");
        try
        {
            var inPath = Path.Combine(dir.FullName, "in.pdf");
            var outPath = Path.Combine(dir.FullName, "out.pdf");
            File.WriteAllBytes(inPath, input);
            Run(qpdf, [.. args.Select(a => a.Replace("{in}", inPath, StringComparison.Ordinal).Replace("{out}", outPath, StringComparison.Ordinal))], TimeSpan.FromMinutes(1));
            return File.ReadAllBytes(outPath);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string Existing(string path) =>
        File.Exists(path) ? path : throw new InvalidOperationException("the converter did not write " + path);

    private static string Run(string file, string[] arguments, TimeSpan limit)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + file);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish in {limit}");
        }

        process.WaitForExit();
        if (process.ExitCode != 0 && !file.EndsWith("chromium", StringComparison.Ordinal) && !(file.EndsWith("qpdf", StringComparison.Ordinal) && process.ExitCode == 3))
        {
            throw new InvalidOperationException($"{file} exited with {process.ExitCode}: {stderr.Result}{stdout.Result}");
        }

        return stdout.Result;
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (IOException)
        {
            // A profile directory left in /tmp does no harm.
        }
    }
}
