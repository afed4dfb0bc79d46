using System.Text;
using System.Text.Json;
using Gongkai.Diagnostics;
using Gongkai.Writing;

namespace Gongkai.Cli;

/// <summary>How <c>check</c> prints its findings: compiler-style lines with a summary per file, or JSON.</summary>
internal static class CheckReport
{
    /// <summary>3 for a bug, else 2 when an input could not be read, else 1 for any error-level finding, else 0.</summary>
    public static int ExitCode(IReadOnlyCollection<Findings> results) =>
        results.Any(r => r.Bug is not null) ? ExitCodes.InternalError
        : results.Any(r => r.Unreadable) ? ExitCodes.Unreadable
        : results.Any(r => r.Count(Severity.Error) > 0) ? ExitCodes.Findings
        : ExitCodes.Ok;

    public static void Text(IReadOnlyList<Findings> results, TextWriter output, bool english)
    {
        foreach (var r in results)
        {
            if (r.Unreadable)
            {
                output.WriteLine(r.Input.ReasonLine(english));
                output.WriteLine(english ? $"{r.Path}: unreadable" : $"{r.Path}：无法读取");
                continue;
            }

            foreach (var d in r.Diagnostics)
            {
                output.WriteLine(english ? d.ToStringEn() : d.ToString());
            }

            output.WriteLine(Summary(r.Path, r.Count(Severity.Error), r.Count(Severity.Warning), r.Count(Severity.Info), english));
        }

        if (results.Count > 1)
        {
            var unreadable = results.Count(r => r.Unreadable);
            var errors = results.Where(r => !r.Unreadable).Sum(r => r.Count(Severity.Error));
            var warnings = results.Where(r => !r.Unreadable).Sum(r => r.Count(Severity.Warning));
            output.WriteLine(english
                ? $"{results.Count} files: {errors} errors, {warnings} warnings, {unreadable} unreadable"
                : $"共 {results.Count} 个文件：{errors} 个错误，{warnings} 个警告，{unreadable} 个无法读取");
        }
    }

    public static string Summary(string path, int errors, int warnings, int infos, bool english) =>
        english
            ? $"{path}: {errors} errors, {warnings} warnings, {infos} notes"
            : $"{path}：{errors} 个错误，{warnings} 个警告，{infos} 条提示";

    /// <summary>A JSON array with one object per file: file, readable, counts and the findings.</summary>
    public static string Json(IReadOnlyList<Findings> results)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, CanonicalJson.Options))
        {
            w.WriteStartArray();
            foreach (var r in results)
            {
                w.WriteStartObject();
                w.WriteString("file", r.Path);
                w.WriteBoolean("readable", !r.Unreadable && r.Input.Bug is null);
                w.WriteNumber("errors", r.Count(Severity.Error));
                w.WriteNumber("warnings", r.Count(Severity.Warning));
                w.WriteNumber("infos", r.Count(Severity.Info));
                if (r.Bug is { } bug)
                {
                    w.WriteString("internal_error", Cli.InternalError(bug));
                }

                w.WriteStartArray("findings");
                foreach (var d in r.Diagnostics)
                {
                    CanonicalJson.WriteDiagnostic(w, d);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
