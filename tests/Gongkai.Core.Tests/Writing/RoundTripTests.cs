using System.Text;
using Gongkai.Reading;
using Gongkai.Reports;
using Gongkai.Samples;
using Gongkai.Writing;

namespace Gongkai.Core.Tests.Writing;

/// <summary>
/// What Gongkai writes, Gongkai reads back: random consistent reports of both templates, written in every text
/// layout, as Markdown and as HTML, then read by the full pipeline, keep agency, year, format, every cell and
/// every section.
/// </summary>
public sealed class RoundTripTests
{
    private const int ReportsPerCase = 200;

    public static TheoryData<ReportFormat, string> Cases()
    {
        var data = new TheoryData<ReportFormat, string>();
        foreach (var format in WriterSamples.Formats)
        {
            foreach (var writer in Enum.GetNames<TextLayout>().Append("Markdown").Append("Html"))
            {
                data.Add(format, writer);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void WrittenReportsReadBackWithTheSameContent(ReportFormat format, string writer)
    {
        var failures = new List<(int Seed, string Why)>();
        for (var i = 0; i < ReportsPerCase; i++)
        {
            var seed = ((int)format * 1000) + i;
            var original = ReportGenerator.Create(new Random(seed), format);
            var outcome = Read(original, writer, $"seed{seed}");
            if (outcome.Report is not { } read)
            {
                failures.Add((seed, "unreadable: " + string.Join("; ", outcome.Diagnostics.Take(3))));
            }
            else if (!read.SameContentAs(original))
            {
                failures.Add((seed, Differences(original, read)));
            }
        }

        Assert.True(
            failures.Count == 0,
            $"{failures.Count} of {ReportsPerCase} {format.ToJson()} reports written as {writer} read back differently; "
            + $"seeds {string.Join(", ", failures.Take(10).Select(f => f.Seed))}{(failures.Count > 10 ? " …" : "")}\nfirst (seed {(failures.Count > 0 ? failures[0].Seed : 0)}):\n{(failures.Count > 0 ? failures[0].Why : "")}");
    }

    private static ParseOutcome Read(AnnualReport report, string writer, string name) => writer switch
    {
        "Markdown" => ReportPipeline.ReadText(MarkdownWriter.Write(report), name + ".md"),
        "Html" => ReportPipeline.Default.Read(Encoding.UTF8.GetBytes(HtmlWriter.Write(report)), name + ".html"),
        _ => ReportPipeline.ReadText(PlainTextWriter.Write(report, Enum.Parse<TextLayout>(writer)), name + ".txt"),
    };

    /// <summary>A readable list of what differs (at most a dozen lines), with the reader's first diagnostics.</summary>
    internal static string Differences(AnnualReport expected, AnnualReport actual)
    {
        var lines = new List<string>();
        if (expected.Agency != actual.Agency)
        {
            lines.Add($"agency: {expected.Agency} ≠ {actual.Agency ?? "null"}");
        }

        if (expected.Year != actual.Year)
        {
            lines.Add($"year: {expected.Year} ≠ {actual.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"}");
        }

        if (expected.Format != actual.Format)
        {
            lines.Add($"format: {expected.Format.ToJson()} ≠ {actual.Format.ToJson()}");
        }

        var cells = expected.Cells.Where(kv => actual[kv.Key] != kv.Value.Value).Select(kv => $"{kv.Key}: {kv.Value.Value} ≠ {actual[kv.Key]?.ToString() ?? "null"}").ToList();
        lines.AddRange(cells.Take(6));
        if (cells.Count > 6)
        {
            lines.Add($"… {cells.Count - 6} more cells differ");
        }

        foreach (var kind in SectionKinds.All.Where(k => expected.Section(k) != actual.Section(k)))
        {
            lines.Add($"section {kind.JsonKey()}: \"{expected.Section(kind)}\" ≠ \"{actual.Section(kind) ?? "null"}\"");
        }

        lines.AddRange(actual.Diagnostics.Take(4).Select(d => "  " + d));
        return string.Join("\n", lines);
    }
}
