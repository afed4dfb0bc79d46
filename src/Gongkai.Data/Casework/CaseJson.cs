using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Casework.Applications;

namespace Gongkai.Data.Casework;

/// <summary>How an <see cref="ApplicationCase"/> is stored in <c>applications.case_json</c>: enums by name, dates as ISO.</summary>
public static class CaseJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(ApplicationCase value) => JsonSerializer.Serialize(value, Options);

    public static ApplicationCase Read(string json) =>
        JsonSerializer.Deserialize<ApplicationCase>(json, Options) ?? throw new JsonException("applications.case_json is null");
}
