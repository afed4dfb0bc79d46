using System.Diagnostics;

namespace Gongkai.Core.Tests.Reading.Office;

/// <summary>
/// Makes legacy Word files for the tests with LibreOffice (CI installs it: apt-get install -y --no-install-recommends
/// libreoffice-writer-nogui). When it is missing the test fails with that instruction; it is never skipped.
/// </summary>
internal static class Soffice
{
    public const string Install = "apt-get install -y --no-install-recommends libreoffice-writer-nogui";

    /// <summary>Converts each DOCX to <paramref name="format"/> (e.g. "doc") in one LibreOffice run.</summary>
    public static byte[][] Convert(IReadOnlyList<byte[]> docx, string format)
    {
        var office = Gongkai.Reading.ExternalTool.Find("soffice") ?? Gongkai.Reading.ExternalTool.Find("libreoffice")
            ?? throw new InvalidOperationException("LibreOffice (soffice) is not installed; install it with: " + Install);
        var dir = Directory.CreateTempSubdirectory("gk-test-lo-");
        try
        {
            var inputs = docx.Select((bytes, i) => Path.Combine(dir.FullName, $"r{i}.docx")).ToArray();
            for (var i = 0; i < docx.Count; i++)
            {
                File.WriteAllBytes(inputs[i], docx[i]);
            }

            var info = new ProcessStartInfo(office) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "-env:UserInstallation=" + new Uri(Path.Combine(dir.FullName, "profile")).AbsoluteUri, "--headless", "--norestore", "--convert-to", format, "--outdir", Path.Combine(dir.FullName, "out") }.Concat(inputs))
            {
                info.ArgumentList.Add(a);
            }

            using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + office);
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("LibreOffice did not finish in 3 minutes");
            }

            return [.. docx.Select((_, i) => Path.Combine(dir.FullName, "out", $"r{i}.{format}")).Select(p =>
                File.Exists(p) ? File.ReadAllBytes(p) : throw new InvalidOperationException($"LibreOffice did not write {p}: {stderr.Result}"))];
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
