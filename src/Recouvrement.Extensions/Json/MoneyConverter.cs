using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Recouvrement.Extensions.Json;

/// <summary>Money as <c>{"amount": 1234.56, "currency": "EUR"}</c>: the decimal exactly, the currency by its ISO code.</summary>
internal sealed class MoneyConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return Values.Money(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) => Values.Write(writer, value);
}
