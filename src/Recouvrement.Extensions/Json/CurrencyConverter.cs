using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Recouvrement.Extensions.Json;

/// <summary>A currency as its ISO 4217 code.</summary>
internal sealed class CurrencyConverter : JsonConverter<Currency>
{
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Values.Currency(reader.GetString());

    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);
}
