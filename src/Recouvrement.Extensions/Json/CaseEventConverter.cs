using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Recouvrement.Cases;

namespace Recouvrement.Extensions.Json;

/// <summary>A case event, any kind, with a <c>"type"</c> naming it: <c>{"type": "PromiseMade", "date": "2026-02-06", …}</c>.</summary>
internal sealed class CaseEventConverter : JsonConverter<CaseEvent>
{
    public override bool CanConvert(Type typeToConvert) => typeof(CaseEvent).IsAssignableFrom(typeToConvert);

    public override CaseEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var e = Values.Event(document.RootElement);
        return typeToConvert.IsInstanceOfType(e) ? e : throw new JsonException($"a {e.GetType().Name} is not a {typeToConvert.Name}");
    }

    public override void Write(Utf8JsonWriter writer, CaseEvent value, JsonSerializerOptions options) => Values.Write(writer, value);
}
