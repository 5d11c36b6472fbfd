using System;
using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Communication;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Extensions.Json;
using Recouvrement.Plans;
using Recouvrement.Reasons;
using Recouvrement.Scheduling;

namespace Recouvrement.Extensions;

/// <summary>
/// System.Text.Json support for what a host stores: money, currencies, the vocabularies (by name), NodaTime values (ISO
/// text, through NodaTime.Serialization.SystemTextJson), debtors and their contacts, account entries (invoices, credit notes,
/// deposits, payments, write-offs, charges), reason signals, payment plans, case events and whole cases. Reading goes through
/// the kernel's checks: a stored case is replayed through the allowed transitions. The converters use no reflection; the
/// host's own types are serialized as its options say.
/// </summary>
public static class RecouvrementJson
{
    /// <summary>Adds Recouvrement's converters to the host's options (ASP.NET's, or options the host keeps and reuses).</summary>
    /// <param name="options">The options, not yet in use.</param>
    /// <returns>The same options.</returns>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        _ = options ?? throw new ArgumentNullException(nameof(options));
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new JsonShapeConverter<Money>(JsonValues.Money, JsonValues.Write));
        options.Converters.Add(new JsonShapeConverter<Currency>(JsonValues.Currency, JsonValues.Write));
        options.Converters.Add(new JsonShapeConverter<Debtor>(AccountJson.Debtor, AccountJson.Write));
        options.Converters.Add(new JsonShapeConverter<AccountEntry>(AccountJson.Entry, AccountJson.Write));
        options.Converters.Add(new JsonShapeConverter<ReasonSignal>(SignalJson.Signal, SignalJson.Write));
        options.Converters.Add(new JsonShapeConverter<PaymentPlan>(JsonValues.Plan, JsonValues.Write));
        options.Converters.Add(new JsonShapeConverter<CaseEvent>(JsonValues.Event, JsonValues.Write));
        options.Converters.Add(new JsonShapeConverter<CollectionCase>(JsonValues.Case, JsonValues.Write));
        AddVocabulary<StepChannel>(options);
        AddVocabulary<Tone>(options);
        AddVocabulary<DebtorKind>(options);
        AddVocabulary<ContactChannel>(options);
        AddVocabulary<ContactRole>(options);
        AddVocabulary<PaymentMethod>(options);
        AddVocabulary<ChargeKind>(options);
        AddVocabulary<UnpaidReason>(options);
        AddVocabulary<ReasonFamily>(options);
        AddVocabulary<InsolvencyProceeding>(options);
        AddVocabulary<PlanFrequency>(options);
        AddVocabulary<AmortizationMethod>(options);
        AddVocabulary<CaseState>(options);
        AddVocabulary<CaseOutcome>(options);
        AddVocabulary<CaseActionKind>(options);
        AddVocabulary<HoldKind>(options);
        AddVocabulary<SkipCause>(options);
        AddVocabulary<RunActionKind>(options);
        return options;
    }

    private static void AddVocabulary<T>(JsonSerializerOptions options)
        where T : Ardalis.SmartEnum.SmartEnum<T>
        => options.Converters.Add(new JsonShapeConverter<T>(JsonValues.Named<T>, JsonValues.WriteName));
}
