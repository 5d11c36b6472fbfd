using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Recouvrement.Plans;

namespace Recouvrement.Extensions.Json;

/// <summary>A payment plan: its date, frequency and instalments; read back through <see cref="PaymentPlan.Restore"/>.</summary>
internal sealed class PaymentPlanConverter : JsonConverter<PaymentPlan>
{
    public override PaymentPlan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return Values.Plan(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, PaymentPlan value, JsonSerializerOptions options) => Values.Write(writer, value);
}
