using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.SmartEnum;

namespace Recouvrement.Extensions.Json;

/// <summary>A closed vocabulary (a SmartEnum) as its name: "Email", "FormalNotice", "JobLoss".</summary>
internal sealed class VocabularyConverter<T> : JsonConverter<T>
    where T : SmartEnum<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = reader.GetString();
        return name is not null && SmartEnum<T>.TryFromName(name, out var value)
            ? value
            : throw new JsonException($"\"{name}\" is not a {typeof(T).Name}: one of {string.Join(", ", SmartEnum<T>.List)}");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
}
