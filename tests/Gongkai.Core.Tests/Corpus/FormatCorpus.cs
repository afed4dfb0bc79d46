using System.Globalization;
using System.Text;
using Gongkai.Core.Tests.Reading.Office;
using Gongkai.Core.Tests.Reading.Pdf;
using Gongkai.Core.Tests.Reading.Scan;
using Gongkai.Core.Tests.Support;
using Gongkai.Reports;
using Gongkai.Samples;
using Gongkai.Writing;

namespace Gongkai.Core.Tests.Corpus;

/// <summary>One document of the corpus: the format it was written in, its file name, the report it was made from and its bytes.</summary>
internal sealed record CorpusFile(string Format, string Name, AnnualReport Truth, byte[] Bytes);

/// <summary>
/// Every format Gongkai reads, written once per test run from canonical reports with Gongkai's own writers and real
/// tools (issue 3 item 7). The reports are the five seeds (their canonical JSON) and random reports of both templates
/// (<see cref="ReportGenerator"/>, fixed seeds). Text layouts, Markdown and HTML get <see cref="TextReports"/> reports
/// each; DOCX, DOC (LibreOffice), XLSX and text PDF (DOCX printed by LibreOffice) get <see cref="OfficeReports"/>;
/// scans are the PDF's pages by <c>pdftoppm -r 200 -gray</c> as a multi-page TIFF, clean or degraded by ImageMagick
/// (turned 0.8°, blurred σ 0.6, Gaussian noise, JPEG quality 80).
/// </summary>
internal sealed class FormatCorpus
{
    public const int TextReports = 20;
    public const int OfficeReports = 8;
    public const int ScansEach = 2;

    /// <summary>The formats, in the order the accuracy table lists them.</summary>
    public static readonly string[] Formats =
    [
        "text cell-per-line", "text tab-grid", "text pipe", "text spaces", "markdown", "html",
        "docx", "doc", "xlsx", "pdf", "scan clean", "scan degraded",
    ];

    private static readonly Lazy<FormatCorpus> Shared = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    private FormatCorpus(List<CorpusFile> files, byte[] pagePng) => (Files, PagePng) = (files, pagePng);

    public static FormatCorpus Instance => Shared.Value;

    public IReadOnlyList<CorpusFile> Files { get; }

    /// <summary>One clean scanned page as a PNG (table pages of the first clean scan), for the misnamed and fuzz tests.</summary>
    public byte[] PagePng { get; }

    public IEnumerable<CorpusFile> Of(string format) => Files.Where(f => f.Format == format);

    public static bool IsScan(string format) => format.StartsWith("scan", StringComparison.Ordinal);

    /// <summary>The five seeds, then random reports alternating between the templates.</summary>
    public static List<(string Name, AnnualReport Report)> Reports()
    {
        var reports = Directory.GetFiles(TestPaths.Seeds, "*.expected.json").Order(StringComparer.Ordinal)
            .Select(json => Path.GetFileName(json).Replace(".expected.json", "", StringComparison.Ordinal))
            .Select(name => ("seed" + name[..3], CanonicalJson.Read(File.ReadAllText(Path.Combine(TestPaths.Seeds, name + ".expected.json")), name)))
            .ToList();
        for (var i = 0; reports.Count < TextReports; i++)
        {
            var seed = 31000 + i;
            reports.Add(("gen" + seed.ToString(CultureInfo.InvariantCulture), ReportGenerator.Create(new Random(seed), i % 2 == 0 ? ReportFormat.Revised2021 : ReportFormat.Trial2019)));
        }

        return reports;
    }

