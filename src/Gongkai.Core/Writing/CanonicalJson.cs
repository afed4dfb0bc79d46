using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Writing;

/// <summary>
/// The canonical annual-report JSON (shared/spec/report-json.md, schema <c>annual-report/1</c>): the contract
/// between readers, checker, store, writers, API and outside tools.
/// </summary>
/// <remarks>
/// Keys are written in a fixed order (cells in cells.tsv order) with UTF-8 text unescaped, so equal reports
/// give byte-equal files. An optional <c>diagnostics</c> array follows; readers of the contract ignore it.
/// </remarks>
public static class CanonicalJson
{
    public const string Schema = "annual-report/1";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(AnnualReport report, bool includeDiagnostics = false)
    {
        using var stream = new MemoryStream();
        Write(report, stream, includeDiagnostics);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(AnnualReport report, Stream stream, bool includeDiagnostics = false)
    {
        using var w = new Utf8JsonWriter(stream, WriterOptions);
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        WriteNullableString(w, "agency", report.Agency);
        if (report.Year is { } year)
        {
            w.WriteNumber("year", year);
        }
        else
        {
            w.WriteNull("year");
        }

        w.WriteString("format", report.Format.ToJson());
        w.WriteStartObject("cells");
        foreach (var def in TemplateCatalog.Default.For(report.Format))
        {
            w.WritePropertyName(def.Key);
            WriteNumber(w, report[def.Key]);
        }

        w.WriteEndObject();
        w.WriteStartObject("sections");
        foreach (var kind in SectionKinds.All)
        {
            WriteNullableString(w, kind.JsonKey(), report.Section(kind));
        }

        w.WriteEndObject();
        if (includeDiagnostics)
        {
            w.WriteStartArray("diagnostics");
            foreach (var d in report.Diagnostics)
            {
                WriteDiagnostic(w, d);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Writes one diagnostic as a JSON object (also used by <c>gongkai check --json</c>).</summary>
    public static void WriteDiagnostic(Utf8JsonWriter w, Diagnostic d)
    {
        w.WriteStartObject();
        w.WriteString("code", d.Code);
        w.WriteString("severity", d.SeverityText);
        w.WriteString("message", d.Message);
        w.WriteString("message_en", d.MessageEn);
        WriteNullableString(w, "file", d.Location.File);
        if (d.Location.Line > 0)
        {
            w.WriteNumber("line", d.Location.Line);
            w.WriteNumber("column", Math.Max(1, d.Location.Column));
        }

        if (d.Location.Page > 0)
        {
            w.WriteNumber("page", d.Location.Page);
        }

        w.WriteStartArray("cells");
        foreach (var k in d.CellKeys)
        {
            w.WriteStringValue(k);
        }

        w.WriteEndArray();
        if (d.Basis.Length > 0)
        {
            w.WriteString("basis", d.Basis);
        }

        w.WriteEndObject();
    }

    public static JsonWriterOptions Options => WriterOptions;

    /// <summary>Reads canonical JSON. Unknown keys are ignored; cells not in the template are reported, not kept.</summary>
    public static AnnualReport Read(string json, string? source = null)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var format = ReportFormats.Parse(root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null);
        var agency = root.TryGetProperty("agency", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
        int? year = root.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : null;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var report = AnnualReport.Empty(format);
        var cells = new Dictionary<string, Cell>(report.Cells);
        if (root.TryGetProperty("cells", out var cellsEl) && cellsEl.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in cellsEl.EnumerateObject())
            {
                if (!cells.ContainsKey(p.Name))
                {
                    diagnostics.Add(DiagnosticCodes.MixedTemplate.ForCells(SourceLocation.InFile(source), [p.Name], format.ToJson(), format == ReportFormat.Trial2019 ? "2021" : "2019", p.Name));
                    continue;
                }

                cells[p.Name] = new Cell(p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetDecimal() : null);
            }
        }

        var sections = new Dictionary<SectionKind, string>();
        if (root.TryGetProperty("sections", out var sEl) && sEl.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in sEl.EnumerateObject())
            {
                if (SectionKinds.FromJsonKey(p.Name) is { } kind && p.Value.ValueKind == JsonValueKind.String)
                {
                    sections[kind] = p.Value.GetString()!;
                }
            }
        }

        return new AnnualReport(agency, year, format, cells, sections, diagnostics.ToImmutable(), source);
    }

    private static void WriteNullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteNumber(Utf8JsonWriter w, decimal? value)
    {
        if (value is not { } v)
        {
            w.WriteNullValue();
            return;
        }

        // Normalized: 12.50 → 12.5, 3.0 → 3, so equal values give equal text.
        w.WriteRawValue(Normalize(v).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The same number without trailing zeros after the decimal point.</summary>
    public static decimal Normalize(decimal v) => v / 1.0000000000000000000000000000m;
}
