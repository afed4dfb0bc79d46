using System.Globalization;

namespace Gongkai.Core.Tests.Reading.Scan;

/// <summary>
/// The larger measurement behind docs/ocr.md, run by hand (it takes minutes):
/// <c>GONGKAI_OCR_MEASURE=40 dotnet test tests/Gongkai.Core.Tests --filter Category=OcrMeasure</c>. Without the
/// variable the test returns at once. It writes its summary and every wrong cell to <c>/tmp/gongkai-ocr-measure.txt</c>.
/// </summary>
public sealed class ScanMeasurement
{
    [Fact]
    [Trait("Category", "OcrMeasure")]
    public void MeasureCleanAndDegradedScans()
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("GONGKAI_OCR_MEASURE"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
        {
            return;
        }

        var dir = Directory.CreateTempSubdirectory("gongkai-scan-measure-").FullName;
        try
        {
            var clean = ScanAccuracyTests.Corpus.Read(ScanCorpus.Build(Path.Combine(dir, "clean"), [.. Enumerable.Range(7000, count)], degraded: false));
            var degraded = ScanAccuracyTests.Corpus.Read(ScanCorpus.Build(Path.Combine(dir, "degraded"), [.. Enumerable.Range(8000, count)], degraded: true));
            var lines = new List<string> { "clean:    " + ScanScore.Summary(clean), "degraded: " + ScanScore.Summary(degraded) };
            lines.AddRange(clean.Concat(degraded).SelectMany(s => s.Flagged.Select(f => "flagged   " + f).Concat(s.Unflagged.Select(u => "UNFLAGGED " + u))));
            File.WriteAllLines(Path.Combine(Path.GetTempPath(), "gongkai-ocr-measure.txt"), lines);
            Assert.Empty(clean.Concat(degraded).SelectMany(s => s.Unflagged));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
