using System.Text.Json;
using System.Text.Json.Serialization;

namespace Participation.Tests.Infrastructure;

/// <summary>The JSON conventions of the API: camelCase names, enums as camelCase strings.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
