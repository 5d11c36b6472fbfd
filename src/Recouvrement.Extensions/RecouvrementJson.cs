using System;
using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
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
/// text, through NodaTime.Serialization.SystemTextJson), payment plans, case events and whole cases. Reading goes through
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
        options.Converters.Add(new MoneyConverter());
        options.Converters.Add(new CurrencyConverter());
        options.Converters.Add(new PaymentPlanConverter());
        options.Converters.Add(new CaseEventConverter());
        options.Converters.Add(new CollectionCaseConverter());
        options.Converters.Add(new VocabularyConverter<StepChannel>());
        options.Converters.Add(new VocabularyConverter<Tone>());
        options.Converters.Add(new VocabularyConverter<DebtorKind>());
        options.Converters.Add(new VocabularyConverter<ContactChannel>());
        options.Converters.Add(new VocabularyConverter<UnpaidReason>());
        options.Converters.Add(new VocabularyConverter<ReasonFamily>());
        options.Converters.Add(new VocabularyConverter<InsolvencyProceeding>());
        options.Converters.Add(new VocabularyConverter<PlanFrequency>());
        options.Converters.Add(new VocabularyConverter<CaseState>());
        options.Converters.Add(new VocabularyConverter<CaseOutcome>());
        options.Converters.Add(new VocabularyConverter<CaseActionKind>());
        options.Converters.Add(new VocabularyConverter<HoldKind>());
        options.Converters.Add(new VocabularyConverter<SkipCause>());
        options.Converters.Add(new VocabularyConverter<RunActionKind>());
        return options;
    }
}
