using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Recouvrement.Cases;

namespace Recouvrement.Extensions.Json;

/// <summary>A collection case with its whole chronology; read back through <see cref="CollectionCase.Create"/>.</summary>
internal sealed class CollectionCaseConverter : JsonConverter<CollectionCase>
{
    public override CollectionCase Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return Values.Case(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, CollectionCase value, JsonSerializerOptions options) => Values.Write(writer, value);
}
