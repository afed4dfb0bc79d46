using Gongkai.Checking;
using Gongkai.Diagnostics;
using Gongkai.Reports;
using static Gongkai.Core.Tests.Checking.CheckingSamples;

namespace Gongkai.Core.Tests.Checking;

/// <summary>Arithmetic on checked <see cref="long"/>: huge or fractional counts give GK0305, never a wrap or a throw.</summary>
public sealed class OverflowTests
{
    [Fact]
    public void ASumPastLongMaxValueIsReportedAsOverflowNotAsAWrongTotal()
    {
        var report = Report(ReportFormat.Revised2021, Row("received", long.MaxValue, 1, 0, 0, 0, 0, long.MaxValue));

        var findings = Checker.Check(report);

        var overflow = Assert.Single(findings, d => d.Code == DiagnosticCodes.ArithmeticOverflow.Code);
        Assert.Equal(Severity.Error, overflow.Severity);
        Assert.Equal(7, overflow.CellKeys.Length);
        Assert.DoesNotContain(findings, d => d.Code == DiagnosticCodes.RowTotal.Code);
    }

    [Fact]
    public void ASumPastLongMinValueIsReportedAsOverflow()
    {
        var report = Report(ReportFormat.Trial2019, Row("total", long.MinValue, -1, 0, 0, 0, 0, 0));

        Assert.Single(report.Findings(DiagnosticCodes.ArithmeticOverflow));
    }

    [Fact]
    public void LargeCountsThatStillFitAreAddedExactly()
    {
        const long big = long.MaxValue / 2;
        var report = Report(ReportFormat.Revised2021, Row("received", big, big, 1, 0, 0, 0, long.MaxValue));

        Assert.DoesNotContain(Checker.Check(report), d => d.IsArithmetic());
    }

    [Theory]
    [InlineData("1e25")]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("1.5")]
    [InlineData("0.0001")]
    public void ACountThatIsNotAWholeNumberInRangeIsReportedOnceAndLeftOutOfEverySum(string value)
    {
        var v = decimal.Parse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
        var report = Consistent(ReportFormat.Revised2021, seed: 5).With("s3.received.natural", v);

        var findings = Checker.Check(report);

        var overflow = Assert.Single(findings, d => d.Code == DiagnosticCodes.ArithmeticOverflow.Code);
        Assert.Equal(["s3.received.natural"], overflow.CellKeys.ToArray());
        Assert.DoesNotContain(findings, d => (d.Code == DiagnosticCodes.RowTotal.Code || d.Code == DiagnosticCodes.Balance.Code) && d.CellKeys.Contains("s3.received.natural"));
    }

    [Fact]
    public void ATotalOf1e25IsNeverComparedAsAWrappedNumber()
    {
        var report = Report(ReportFormat.Revised2021, Row("received", 1, 0, 0, 0, 0, 0, 1e25m));

        var finding = Assert.Single(Checker.Check(report), d => d.IsArithmetic());
        Assert.Equal(DiagnosticCodes.ArithmeticOverflow.Code, finding.Code);
        Assert.Equal(["s3.received.total"], finding.CellKeys.ToArray());
    }

    [Fact]
    public void AWholeNumberWrittenWithDecimalsIsAWholeNumber()
    {
        var report = Report(ReportFormat.Revised2021, Row("received", 1.00m, 2.0m, 0, 0, 0, 0, 3));

        Assert.DoesNotContain(Checker.Check(report), d => d.IsArithmetic());
    }
}
