using Gongkai.Reports;

namespace Gongkai.Writing;

/// <summary>One section as the writers print it: heading line, paragraphs, and the official tables.</summary>
public sealed record WrittenSection(SectionKind Kind, string Heading, IReadOnlyList<string> Paragraphs, IReadOnlyList<LayoutTable> Tables);

/// <summary>What every writer prints, in order: the title, then the six sections (条例第五十条; headings as both templates print them).</summary>
public static class ReportText
{
    /// <summary>"{agency}{year}年政府信息公开工作年度报告", leaving out what the report does not know.</summary>
    public static string Title(AnnualReport report) =>
        $"{report.Agency}{(report.Year is { } y ? $"{y}年" : "")}政府信息公开工作年度报告";

    /// <summary>
    /// The sections to print. A narrative section the report lacks is left out; sections 二–四 are printed whenever
    /// the report has tables (their heading is the template's when the report has no text for them).
    /// </summary>
    /// <remarks>A section's first line is its heading (as stored in <see cref="AnnualReport.Sections"/>); blank lines are dropped.</remarks>
    public static IEnumerable<WrittenSection> Sections(AnnualReport report)
    {
        foreach (var kind in SectionKinds.All)
        {
            var tables = TableLayout.For(kind, report.Format);
            var text = report.Section(kind);
            if (text is null && tables.Count == 0)
            {
                continue;
            }

            var lines = (text ?? kind.Heading()).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
            var paragraphs = lines.Skip(1).Where(l => l.Trim().Length > 0).ToArray();
            yield return new WrittenSection(kind, lines[0], paragraphs, tables);
        }
    }
}
