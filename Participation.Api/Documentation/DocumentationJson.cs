using System.Text.Json;
using System.Text.Json.Serialization;

namespace Participation.Api.Documentation;

/// <summary>Everything in the documentation as JSON (camelCase, enums as strings); its schema is docs/documentation.schema.json.</summary>
public static class DocumentationJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(DocumentationModel model) => JsonSerializer.SerializeToUtf8Bytes(model, Options);
}
