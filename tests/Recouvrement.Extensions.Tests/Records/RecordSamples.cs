using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Calendars;
using Recouvrement.Cases;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Penalties;
using Recouvrement.Plans;
using Recouvrement.Reasons;
using Recouvrement.Scheduling;

namespace Recouvrement.Extensions.Tests.Records;

/// <summary>
/// Sample instances of the types <see cref="RecordSampler"/> cannot generate: interfaces, abstract types, classes with
/// identity (they compare by reference, so a record holding one is equal to another only when both hold the same
/// instance), time zones, delegates. Each is built once and shared, so that two records built from the same seed hold
/// the very same instance.
/// </summary>
internal static class RecordSamples
{
    private static readonly Lazy<Dictionary<Type, IReadOnlyList<object>>> Samples = new(Build);

    public static Currency[] Currencies { get; } = [Currency.EUR, Currency.GBP, Currency.USD];

    public static bool TryGet(Type type, [NotNullWhen(true)] out IReadOnlyList<object>? samples)
        => Samples.Value.TryGetValue(type, out samples);

    private static Dictionary<Type, IReadOnlyList<object>> Build()
    {
        var day = new LocalDate(2026, 3, 2);
        var eur = (decimal amount) => new Money(amount, Currency.EUR);
        var debtor = new Debtor("D-1", "Dupont SARL", DebtorKind.Business, "FR");
        var account = Account.Create(debtor, [new Invoice("INV-1", day.PlusDays(-60), day.PlusDays(-30), eur(1_200m))]).Value;
        var plan = PaymentPlanCalculator.Calculate(new PlanRequest(eur(900m), day, day.PlusDays(14), PlanFrequency.Monthly) { Count = 3 }).Value;
        var collectionCase = CollectionCase.Create("C-1", debtor.Id, Currency.EUR, day.PlusDays(-20)).Value;
        Func<Debtor, LatePaymentRule?> noRule = _ => null;
        Func<Debtor, LatePaymentRule?> france = _ => LatePaymentRule.FranceBusiness();
        return new Dictionary<Type, IReadOnlyList<object>>
        {
            [typeof(DateTimeZone)] = [DateTimeZone.Utc, DateTimeZoneProviders.Tzdb["Europe/Paris"]],
            [typeof(IBusinessCalendar)] = [BusinessCalendars.France, BusinessCalendars.WeekendsOnly],
            [typeof(EscalationLadder)] = [EscalationLadders.BusinessStandard, EscalationLadders.ConsumerSmallAmount],
            [typeof(LadderSelection)] = [LadderSelection.Create(EscalationLadders.BusinessStandard, []).Value],
            [typeof(CaseRule)] = [.. CaseRules.Default.Take(3)],
            [typeof(IReasonRule)] = [new NothingToSay(), new NothingToSay()],
            [typeof(PaymentPlan)] = [plan],
            [typeof(PlanTracking)] = [PlanTracker.Track(plan, [], day.PlusDays(20)).Value],
            [typeof(CollectionCostScale)] = [CollectionCostScales.NetherlandsWik],
            [typeof(ReferenceRateSeries)] = [ReferenceRates.EcbMainRefinancingRate, ReferenceRates.GermanBaseRate],
            [typeof(LatePaymentRule)] = [LatePaymentRule.FranceBusiness(), LatePaymentRule.Germany()],
            [typeof(Account)] = [account],
            [typeof(AccountStatement)] = [account.AsOf(day)],
            [typeof(CollectionCase)] = [collectionCase],
            [typeof(ProofOfClaim)] = [Internal<ProofOfClaim>(day, "claim", Array.Empty<ClaimLine>(), eur(1_200m), eur(12m), eur(40m))],
            [typeof(Func<Debtor, LatePaymentRule?>)] = [noRule, france],
            [typeof(ReasonClassification)] = [ReasonClassifier.Default.Classify([new PromiseBroken(day.PlusDays(-3))], new ReasonContext(day)).Value],
            [typeof(Jurisdictions.JurisdictionRegistry)] = [JurisdictionProfiles.Default],
            [typeof(CaseDecider)] = [CaseDecider.Default],
            [typeof(ReasonClassifier)] = [ReasonClassifier.Default],
            [typeof(ContactHours)] = [ContactHours.Default(BusinessCalendars.France)],
            [typeof(AgingBuckets)] = [AgingBuckets.Default],
        };
    }

    /// <summary>An instance only the library builds, through its internal constructor.</summary>
    private static T Internal<T>(params object?[] arguments)
        => (T)Activator.CreateInstance(typeof(T), BindingFlags.NonPublic | BindingFlags.Instance, null, arguments, null)!;

    /// <summary>A host's reason rule; two instances are two rules.</summary>
    private sealed class NothingToSay : IReasonRule
    {
        public ReasonFinding? Evaluate(ReasonSignal signal, ReasonContext context) => null;
    }
}
