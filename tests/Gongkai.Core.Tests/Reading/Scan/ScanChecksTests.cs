using System.Globalization;
using System.Text;
using Gongkai.Diagnostics;
using Gongkai.Reading;
using Gongkai.Recognition;
using Gongkai.Reports;
using Gongkai.Samples;
using Gongkai.Writing;

namespace Gongkai.Core.Tests.Reading.Scan;

/// <summary>
/// How doubtful scanned numbers are flagged, without OCR: a report's grid (read from its HTML) with one cell
/// replaced by a "misread" value and reading details as the scan reader would give them.
/// </summary>
public sealed class ScanChecksTests
{
    [Fact]
    public void ACellThatBreaksItsRowAndColumnIsNamedWithTheOneReadingThatRestoresEverySum()
    {
        var (grid, truth, at) = Misread("s3.received.natural", 10);
        var printed = truth["s3.received.natural"]!.Value.ToString(CultureInfo.InvariantCulture);
        var read = (truth["s3.received.natural"]!.Value + 10).ToString(CultureInfo.InvariantCulture);

        var flags = ScanChecks.Flag(grid, [new CellRead(at, read, read, 40)]);

        var sum = Assert.Single(flags, d => d.Code == DiagnosticCodes.ScanSumBroken.Code);
        Assert.Equal(["s3.received.natural"], sum.CellKeys.ToArray());
        Assert.Contains("读作 " + printed, sum.Message, StringComparison.Ordinal);
        Assert.Contains(flags, d => d.Code == DiagnosticCodes.ScanLowConfidence.Code && d.CellKeys.Contains("s3.received.natural"));
    }

    [Fact]
    public void TheCellKeepsWhatWasReadWhenASubstitutionIsProposed()
    {
        var (grid, _, at) = Misread("s3.received.natural", 10);

        var report = Recognizer.Recognize(grid with { Diagnostics = [.. ScanChecks.Flag(grid, [new CellRead(at, "x", "x", 40)])] });
        var text = grid.Rows.SelectMany(r => r.Cells).First(c => c.Location == at).Text;

        Assert.Equal(decimal.Parse(text, CultureInfo.InvariantCulture), report["s3.received.natural"]);
    }

    [Fact]
    public void ADoubtfulReadingThatEverySumConfirmsIsNotFlagged()
    {
        var (grid, _, at) = Misread("s3.received.natural", 0);

        var flags = ScanChecks.Flag(grid, [new CellRead(at, "0", grid.Rows.SelectMany(r => r.Cells).First(c => c.Location == at).Text, 30)]);

        Assert.Empty(flags);
    }

    [Fact]
    public void ADoubtfulReadingInTableTwoIsFlaggedForItHasNoSums()
    {
        var (grid, _, at) = Misread("s2.licensing.decisions", 0);
        var text = grid.Rows.SelectMany(r => r.Cells).First(c => c.Location == at).Text;

        var flags = ScanChecks.Flag(grid, [new CellRead(at, text, text, 30, Other: "8")]);

        var flag = Assert.Single(flags);
        Assert.Equal(DiagnosticCodes.ScanLowConfidence.Code, flag.Code);
        Assert.Equal(["s2.licensing.decisions"], flag.CellKeys.ToArray());
    }

    [Fact]
    public void AnIllegibleCellIsNamed()
    {
        var (grid, _, at) = Misread("s4.review.total", 0, blank: true);

        var flags = ScanChecks.Flag(grid, [new CellRead(at, "~", "", -1)]);

        Assert.Contains(flags, d => d.Code == DiagnosticCodes.ScanIllegible.Code && d.CellKeys.SequenceEqual(["s4.review.total"]));
    }

    /// <summary>A generated report's grid with <paramref name="key"/>'s cell changed by <paramref name="delta"/> (or emptied).</summary>
    private static (TextGrid Grid, AnnualReport Truth, SourceLocation At) Misread(string key, int delta, bool blank = false)
    {
        var truth = ReportGenerator.Create(new Random(11), ReportFormat.Revised2021);
        var grid = new HtmlReader().Read(Encoding.UTF8.GetBytes(HtmlWriter.Write(truth)), "report.html", ReadOptions.Default);
        var at = Recognizer.Recognize(grid).Cells[key].Source;
        var text = blank ? "" : (truth[key]!.Value + delta).ToString(CultureInfo.InvariantCulture);
        // A cell spanning columns is followed by empty cells at the same place: only the first holds the value.
        var rows = grid.Rows.Select(r => r with { Cells = [.. r.Cells.Select(c => c.Location == at && ReferenceEquals(c, r.Cells.First(x => x.Location == at)) ? c with { Text = text } : c)] });
        return (grid with { Rows = [.. rows] }, truth, at);
    }
}
