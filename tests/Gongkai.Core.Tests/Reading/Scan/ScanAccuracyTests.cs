using System.Diagnostics;
using Gongkai.Reading;

namespace Gongkai.Core.Tests.Reading.Scan;

/// <summary>
/// Scans of generated reports read back through the pipeline: 6 clean scans (300 dpi) and 6 degraded ones (200 dpi,
/// turned, blurred, noisy, JPEG), both templates. Issue 3 item 4: at least 99.5 % of the statutory cells exact on
/// clean scans and 98 % on degraded ones, and every wrong cell named by a diagnostic or caught by the checker.
/// The larger measurement in docs/ocr.md is <see cref="ScanMeasurement"/>.
/// </summary>
public sealed class ScanAccuracyTests(ScanAccuracyTests.Corpus corpus) : IClassFixture<ScanAccuracyTests.Corpus>
{
    /// <summary>Builds the scans once and reads each through <see cref="ReportPipeline.Default"/>, two at a time.</summary>
    public sealed class Corpus : IDisposable
    {
        public Corpus()
        {
            Directory = System.IO.Directory.CreateTempSubdirectory("gongkai-scan-corpus-").FullName;
            var clean = ScanCorpus.Build(Path.Combine(Directory, "clean"), [.. Enumerable.Range(4100, 6)], degraded: false);
            var degraded = ScanCorpus.Build(Path.Combine(Directory, "degraded"), [.. Enumerable.Range(4200, 6)], degraded: true);
            Scores = Read([.. clean, .. degraded]);
        }

        public string Directory { get; }

        internal IReadOnlyList<ScanScore> Scores { get; }

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

        internal static List<ScanScore> Read(IReadOnlyList<ScanSample> samples)
        {
            var scores = new ScanScore[samples.Count];
            Parallel.For(0, samples.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            {
                var clock = Stopwatch.StartNew();
                var outcome = ReportPipeline.Default.ReadFile(samples[i].Path);
                scores[i] = ScanScore.Of(samples[i], outcome, clock.Elapsed, 3);
            });
            return [.. scores];
        }
    }

    [Fact]
    public void CleanScansReadAtLeast99Point5PercentOfCellsExactly()
    {
        var clean = corpus.Scores.Where(s => !s.Sample.Degraded).ToList();
        var share = (double)clean.Sum(s => s.Exact) / clean.Sum(s => s.Cells);

        Assert.True(share >= 0.995, ScanScore.Summary(clean) + "\n" + string.Join("\n", clean.SelectMany(s => s.Flagged.Concat(s.Unflagged)).Take(20)));
    }

    [Fact]
    public void DegradedScansReadAtLeast98PercentOfCellsExactly()
    {
        var degraded = corpus.Scores.Where(s => s.Sample.Degraded).ToList();
        var share = (double)degraded.Sum(s => s.Exact) / degraded.Sum(s => s.Cells);

        Assert.True(share >= 0.98, ScanScore.Summary(degraded) + "\n" + string.Join("\n", degraded.SelectMany(s => s.Flagged.Concat(s.Unflagged)).Take(20)));
    }

    [Fact]
    public void EveryWrongCellIsNamedByADiagnosticOrCaughtByTheChecker()
    {
        var unflagged = corpus.Scores.SelectMany(s => s.Unflagged).ToList();

        Assert.True(unflagged.Count == 0, ScanScore.Summary(corpus.Scores) + "\n" + string.Join("\n", unflagged.Take(20)));
    }

    [Fact]
    public void ScansKeepTheirTemplate()
    {
        Assert.All(corpus.Scores, s => Assert.True(s.FormatRight, $"seed {s.Sample.Seed}: template not recognized"));
    }

    [Fact]
    public void AScanNamedAsTextIsStillReadAsAnImage()
    {
        var sample = corpus.Scores.First(s => !s.Sample.Degraded).Sample;
        var misnamed = Path.Combine(corpus.Directory, "table-three-page.txt");
        ScanTools.Convert("-quiet", sample.Path + "[1]", "png:" + misnamed);

        var outcome = ReportPipeline.Default.ReadFile(misnamed);

        // Read as an image, not refused as binary text: the page's table 三 is there (a digit may still be misread).
        Assert.NotNull(outcome.Report);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == Gongkai.Diagnostics.DiagnosticCodes.FileBinary.Code);
        var keys = Gongkai.Reports.TemplateCatalog.Default.For(sample.Truth.Format).Where(d => d.Table == 3).Select(d => d.Key).ToList();
        Assert.True(keys.Count(k => sample.Truth[k] == outcome.Report![k]) >= keys.Count * 0.95, "table 三 was not read from the misnamed image");
    }

    [Fact]
    public void PdfPagesWithoutTextAreReadThroughTheScanHook()
    {
        var sample = corpus.Scores.First(s => !s.Sample.Degraded).Sample;
        var pdf = Path.Combine(Path.GetDirectoryName(sample.Path)!, "report-" + sample.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".pdf");

        var grid = ScanReader.ReadPdf(File.ReadAllBytes(pdf), "scan.pdf", ReadOptions.Default, [2]);
        var report = Gongkai.Recognition.Recognizer.Recognize(grid);

        Assert.All(grid.Rows, r => Assert.Equal(2, r.Location.Page));
        var keys = Gongkai.Reports.TemplateCatalog.Default.For(sample.Truth.Format).Where(d => d.Table == 3).Select(d => d.Key).ToList();
        Assert.True(keys.Count(k => sample.Truth[k] == report[k]) >= keys.Count * 0.95, "table 三 was not read from the rendered PDF page");
    }
}
