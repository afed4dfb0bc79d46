using System.Collections.Immutable;
using Gongkai.Diagnostics;
using Gongkai.Reading;
using Gongkai.Reports;

namespace Gongkai.Cli.Tests;

/// <summary>The exit code of <c>check</c> from its findings: 3 beats 2 beats 1 beats 0.</summary>
public sealed class ExitCodeTests
{
    private static readonly AnnualReport Report = AnnualReport.Empty(ReportFormat.Revised2021);

    private static Findings Readable(params Diagnostic[] diagnostics) =>
        new(new InputResult("r.txt", new ParseOutcome(Report, []), null), [.. diagnostics], null);

    private static Findings Unreadable() =>
        new(new InputResult("u.txt", ParseOutcome.Fail(DiagnosticCodes.FileEmpty.Create(SourceLocation.InFile("u.txt"))), null), [], null);

    private static Diagnostic Error => DiagnosticCodes.RowTotal.Create(new SourceLocation("r.txt", 3, 1), "一、本年新收政府信息公开申请数量", 3, 4);

    private static Diagnostic Warning => DiagnosticCodes.FeeNotStated.Create(SourceLocation.InFile("r.txt"));

    public static TheoryData<string, int> Cases => new()
    {
        { "clean", ExitCodes.Ok },
        { "warning", ExitCodes.Ok },
        { "error", ExitCodes.Findings },
        { "error+unreadable", ExitCodes.Unreadable },
        { "unreadable", ExitCodes.Unreadable },
        { "error+bug", ExitCodes.InternalError },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheHighestCodeWins(string situation, int expected)
    {
        ImmutableArray<Findings> results = situation switch
        {
            "clean" => [Readable()],
            "warning" => [Readable(Warning)],
            "error" => [Readable(Warning), Readable(Error)],
            "error+unreadable" => [Readable(Error), Unreadable()],
            "unreadable" => [Unreadable(), Readable()],
            "error+bug" => [Readable(Error), Unreadable(), Readable() with { Bug = new InvalidOperationException("boom") }],
            _ => throw new ArgumentOutOfRangeException(nameof(situation)),
        };

        Assert.Equal(expected, CheckReport.ExitCode(results));
    }

    [Fact]
    public void FindingsWithoutAFileNameTheInputAndSortByPosition()
    {
        var late = DiagnosticCodes.RowTotal.Create(new SourceLocation(null, 9, 2), "x", 1, 2);
        var early = DiagnosticCodes.RowTotal.Create(new SourceLocation(null, 2, 5), "y", 1, 2);
        var whole = DiagnosticCodes.FeeNotStated.Create(SourceLocation.None);

        var sorted = Findings.Sorted([late, early, whole, early], "r.txt");

        Assert.Equal(["r.txt", "r.txt(2,5)", "r.txt(9,2)"], sorted.Select(d => d.Location.ToString()));
    }

    [Fact]
    public void ABugIsOneLineWithoutAStackTrace()
    {
        Exception bug;
        try
        {
            throw new AggregateException(new InvalidOperationException("第一行\n第二行"));
        }
        catch (AggregateException e)
        {
            bug = e;
        }

        Assert.Equal("gongkai: 内部错误：r.txt：InvalidOperationException: 第一行 第二行", Cli.InternalError(bug, "r.txt"));
    }
}