    private static FormatCorpus Build()
    {
        var files = new List<CorpusFile>();
        var reports = Reports();
        var layouts = new[] { (TextLayout.CellPerLine, "text cell-per-line"), (TextLayout.TabGrid, "text tab-grid"), (TextLayout.Pipe, "text pipe"), (TextLayout.Spaces, "text spaces") };
        foreach (var (name, report) in reports)
        {
            files.AddRange(layouts.Select(l => new CorpusFile(l.Item2, name + ".txt", report, Utf8(PlainTextWriter.Write(report, l.Item1)))));
            files.Add(new CorpusFile("markdown", name + ".md", report, Utf8(MarkdownWriter.Write(report))));
            files.Add(new CorpusFile("html", name + ".html", report, Utf8(HtmlWriter.Write(report))));
        }

        // Office and PDF: three seeds and five random reports; scans: random reports of their own, both templates.
        var office = reports.Take(3).Concat(reports.Skip(5).Take(OfficeReports - 3)).ToList();
        var scans = Enumerable.Range(0, 2 * ScansEach)
            .Select(i => (Name: "scan" + (32000 + i).ToString(CultureInfo.InvariantCulture), Report: ReportGenerator.Create(new Random(32000 + i), i % 2 == 0 ? ReportFormat.Revised2021 : ReportFormat.Trial2019)))
            .ToList();
        var docx = office.Select(r => DocxWriter.ToBytes(r.Report)).ToList();
        files.AddRange(office.Select((r, i) => new CorpusFile("docx", r.Name + ".docx", r.Report, docx[i])));
        files.AddRange(office.Select(r => new CorpusFile("xlsx", r.Name + ".xlsx", r.Report, XlsxSamples.Write(r.Report))));

        var dir = Directory.CreateTempSubdirectory("gk-format-corpus-");
        try
        {
            // Two LibreOffice runs side by side, each converting many files with its own profile.
            var doc = Task.Run(() => Soffice.Convert(docx, "doc"));
            var toPrint = office.Concat(scans).ToList();
            var docxPaths = toPrint.Select(r => Path.Combine(dir.FullName, r.Name + ".docx")).ToList();
            for (var i = 0; i < toPrint.Count; i++)
            {
                File.WriteAllBytes(docxPaths[i], DocxWriter.ToBytes(toPrint[i].Report));
            }

            var pdfs = PdfTools.DocxToPdf(docxPaths, Directory.CreateDirectory(Path.Combine(dir.FullName, "pdf")).FullName);
            files.AddRange(office.Select((r, i) => new CorpusFile("doc", r.Name + ".doc", r.Report, doc.Result[i])));
            files.AddRange(office.Select((r, i) => new CorpusFile("pdf", r.Name + ".pdf", r.Report, File.ReadAllBytes(pdfs[i]))));

            var scanFiles = new CorpusFile[scans.Count];
            byte[]? page = null;
            Parallel.For(0, scans.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            {
                var (name, report) = scans[i];
                var degraded = i >= ScansEach;
                var pages = Pages(pdfs[office.Count + i], dir.FullName, name);
                if (i == 0)
                {
                    page = File.ReadAllBytes(pages[^1]);
                }

                var tif = Path.Combine(dir.FullName, name + ".tif");
                ScanTools.Convert([.. degraded ? Degrade(pages, i) : pages, "-compress", "zip", tif]);
                scanFiles[i] = new CorpusFile(degraded ? "scan degraded" : "scan clean", name + ".tif", report, File.ReadAllBytes(tif));
            });
            files.AddRange(scanFiles);
            return new FormatCorpus(files, page!);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    private static List<string> Pages(string pdf, string dir, string name)
    {
        ScanTools.Run("pdftoppm", ["-r", "200", "-gray", "-png", pdf, Path.Combine(dir, name)], "poppler-utils");
        return [.. Directory.GetFiles(dir, name + "-*.png").Order(StringComparer.Ordinal)];
    }

    /// <summary>Each page turned 0.8° (alternating direction), blurred, with noise, saved as JPEG at quality 80.</summary>
    private static List<string> Degrade(List<string> pages, int seed)
    {
        var jpegs = new List<string>();
        foreach (var (page, k) in pages.Select((p, k) => (p, k)))
        {
            var jpeg = Path.ChangeExtension(page, ".jpg");
            ScanTools.Convert("-seed", (seed * 10 + k).ToString(CultureInfo.InvariantCulture), page, "-background", "white", "-virtual-pixel", "white",
                "-distort", "SRT", (k + seed) % 2 == 0 ? "0.8" : "-0.8", "-blur", "0x0.6", "-channel", "Gray", "-attenuate", "0.5", "+noise", "Gaussian", "+channel",
                "-quality", "80", jpeg);
            jpegs.Add(jpeg);
        }

        return jpegs;
    }
}
