using System.Collections.Immutable;
using Gongkai.Checking;
using Gongkai.Diagnostics;
using Gongkai.Reading;
using Gongkai.Web.Shared;
using Gongkai.Writing;

namespace Gongkai.Web.Pages.Check;

/// <summary>One numbered line of the source, the findings that point at it (1-based numbers) and its worst severity.</summary>
public sealed record SourceLine(int Number, string Text, string? Hit, IReadOnlyList<int> Findings);

/// <summary>
/// One uploaded file as the checker shows it: the report in the official layout (<see cref="View"/>) beside the
/// source with the lines the findings point at highlighted, or the one line that says why the file was not read.
/// </summary>
public sealed record CheckedFile(string Name, string IdPrefix, string? Error, ReportView? View, IReadOnlyList<SourceLine> Lines, string? SourceNote, string? Json)
{
    /// <summary>Lines of source shown at most (the rest is summarized).</summary>
    public const int MaxLines = 5000;

    public static CheckedFile Failed(string name, string idPrefix, string error) => new(name, idPrefix, error, null, [], null, null);

    /// <summary>Reads and checks one upload. Never throws on a bad document: the reason becomes <see cref="Error"/>.</summary>
    public static CheckedFile Check(Upload upload, string idPrefix, ReportPipeline pipeline)
    {
        var (outcome, grid) = pipeline.ReadWithGrid(upload.Bytes, upload.Name);
        if (outcome.Report is null)
        {
            var why = outcome.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Message).FirstOrDefault()
                ?? "未找到年度报告的表格或章节（no report found）";
            return Failed(upload.Name, idPrefix, $"{upload.Name}：{why}");
        }

        var report = outcome.Report;
        var findings = DiagnosticOrder.Sorted([.. report.Diagnostics, .. Checker.Check(report)], upload.Name);
        var (lines, note) = Source(upload, grid, pipeline, findings);
        var json = CanonicalJson.Write(report with { Diagnostics = findings }, includeDiagnostics: true);
        return new(upload.Name, idPrefix, null, new ReportView(report, findings, IdPrefix: idPrefix), lines, note, json);
    }

    /// <summary>The id of a source line's element, for a finding's link.</summary>
    public string LineId(int line) => $"{IdPrefix}L{line}";

    /// <summary>
    /// The source as numbered lines: the decoded text for text and HTML (the lines the readers number), the rows the
    /// reader took out of a binary document (DOCX, XLSX, PDF, scans) numbered as the reader numbered them.
    /// </summary>
    private static (IReadOnlyList<SourceLine> Lines, string? Note) Source(Upload upload, TextGrid? grid, ReportPipeline pipeline, ImmutableArray<Diagnostic> findings)
    {
        var head = upload.Bytes.AsMemory(0, Math.Min(upload.Bytes.Length, 4096));
        var reader = pipeline.Readers.FirstOrDefault(r => r.CanRead(head.Span));
        List<(int Number, string Text)> raw;
        string? note = null;
        if (reader is PlainTextReader or HtmlReader)
        {
            var text = TextDecoder.Decode(upload.Bytes, upload.Name).Text;
            raw = [.. (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select((t, i) => (i + 1, t.TrimEnd('\r')))];
        }
        else if (grid is not null && grid.Rows.Any(r => r.Location.Line > 0))
        {
            note = $"源文件为二进制格式（{reader?.Name ?? "binary"}），下面是读出的段落与表格行，按读取时的编号（binary document: the paragraphs and table rows read from it）";
            raw = [.. grid.Rows.Where(r => r.Location.Line > 0).GroupBy(r => r.Location.Line).OrderBy(g => g.Key)
                .Select(g => (g.Key, string.Join(" │ ", g.SelectMany(r => r.Cells).Select(c => c.Text))))];
        }
        else if (grid is not null)
        {
            note = $"源文件为二进制格式（{reader?.Name ?? "binary"}），下面是读出的文字行，问题按页定位（binary document: text rows; findings point at pages）";
            raw = [.. grid.Rows.Select((r, i) => (i + 1, string.Join(" │ ", r.Cells.Select(c => c.Text))))];
        }
        else
        {
            return ([], "源文件为二进制格式，无法显示（binary source, not shown）");
        }

        var byLine = new Dictionary<int, List<int>>();
        for (var i = 0; i < findings.Length; i++)
        {
            if (findings[i].Location.Line is > 0 and var line)
            {
                if (!byLine.TryGetValue(line, out var list))
                {
                    byLine[line] = list = [];
                }

                list.Add(i + 1);
            }
        }

        if (raw.Count > MaxLines)
        {
            note = (note is null ? "" : note + "；") + $"仅显示前 {MaxLines} 行（first {MaxLines} lines shown）";
            raw = raw[..MaxLines];
        }

        return ([.. raw.Select(r =>
        {
            var numbers = byLine.GetValueOrDefault(r.Number) ?? [];
            var hit = numbers.Any(n => findings[n - 1].Severity == Severity.Error) ? "hit-error"
                : numbers.Any(n => findings[n - 1].Severity == Severity.Warning) ? "hit-warning" : null;
            return new SourceLine(r.Number, r.Text, hit, numbers);
        })], note);
    }
}
