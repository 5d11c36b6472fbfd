using System;
using System.Linq;
using System.Text.Json;
using Ardalis.Result;
using Ardalis.SmartEnum;
using NodaTime;
using NodaTime.Text;
using Recouvrement.Cases;
using Recouvrement.Escalation;
using Recouvrement.Plans;
using Recouvrement.Reasons;

namespace Recouvrement.Extensions.Json;

/// <summary>
/// The JSON shapes of the stored domain types, written and read by hand: no reflection (trimming and ahead-of-time
/// safe), fixed camel-case names, and every value read back through the kernel's own checks.
/// </summary>
internal static class JsonValues
{
    internal static void Write(Utf8JsonWriter writer, Money money)
    {
        writer.WriteStartObject();
        writer.WriteNumber("amount", money.Amount);
        writer.WriteString("currency", money.Currency.Code);
        writer.WriteEndObject();
    }

    internal static Money Money(JsonElement json) => new(Property(json, "amount").GetDecimal(), Currency(Property(json, "currency").GetString()));

    internal static void Write(Utf8JsonWriter writer, Currency currency) => writer.WriteStringValue(currency.Code);

    internal static Currency Currency(JsonElement json) => Currency(json.GetString());

    internal static Currency Currency(string? code)
        => CurrencyRegistry.Default.Find(code) is { IsSuccess: true } found ? found.Value : throw new JsonException($"\"{code}\" is not a known ISO 4217 currency");

    internal static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static LocalDate Date(JsonElement json)
        => LocalDatePattern.Iso.Parse(json.GetString() ?? string.Empty) is { Success: true } parsed ? parsed.Value : throw new JsonException($"\"{json}\" is not a date (yyyy-MM-dd)");

    /// <summary>A vocabulary word by its name: "Email", "FormalNotice", "JobLoss"; a number or any other value is refused.</summary>
    internal static T Named<T>(JsonElement json)
        where T : SmartEnum<T>
        => json.ValueKind == JsonValueKind.String && SmartEnum<T>.TryFromName(json.GetString() ?? string.Empty, out var value)
            ? value
            : throw new JsonException($"{Raw(json)} is not a {typeof(T).Name}: one of {string.Join(", ", SmartEnum<T>.List)}");

    /// <summary>
    /// An enumeration's member by its exact name ("Reminder"): unlike <see cref="Enum.TryParse{TEnum}(string, out TEnum)"/>,
    /// a number ("99", "-1"), a list of names or another case is refused, as no member is so named.
    /// </summary>
    internal static TEnum Member<TEnum>(JsonElement json, string what)
        where TEnum : struct, Enum
    {
#if NET5_0_OR_GREATER
        var names = Enum.GetNames<TEnum>();
#else
        var names = Enum.GetNames(typeof(TEnum));
#endif
        return json.ValueKind == JsonValueKind.String && Array.IndexOf(names, json.GetString()) >= 0 && Enum.TryParse<TEnum>(json.GetString(), out var member)
            ? member
            : throw new JsonException($"{Raw(json)} is not a {what}: one of {string.Join(", ", names)}");
    }

    internal static void WriteName<T>(Utf8JsonWriter writer, T word)
        where T : SmartEnum<T>
        => writer.WriteStringValue(word.Name);

    /// <summary>
    /// Writes a required vocabulary word by its name; a null one (a record built with <c>null!</c>) is refused by its field,
    /// as the reader would refuse it, rather than written as a default it does not hold.
    /// </summary>
    internal static void WriteName<T>(Utf8JsonWriter writer, string name, T? word)
        where T : SmartEnum<T>
        => writer.WriteString(name, word?.Name ?? throw new JsonException($"\"{name}\" is null: a {typeof(T).Name} is required"));

