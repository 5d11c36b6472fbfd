using System.Globalization;
using System.Text.Json;
using Recouvrement.Cases;
using NodaTime.Text;
using Recouvrement.Cli.Portfolios;
using Recouvrement.Scheduling;

namespace Recouvrement.Cli.Output;

/// <summary>The run report for a machine: one JSON document, domain values in Recouvrement's JSON shapes.</summary>
internal static class JsonReport
{
    internal static void Write(RunReport report, Stream stream, CultureInfo culture)
    {
        var options = PortfolioFormat.Options;
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("portfolio", report.Portfolio);
        writer.WriteString("asOf", Date(report.AsOf));
        writer.WriteNumber("accounts", report.Accounts);

        writer.WriteStartArray("actions");
        foreach (var action in report.Actions)
        {
            writer.WriteStartObject();
            writer.WriteString("debtorId", action.DebtorId);
            writer.WriteString("kind", action.Kind.Name);
            writer.WriteString("dueOn", Date(action.DueOn));
            Value(writer, "amount", action.Amount, options);
            Optional(writer, "step", action.CaseAction?.Step?.Name);
            Optional(writer, "caseAction", action.CaseAction?.Kind.Name);
            Optional(writer, "rule", action.CaseAction?.Rule);
            Optional(writer, "channel", action.CaseAction?.Channel?.Name);
            Optional(writer, "itemId", action.ItemId);
            Optional(writer, "caseId", action.Case?.Id);
            Optional(writer, "reason", action.Reason?.Name);
            Optional(writer, "segment", action.Segment);
            Optional(writer, "notBefore", action.NotBefore is { } at ? OffsetDateTimePattern.Rfc3339.Format(at.ToOffsetDateTime()) : null);
            Optional(writer, "problem", action.Problem);
            Optional(writer, "heldBy", action.HeldBy?.Name);
            Optional(writer, "deadline", action.CaseAction?.Deadline is { } deadline ? Date(deadline) : null);
            Optional(writer, "treatment", action.CaseAction?.Treatment?.Name);
            Optional(writer, "review", action.CaseAction?.Review?.Name);
            Optional(writer, "limitation", action.CaseAction?.Limitation?.ToString());
            Optional(writer, "collectionCost", action.CollectionCost?.Describe(culture));
            if (action.CaseAction is { Urgent: true })
            {
                writer.WriteBoolean("urgent", true);
            }

            if (action.CaseAction?.Claim is { } claim)
            {
                Claim(writer, claim, options);
            }

            writer.WriteString("text", action.Describe(culture));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("penalties");
        foreach (var (debtorId, breakdown) in report.Penalties)
        {
            writer.WriteStartObject();
            writer.WriteString("debtorId", debtorId);
            writer.WriteString("itemId", breakdown.Invoice.Id);
            writer.WriteString("rule", breakdown.Rule.Name);
            writer.WriteString("legalSource", breakdown.Rule.LegalSource);
            writer.WriteStartArray("periods");
            foreach (var line in breakdown.Lines)
            {
                writer.WriteStartObject();
                writer.WriteString("from", Date(line.From));
                writer.WriteString("to", Date(line.To));
                writer.WriteNumber("days", line.Days);
                Value(writer, "base", line.Base, options);
                writer.WriteNumber("referencePercent", line.Period.Reference.Percent);
                writer.WriteNumber("marginPercent", line.Period.Margin.Percent);
                writer.WriteString("reference", line.Period.ReferenceName);
                writer.WriteNumber("exactAmount", line.ExactAmount);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            Value(writer, "interest", breakdown.Interest, options);
            Value(writer, "compensation", breakdown.Compensation, options);
            writer.WriteString("text", breakdown.Describe(culture));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("plans");
        foreach (var hardship in report.Plans)
        {
            writer.WriteStartObject();
            writer.WriteString("debtorId", hardship.DebtorId);
            writer.WriteString("reason", hardship.Reason.Name);
            Value(writer, "overdue", hardship.Overdue, options);
            Value(writer, "capacity", hardship.Capacity, options);
            writer.WriteStartArray("proposals");
            foreach (var proposal in hardship.Proposals)
            {
                writer.WriteStartObject();
                writer.WriteNumber("rank", proposal.Rank);
                writer.WriteString("kind", proposal.Kind.ToString());
                writer.WriteBoolean("withinCapacity", proposal.WithinCapacity);
                Value(writer, "plan", proposal.Plan, options);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("aging");
        foreach (var aging in report.Aging)
        {
            writer.WriteStartObject();
            writer.WriteString("currency", aging.Currency.Code);
            writer.WriteStartArray("buckets");
            for (var i = 0; i < aging.Buckets.Count; i++)
            {
                writer.WriteStartObject();
                writer.WriteString("label", aging.Buckets.Labels[i]);
                Value(writer, "amount", aging.Totals[i], options);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            Value(writer, "total", aging.Total, options);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("reasons");
        foreach (var reasons in report.Reasons)
        {
            foreach (var tally in reasons.ByReason)
            {
                writer.WriteStartObject();
                writer.WriteString("family", tally.Family.Name);
                Optional(writer, "reason", tally.Reason?.Name);
                writer.WriteNumber("count", tally.Count);
                Value(writer, "amount", tally.Amount, options);
                writer.WriteNumber("shareOfAmount", tally.ShareOfAmount);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();

        writer.WriteStartObject("summary");
        writer.WriteNumber("entries", report.Summary.Entries);
        writer.WriteNumber("problems", report.Summary.Problems);
        Counts(writer, "byStep", report.Summary.ByStep, options);
        Counts(writer, "byReason", report.Summary.ByReason, options);
        Counts(writer, "bySegment", report.Summary.BySegment, options);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter writer, string name, IReadOnlyList<RunCount> counts, JsonSerializerOptions options)
    {
        writer.WriteStartArray(name);
        foreach (var count in counts)
        {
            writer.WriteStartObject();
            writer.WriteString("key", count.Key);
            writer.WriteNumber("count", count.Count);
            Value(writer, "amount", count.Amount, options);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string Date(NodaTime.LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>The proof of claim, item by item, as a filing needs it.</summary>
    private static void Claim(Utf8JsonWriter writer, ProofOfClaim claim, JsonSerializerOptions options)
    {
        writer.WriteStartObject("claim");
        writer.WriteString("interestUntil", Date(claim.InterestUntil));
        Optional(writer, "rule", claim.Rule);
        Value(writer, "principal", claim.Principal, options);
        Value(writer, "interest", claim.Interest, options);
        Value(writer, "compensation", claim.Compensation, options);
        Value(writer, "total", claim.Total, options);
        writer.WriteStartArray("lines");
        foreach (var line in claim.Lines)
        {
            writer.WriteStartObject();
            writer.WriteString("itemId", line.ItemId);
            Value(writer, "principal", line.Principal, options);
            Value(writer, "interest", line.Interest, options);
            Value(writer, "compensation", line.Compensation, options);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Value<T>(Utf8JsonWriter writer, string name, T value, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value, options);
    }

    private static void Optional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
