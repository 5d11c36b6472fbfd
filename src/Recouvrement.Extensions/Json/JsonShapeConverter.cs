using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Recouvrement.Extensions.Json;

/// <summary>
/// One stored type and its JSON shape (<see cref="JsonValues"/>): read from the parsed value, written by hand. It also serves
/// the types derived from <typeparamref name="T"/> (each case event), and refuses a value of another derived type.
/// </summary>
internal sealed class JsonShapeConverter<T>(Func<JsonElement, T> read, Action<Utf8JsonWriter, T> write) : JsonConverter<T>
{
    public override bool CanConvert(Type typeToConvert) => typeof(T).IsAssignableFrom(typeToConvert);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var value = read(document.RootElement);
        return typeToConvert.IsInstanceOfType(value) ? value : throw new JsonException($"a {value?.GetType().Name} is not a {typeToConvert.Name}");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => write(writer, value);
}