    /// <summary>A plan as stored: the interest and fee parts only when there are, the terms and the debts consolidated.</summary>
    internal static void Write(Utf8JsonWriter writer, PaymentPlan plan)
    {
        writer.WriteStartObject();
        writer.WriteString("planDate", Date(plan.PlanDate));
        WriteName(writer, "frequency", plan.Frequency);
        if (plan.InterestTerms is { } terms)
        {
            writer.WriteStartObject("interest");
            writer.WriteNumber("ratePercent", terms.Rate.Percent);
            WriteName(writer, "method", terms.Method);
            writer.WriteEndObject();
        }

        writer.WriteStartArray("instalments");
        foreach (var instalment in plan.Instalments)
        {
            writer.WriteStartObject();
            writer.WriteNumber("number", instalment.Number);
            writer.WriteString("scheduledDate", Date(instalment.ScheduledDate));
            writer.WriteString("dueDate", Date(instalment.DueDate));
            Write(writer, "amount", instalment.Amount);
            WriteUnlessZero(writer, "interest", instalment.Interest);
            WriteUnlessZero(writer, "fee", instalment.Fee);
            writer.WriteBoolean("isDownPayment", instalment.IsDownPayment);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (plan.Debts.Count > 0)
        {
            writer.WriteStartArray("debts");
            foreach (var debt in plan.Debts)
            {
                writer.WriteStartObject();
                writer.WriteString("itemId", debt.ItemId);
                writer.WriteString("dueDate", Date(debt.DueDate));
                Write(writer, "amount", debt.Amount);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    internal static PaymentPlan Plan(JsonElement json)
        => Checked(PaymentPlan.Restore(
            Field(json, "planDate", Date),
            Field(json, "frequency", Named<PlanFrequency>),
            Property(json, "instalments").EnumerateArray().Select(i => new PlanInstalment(
                Property(i, "number").GetInt32(),
                Field(i, "scheduledDate", Date),
                Field(i, "dueDate", Date),
                Field(i, "amount", Money),
                Property(i, "isDownPayment").GetBoolean())
            {
                Interest = i.TryGetProperty("interest", out _) ? Field(i, "interest", Money) : default,
                Fee = i.TryGetProperty("fee", out _) ? Field(i, "fee", Money) : default,
            }).ToArray(),
            json.TryGetProperty("interest", out var terms)
                ? new PlanInterest(AnnualRate.FromPercent(Property(terms, "ratePercent").GetDecimal()), Field(terms, "method", Named<AmortizationMethod>))
                : null,
            json.TryGetProperty("debts", out var debts)
                ? debts.EnumerateArray().Select(d => new PlanDebt(Text(d, "itemId"), Field(d, "dueDate", Date), Field(d, "amount", Money))).ToArray()
                : null));

    private static void WriteUnlessZero(Utf8JsonWriter writer, string name, Money money)
    {
        if (!money.IsZero)
        {
            Write(writer, name, money);
        }
    }

    internal static void Write(Utf8JsonWriter writer, CaseEvent e)
    {
        writer.WriteStartObject();
        writer.WriteString("type", e.GetType().Name);
        writer.WriteString("date", Date(e.Date));
        switch (e)
        {
            case StepTaken step:
                writer.WriteString("stepName", step.StepName);
                writer.WriteString("kind", step.Kind.ToString());
                break;
            case ContactLogged contact:
                writer.WriteBoolean("inbound", contact.Inbound);
                break;
            case PromiseMade promise:
                writer.WriteString("promisedDate", Date(promise.PromisedDate));
                Write(writer, "amount", promise.Amount);
                break;
            case PaymentReceived payment:
                Write(writer, "amount", payment.Amount);
                break;
            case DisputeRaised dispute:
                writer.WriteString("itemId", dispute.ItemId);
                writer.WriteString("subject", dispute.Subject);
                break;
            case DisputeResolved resolved:
                writer.WriteString("itemId", resolved.ItemId);
                if (resolved.Upheld)
                {
                    writer.WriteBoolean("upheld", true);
                }

                break;
            case PlanAgreed plan:
                writer.WritePropertyName("plan");
                Write(writer, plan.Plan);
                break;
            case InsolvencyOpened insolvency:
                writer.WriteString("publishedOn", Date(insolvency.Notice.Date));
                WriteName(writer, "proceeding", insolvency.Notice.Proceeding);
                writer.WriteString("claimDeadline", Date(insolvency.Notice.ClaimDeadline));
                writer.WriteString("judgmentDate", Date(insolvency.Notice.JudgmentDate));
                break;
            case CaseClosed closed:
                WriteName(writer, "outcome", closed.Outcome);
                break;
            case ReasonActedOn acted:
                WriteName(writer, "action", acted.Action);
                break;
        }

        WriteOptional(writer, "channel", e.Channel?.Name);
        WriteOptional(writer, "reference", e.Reference);
        WriteOptional(writer, "note", e.Note);
        writer.WriteEndObject();
    }

    internal static CaseEvent Event(JsonElement json)
    {
        var date = Field(json, "date", Date);
        var type = Property(json, "type").GetString();
        CaseEvent e = type switch
        {
            nameof(StepTaken) => new StepTaken(date, Text(json, "stepName"), Field(json, "kind", k => Member<StepKind>(k, "step kind"))),
            nameof(ContactLogged) => new ContactLogged(date, Property(json, "inbound").GetBoolean()),
            nameof(PromiseMade) => new PromiseMade(date, Field(json, "promisedDate", Date), Field(json, "amount", Money)),
            nameof(PaymentReceived) => new PaymentReceived(date, Field(json, "amount", Money)),
            nameof(DisputeRaised) => new DisputeRaised(date, Text(json, "itemId"), Text(json, "subject")),
            nameof(DisputeResolved) => new DisputeResolved(date, Text(json, "itemId")) { Upheld = json.TryGetProperty("upheld", out var upheld) && upheld.GetBoolean() },
            nameof(PlanAgreed) => new PlanAgreed(date, Plan(Property(json, "plan"))),
            nameof(InsolvencyOpened) => new InsolvencyOpened(date, Notice(json, Field(json, "publishedOn", Date))),
            nameof(ClaimFiled) => new ClaimFiled(date),
            nameof(CaseClosed) => new CaseClosed(date, Field(json, "outcome", Named<CaseOutcome>)),
            nameof(CaseReopened) => new CaseReopened(date),
            nameof(SurveySent) => new SurveySent(date),
            nameof(CaseReviewed) => new CaseReviewed(date),
            nameof(ContactDataRequested) => new ContactDataRequested(date),
            nameof(ReasonActedOn) => new ReasonActedOn(date, Field(json, "action", Named<FirstAction>)),
            _ => throw new JsonException($"\"{type}\" is not a case event"),
        };
        return e with
        {
            Channel = json.TryGetProperty("channel", out var channel) && channel.ValueKind != JsonValueKind.Null ? Field(json, "channel", Named<StepChannel>) : null,
            Reference = Optional(json, "reference"),
            Note = Optional(json, "note"),
        };
    }

    /// <summary>An insolvency notice published on <paramref name="published"/>; its claim deadline and judgment date when given (older files have no judgment date).</summary>
    internal static InsolvencyNotice Notice(JsonElement json, LocalDate published)
    {
        var notice = new InsolvencyNotice(published, Field(json, "proceeding", Named<InsolvencyProceeding>));
        notice = json.TryGetProperty("claimDeadline", out _) ? notice with { ClaimDeadline = Field(json, "claimDeadline", Date) } : notice;
        return json.TryGetProperty("judgmentDate", out _) ? notice with { JudgmentDate = Field(json, "judgmentDate", Date) } : notice;
    }

    internal static void Write(Utf8JsonWriter writer, CollectionCase collectionCase)
    {
        writer.WriteStartObject();
        writer.WriteString("id", collectionCase.Id);
        writer.WriteString("debtorId", collectionCase.DebtorId);
        writer.WriteString("currency", collectionCase.Currency.Code);
        writer.WriteString("openedOn", Date(collectionCase.OpenedOn));
        Write(writer, "invoiceIds", collectionCase.InvoiceIds);
        writer.WriteStartArray("events");
        foreach (var e in collectionCase.Events)
        {
            Write(writer, e);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>A stored case, replayed through the allowed transitions: a tampered history is refused, with its problems.</summary>
    internal static CollectionCase Case(JsonElement json)
        => Checked(CollectionCase.Create(
            Text(json, "id"),
            Text(json, "debtorId"),
            Currency(Text(json, "currency")),
            Field(json, "openedOn", Date),
            Items(json, "events", Event),
            json.TryGetProperty("invoiceIds", out var ids) ? ids.EnumerateArray().Select(i => i.GetString()).ToArray() : null));

    /// <summary>Reads one property; a refusal names the property first (<c>"dueDate": …</c>) so a reader can point at it.</summary>
    internal static T Field<T>(JsonElement json, string name, Func<JsonElement, T> read)
    {
        var value = Property(json, name);
        try
        {
            return read(value);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new JsonException($"\"{name}\": {e.Message}", e);
        }
    }

    /// <summary>Reads an array property; a refused item is named by its place (<c>"events[3]": "kind": …</c>).</summary>
    internal static T[] Items<T>(JsonElement json, string name, Func<JsonElement, T> read)
    {
        var array = Property(json, name);
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"\"{name}\": {Raw(array)} is not an array");
        }

        var items = new T[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            try
            {
                items[i] = read(item);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException)
            {
                throw new JsonException($"\"{name}[{i}]\": {e.Message}", e);
            }

            i++;
        }

        return items;
    }

    internal static string[] Strings(JsonElement json, string name)
        => json.TryGetProperty(name, out var values) && values.ValueKind == JsonValueKind.Array
            ? values.EnumerateArray().Select(v => v.GetString() ?? throw new JsonException($"\"{name}\" holds a null")).ToArray()
            : [];

    internal static void Write(Utf8JsonWriter writer, string name, System.Collections.Generic.IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    internal static void Write(Utf8JsonWriter writer, string name, Money money)
    {
        writer.WritePropertyName(name);
        Write(writer, money);
    }

    internal static T Checked<T>(Result<T> result)
        => result.IsSuccess ? result.Value : throw new JsonException(string.Join("; ", result.ValidationErrors.Select(e => e.ErrorMessage)));

    internal static JsonElement Property(JsonElement json, string name)
        => json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) ? value : throw new JsonException($"\"{name}\" is missing");

    internal static string Text(JsonElement json, string name) => Property(json, name).GetString() ?? throw new JsonException($"\"{name}\" is null");

    /// <summary>A value as its JSON text, for messages: <c>"99"</c>, <c>3</c>, <c>null</c>.</summary>
    internal static string Raw(JsonElement json) => json.GetRawText();

    internal static string? Optional(JsonElement json, string name)
        => json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    internal static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
