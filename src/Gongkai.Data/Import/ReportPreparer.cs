using System.Collections.Immutable;
using System.IO.Compression;
using System.Text.Json;
using Gongkai.Checking;
using Gongkai.Diagnostics;
using Gongkai.Reading;
using Gongkai.Writing;

namespace Gongkai.Data.Import;

/// <summary>The CPU half of an import, run on every core: everything about one document except the SQL.</summary>
public static class ReportPreparer
{
    public static PreparedReport Prepare(long sequence, ImportItem item, string sha256, ReportPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(pipeline);
        var bytes = item.Bytes ?? [];
        var (compression, content) = Compress(bytes);
        var failed = new PreparedReport(sequence, item.Source, item.Name, sha256, bytes.Length, compression, content,
            null, [], null, null, null, null, null, [], null, item.Error);
        if (item.Error is not null)
        {
            return failed;
        }

        ParseOutcome outcome;
        try
        {
            outcome = pipeline.Read(bytes, item.Source);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return failed with { Error = $"内部错误：{e.GetType().Name}: {e.Message}" };
        }

        if (outcome.Report is not { } report)
        {
            var first = outcome.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) ?? outcome.Diagnostics.FirstOrDefault();
            return failed with { Error = first is null ? "不是年度报告（not a report）" : $"{first.Code}: {first.Message}", Findings = outcome.Diagnostics };
        }

        try
        {
            return Complete(failed, report, outcome.Diagnostics);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return failed with { Error = $"内部错误：{e.GetType().Name}: {e.Message}" };
        }
    }

    private static PreparedReport Complete(PreparedReport failed, Reports.AnnualReport report, ImmutableArray<Diagnostic> diagnostics)
    {
        var findings = DiagnosticOrder.Sorted(diagnostics.AddRange(Checker.Check(report)));
        var (whole, sections) = Narratives.Signatures(report);
        return failed with
        {
            Report = report,
            Findings = findings,
            Place = Placements.Infer(report),
            ReportJson = CanonicalJson.Write(report),
            FindingsJson = FindingsJson(findings),
            Cells = CellVector.Encode(report),
            MinHash = whole,
            SectionSignatures = sections,
            PublishedOn = PublicationDates.Find(report),
        };
    }

    /// <summary>The findings as a JSON array (the same shape <c>gongkai check --json</c> prints per finding).</summary>
    public static string FindingsJson(IEnumerable<Diagnostic> findings)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, CanonicalJson.Options))
        {
            w.WriteStartArray();
            foreach (var d in findings)
            {
                CanonicalJson.WriteDiagnostic(w, d);
            }

            w.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Deflate when it saves at least a tenth (text, HTML, DOCX's XML); stored as is otherwise (PDF, images).</summary>
    private static (string Compression, byte[] Content) Compress(byte[] bytes)
    {
        if (bytes.Length < 256)
        {
            return ("none", bytes);
        }

        using var buffer = new MemoryStream(bytes.Length / 3);
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(bytes);
        }

        return buffer.Length < bytes.Length * 9L / 10 ? ("deflate", buffer.ToArray()) : ("none", bytes);
    }

    /// <summary>The original bytes of a stored file.</summary>
    public static byte[] Decompress(string compression, byte[] content)
    {
        if (compression == "none")
        {
            return content;
        }

        using var input = new DeflateStream(new MemoryStream(content), CompressionMode.Decompress);
        using var output = new MemoryStream(content.Length * 4);
        input.CopyTo(output);
        return output.ToArray();
    }
}
