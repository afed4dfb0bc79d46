using Gongkai.Core.Tests.Support;
using Gongkai.Reports;
using Gongkai.Samples;
using Gongkai.Writing;

namespace Gongkai.Core.Tests.Reading.Pdf;

/// <summary>
/// PDFs made once per test run from Gongkai's own writers with real tools: random reports of both templates as
/// DOCX printed by LibreOffice and as HTML printed by Chromium, and the five seed reports (their canonical JSON)
/// as DOCX. Each entry keeps the report it was made from.
/// </summary>
internal sealed class PdfCorpus
{
    public const int WordReportsPerTemplate = 30;
    public const int BrowserReportsPerTemplate = 8;

    private static readonly Lazy<PdfCorpus> Shared = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    private PdfCorpus(List<Entry> entries) => Entries = entries;

    public static PdfCorpus Instance => Shared.Value;

    public List<Entry> Entries { get; }

    public sealed record Entry(string Name, string Kind, AnnualReport Report, byte[] Pdf);

    public IEnumerable<Entry> Of(string kind, ReportFormat? format = null) =>
        Entries.Where(e => e.Kind == kind && (format is null || e.Report.Format == format));

    private static PdfCorpus Build()
    {
        var dir = Directory.CreateTempSubdirectory("gk-pdf-corpus-");
        try
        {
            var docx = new List<(string Name, string Kind, AnnualReport Report)>();
            var html = new List<(string Name, string Kind, AnnualReport Report)>();
            foreach (var format in new[] { ReportFormat.Revised2021, ReportFormat.Trial2019 })
            {
                for (var i = 0; i < WordReportsPerTemplate; i++)
                {
                    var seed = 8000 + ((int)format * 100) + i;
                    docx.Add(($"word{seed}", "word", ReportGenerator.Create(new Random(seed), format)));
                }

                for (var i = 0; i < BrowserReportsPerTemplate; i++)
                {
                    var seed = 9000 + ((int)format * 100) + i;
                    html.Add(($"browser{seed}", "browser", ReportGenerator.Create(new Random(seed), format)));
                }
            }

            foreach (var json in Directory.GetFiles(TestPaths.Seeds, "*.expected.json").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(json).Replace(".expected.json", "", StringComparison.Ordinal);
                docx.Add(($"seed{name}", "seed", CanonicalJson.Read(File.ReadAllText(json), name)));
            }

            var docxPaths = docx.Select(d => Path.Combine(dir.FullName, d.Name + ".docx")).ToList();
            docx.Zip(docxPaths).ToList().ForEach(p => File.WriteAllBytes(p.Second, DocxWriter.ToBytes(p.First.Report)));
            var htmlPaths = html.Select(d => Path.Combine(dir.FullName, d.Name + ".html")).ToList();
            html.Zip(htmlPaths).ToList().ForEach(p => File.WriteAllText(p.Second, HtmlWriter.Write(p.First.Report)));

            var pdfDir = Directory.CreateDirectory(Path.Combine(dir.FullName, "pdf")).FullName;
            var fromWord = Task.Run(() => PdfTools.DocxToPdf(docxPaths, pdfDir));
            var fromBrowser = PdfTools.HtmlToPdf(htmlPaths, pdfDir);
            var entries = docx.Zip(fromWord.Result).Concat(html.Zip(fromBrowser))
                .Select(p => new Entry(p.First.Name, p.First.Kind, p.First.Report, File.ReadAllBytes(p.Second))).ToList();
            return new PdfCorpus(entries);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
