using System.Diagnostics;
using Gongkai.Core.Tests.Reading.Pdf;
using Gongkai.Diagnostics;
using Gongkai.Reading;

namespace Gongkai.Core.Tests.Corpus;

/// <summary>
/// Issue 3 "Limits and bad input", where the readers' own tests do not already cover it: a 500-page PDF under the
/// default options. The others are covered beside their readers (docs/formats.md lists where): the 50-megapixel
/// image (Scan/ScanLimitTests), the zip bomb and XML entity expansion (Office/BadOfficeFileTests), the encrypted PDF
/// (Pdf/PdfProblemTests) and the password-protected Office files (Office/BadOfficeFileTests).
/// </summary>
public sealed class LimitTests
{
    [Fact]
    public void AFiveHundredPagePdfIsOneLimitErrorWithinSeconds()
    {
        var pdf = FormatCorpus.Instance.Of("pdf").First().Bytes;
        var copies = (500 / PdfTools.PageCount(pdf)) + 1;
        var big = PdfTools.Qpdf(pdf, ["--empty", "--pages", .. Enumerable.Repeat("{in}", copies), "--", "{out}"]);
        Assert.True(PdfTools.PageCount(big) >= 500, $"the test PDF has {PdfTools.PageCount(big)} pages");

        var clock = Stopwatch.StartNew();
        var outcome = ReportPipeline.Default.Read(big, "five-hundred-pages.pdf");

        Assert.Null(outcome.Report);
        Assert.Equal(DiagnosticCodes.LimitExceeded.Code, Assert.Single(outcome.Diagnostics).Code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }
}
