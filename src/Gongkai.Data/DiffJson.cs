using System.Collections.Immutable;
using System.Text.Json;
using Gongkai.Reports;
using Gongkai.Writing;

namespace Gongkai.Data;

/// <summary>A <see cref="ReportDiff"/> as stored beside a new version (reports.diff_json), and read back.</summary>
public static class DiffJson
{
    public static string Write(ReportDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, CanonicalJson.Options))
        {
            w.WriteStartObject();
            if (diff.AgencyBefore != diff.AgencyAfter)
            {
                w.WriteString("agency_before", diff.AgencyBefore);
                w.WriteString("agency_after", diff.AgencyAfter);
            }

            if (diff.FormatBefore != diff.FormatAfter)
            {
                w.WriteString("format_before", diff.FormatBefore.ToJson());
                w.WriteString("format_after", diff.FormatAfter.ToJson());
            }

            w.WriteStartArray("cells");
            foreach (var c in diff.Cells)
            {
                w.WriteStartObject();
                w.WriteString("key", c.Key);
                WriteValue(w, "before", c.Before);
                WriteValue(w, "after", c.After);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("sections");
            foreach (var s in diff.SectionsChanged)
            {
                w.WriteStringValue(s.JsonKey());
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a stored diff; the agency and template are the same before and after when the JSON does not name them.</summary>
    public static ReportDiff Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        string? Text(string name) => root.TryGetProperty(name, out var e) ? e.GetString() : null;
        var agencyChanged = root.TryGetProperty("agency_before", out _);
        var formatChanged = root.TryGetProperty("format_before", out _);
        var cells = root.GetProperty("cells").EnumerateArray()
            .Select(c => new CellChange(c.GetProperty("key").GetString()!, Value(c.GetProperty("before")), Value(c.GetProperty("after"))))
            .ToImmutableArray();
        var sections = root.GetProperty("sections").EnumerateArray()
            .Select(s => SectionKinds.FromJsonKey(s.GetString()!))
            .OfType<SectionKind>()
            .ToImmutableArray();
        return new ReportDiff(
            agencyChanged ? Text("agency_before") : null,
            agencyChanged ? Text("agency_after") : null,
            formatChanged ? ReportFormats.Parse(Text("format_before")) : ReportFormat.Unknown,
            formatChanged ? ReportFormats.Parse(Text("format_after")) : ReportFormat.Unknown,
            cells,
            sections);
    }

    private static decimal? Value(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDecimal() : null;

    private static void WriteValue(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, CanonicalJson.Normalize(v));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
