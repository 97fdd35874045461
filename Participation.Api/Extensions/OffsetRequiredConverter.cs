using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Participation.Api.Extensions;

/// <summary>
/// An instant sent without its offset ("2026-03-14T09:00:00") would be read in
/// the server's own time zone, silently shifting an event by an hour or more.
/// Such a value is refused; the error names the field.
/// </summary>
internal sealed class OffsetRequiredConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (text is null || !HasOffset(text) ||
            !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            throw new MissingOffsetException();
        }
        return value;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);

    private static bool HasOffset(string text)
    {
        var time = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        if (time < 0)
        {
            return false;
        }
        var rest = text[time..];
        return rest.EndsWith('Z') || rest.EndsWith('z') || rest.Contains('+') || rest.LastIndexOf('-') > 0;
    }
}

internal sealed class MissingOffsetException() : JsonException("An ISO 8601 time with offset is expected.");
