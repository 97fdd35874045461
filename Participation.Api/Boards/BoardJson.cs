using System.Text.Json;
using System.Text.Json.Serialization;

namespace Participation.Api.Boards;

/// <summary>The one JSON shape of board messages: the hub, the REST API and the stored log all use it.</summary>
public static class BoardJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }

    public static string Write(object value) => JsonSerializer.Serialize(value, value.GetType(), Options);

    public static JsonElement Read(string json) => JsonSerializer.Deserialize<JsonElement>(json, Options);
}
