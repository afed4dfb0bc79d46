using System.Globalization;
using Gongkai.Reports;
using Gongkai.Samples;
using Gongkai.Writing;

namespace Gongkai.Core.Tests.Reading.Scan;

/// <summary>One generated report and its scan (a multi-page TIFF, one frame per page).</summary>
internal sealed record ScanSample(int Seed, AnnualReport Truth, string Path, bool Degraded);

/// <summary>
/// Makes scans of random reports with real tools and fixed seeds: <see cref="ReportGenerator"/> (both templates, in
/// turn) → <see cref="DocxWriter"/> → PDF by LibreOffice → pages by <c>pdftoppm -gray</c>. Clean scans are the pages
/// at 300 dpi; degraded scans are the pages at 200 dpi, turned 0.5–1.5° either way, blurred (σ 0.6), with Gaussian
/// noise and saved as JPEG at quality 70–85, all by ImageMagick.
/// </summary>
internal static class ScanCorpus
{
    public static List<ScanSample> Build(string dir, IReadOnlyList<int> seeds, bool degraded)
    {
        Directory.CreateDirectory(dir);
        var reports = seeds.Select((seed, i) => (Seed: seed, Report: ReportGenerator.Create(new Random(seed), i % 2 == 0 ? ReportFormat.Revised2021 : ReportFormat.Trial2019))).ToList();
        var docs = reports.Select(r => System.IO.Path.Combine(dir, Name(r.Seed) + ".docx")).ToList();
        for (var i = 0; i < reports.Count; i++)
        {
            File.WriteAllBytes(docs[i], DocxWriter.ToBytes(reports[i].Report));
        }

        // One LibreOffice run for all documents, with a private profile so parallel runs do not share a lock.
        var profile = new Uri(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gk-lo-" + Guid.NewGuid().ToString("N"))).AbsoluteUri;
        try
        {
            ScanTools.Run("soffice", ["-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, .. docs], "libreoffice-writer-nogui");
        }
        finally
        {
            var profileDir = new Uri(profile).LocalPath;
            if (Directory.Exists(profileDir))
            {
                Directory.Delete(profileDir, recursive: true);
            }
        }

        var samples = new ScanSample[reports.Count];
        Parallel.For(0, reports.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var (seed, report) = reports[i];
            var pdf = System.IO.Path.Combine(dir, Name(seed) + ".pdf");
            samples[i] = new ScanSample(seed, report, degraded ? Degraded(pdf, dir, seed) : Clean(pdf, dir, seed), degraded);
        });
        return [.. samples];
    }

    private static string Name(int seed) => "report-" + seed.ToString(CultureInfo.InvariantCulture);

    private static List<string> Pages(string pdf, string dir, string prefix, int dpi)
    {
        ScanTools.Run("pdftoppm", ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-png", pdf, System.IO.Path.Combine(dir, prefix)], "poppler-utils");
        return [.. Directory.GetFiles(dir, prefix + "-*.png").Order(StringComparer.Ordinal)];
    }

    private static string Clean(string pdf, string dir, int seed)
    {
        var pages = Pages(pdf, dir, Name(seed) + "-c", 300);
        var tif = System.IO.Path.Combine(dir, Name(seed) + "-clean.tif");
        ScanTools.Convert([.. pages, "-compress", "zip", tif]);
        return tif;
    }

    private static string Degraded(string pdf, string dir, int seed)
    {
        var pages = Pages(pdf, dir, Name(seed) + "-d", 200);
        var rng = new Random(seed);
        var jpegs = new List<string>();
        foreach (var page in pages)
        {
            var angle = (rng.Next(2) == 0 ? -1 : 1) * (0.5 + rng.NextDouble());
            var quality = rng.Next(70, 86);
            var jpeg = System.IO.Path.ChangeExtension(page, ".jpg");
            ScanTools.Convert("-seed", rng.Next(1000).ToString(CultureInfo.InvariantCulture), page,
                "-background", "white", "-virtual-pixel", "white", "-filter", "Triangle", "-distort", "SRT", angle.ToString("0.00", CultureInfo.InvariantCulture),
                "-blur", "0x0.6", "-channel", "Gray", "-attenuate", "0.5", "+noise", "Gaussian", "+channel",
                "-quality", quality.ToString(CultureInfo.InvariantCulture), jpeg);
            jpegs.Add(jpeg);
        }

        var tif = System.IO.Path.Combine(dir, Name(seed) + "-degraded.tif");
        ScanTools.Convert([.. jpegs, "-compress", "zip", tif]);
        return tif;
    }
}
