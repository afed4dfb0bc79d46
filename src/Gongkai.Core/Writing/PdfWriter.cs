using Gongkai.Diagnostics;
using Gongkai.Reading;
using Gongkai.Reports;

namespace Gongkai.Writing;

/// <summary>
/// A report as PDF: the official-layout HTML (<see cref="HtmlWriter"/>) printed by headless Chromium (Debian's
/// <c>chromium</c>; A4, CJK fonts embedded, no header or footer). Chromium runs as a separate process with a
/// throw-away profile and a time limit; a missing or failing Chromium gives a diagnostic, never an exception.
/// </summary>
public static class PdfWriter
{
    public static (byte[]? Pdf, Diagnostic? Problem) Write(AnnualReport report, TimeSpan? timeout = null) =>
        Print(HtmlWriter.Write(report), report.Source, timeout);

    /// <summary>Prints a standalone HTML page (no external resources) to PDF.</summary>
    public static (byte[]? Pdf, Diagnostic? Problem) Print(string html, string? source = null, TimeSpan? timeout = null)
    {
        var dir = Path.Combine(Path.GetTempPath(), "gk-pdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var input = Path.Combine(dir, "report.html");
            var output = Path.Combine(dir, "report.pdf");
            File.WriteAllText(input, html);
            var result = ExternalTool.Run("chromium",
                ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--user-data-dir=" + Path.Combine(dir, "profile"), "--print-to-pdf=" + output,
                 new Uri(input).AbsoluteUri],
                SourceLocation.InFile(source), timeout ?? TimeSpan.FromSeconds(60), "chromium");
            if (result.Problem is { } problem)
            {
                return (null, problem);
            }

            return File.Exists(output) && new FileInfo(output).Length > 0
                ? (File.ReadAllBytes(output), null)
                : (null, DiagnosticCodes.FileUnreadable.Create(SourceLocation.InFile(source), $"chromium 未生成 PDF（exit {result.ExitCode}）：{result.StdErr.Trim()}"));
        }
        finally
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
