using System.Collections.Immutable;
using System.Text.Json;
using Gongkai.Diagnostics;

namespace Gongkai.Data;

/// <summary>Reads back the findings stored beside a report (the array <c>gongkai check --json</c> prints per file).</summary>
public static class FindingsJson
{
    public static ImmutableArray<Diagnostic> Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var list = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            var severity = e.GetProperty("severity").GetString() switch
            {
                "error" => Severity.Error,
                "warning" => Severity.Warning,
                _ => Severity.Info,
            };
            var location = new SourceLocation(
                e.TryGetProperty("file", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null,
                e.TryGetProperty("line", out var l) ? l.GetInt32() : 0,
                e.TryGetProperty("column", out var c) ? c.GetInt32() : 0,
                e.TryGetProperty("page", out var p) ? p.GetInt32() : 0);
            list.Add(new Diagnostic(
                e.GetProperty("code").GetString()!,
                severity,
                e.GetProperty("message").GetString()!,
                e.TryGetProperty("message_en", out var en) ? en.GetString() ?? "" : "",
                location,
                [.. e.GetProperty("cells").EnumerateArray().Select(k => k.GetString()!)],
                e.TryGetProperty("basis", out var b) ? b.GetString() ?? "" : ""));
        }

        return list.ToImmutable();
    }
}
