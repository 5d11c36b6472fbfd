using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Penalties;

namespace Recouvrement.Fuzz.Tests;

/// <summary>Late-payment penalties of any late invoice, under the statutory rules and any contractual terms.</summary>
[Trait("Category", "Fuzz")]
public sealed class PenaltyFuzz
{
    private static readonly Gen<LateInvoice> Invoices =
        from id in Edges.Ids
        from amount in Edges.MostlyEuros
        from due in Edges.Dates
        from settlements in Gen.Frequency(
            (2, Gen.Constant(Array.Empty<Settlement>())),
            (1, Edges.Many(from d in Edges.Dates from a in Edges.MostlyEuros select new Settlement(d, a))))
        from notice in Edges.OrNone(Edges.Dates)
        from judgment in Edges.OrNone(Edges.Dates)
        from charged in ArbMap.Default.GeneratorFor<bool>()
        select new LateInvoice(id, amount, due) { Settlements = settlements, FormalNoticeDate = notice, JudgmentDate = judgment, CompensationAlreadyCharged = charged };

    private static readonly Gen<AnnualRate> Rates = Edges.Decimals.Select(d => AnnualRate.FromPercent(d));

    private static readonly Gen<ReferenceRateSeries?> Series =
        from name in Edges.Texts
        from changes in Edges.Many(Edges.OrNull(from d in Edges.Dates from r in Rates select new RateChange(d, r)))
        from knownUntil in Edges.Dates
        select ReferenceRateSeries.Create(name, name, changes, knownUntil) is { IsSuccess: true } series ? series.Value : null;

    private static readonly Gen<ContractualTerms> Terms =
        from fixedRate in Edges.OrNone(Rates)
        from reference in Series
        from margin in Rates
        from dayCount in Edges.Of(DayCount.Actual360, DayCount.Actual365Fixed, DayCount.ActualActual, null!)
        from grace in Edges.Ints
        from minimum in Edges.OrNone(Edges.MostlyEuros)
        from cap in Edges.OrNone(Edges.MostlyEuros)
        from method in Edges.Of(InterestMethod.BalanceDue, InterestMethod.AverageDailyBalance, (InterestMethod)42)
        from fee in Edges.OrNone(Edges.MostlyEuros)
        select new ContractualTerms
        {
            FixedRate = fixedRate, ReferenceRate = reference, Margin = margin, DayCount = dayCount, GraceDays = grace,
            MinimumCharge = minimum, Cap = cap, Method = method, FixedFee = fee,
        };

    private static readonly Gen<LatePaymentRule?> Rules = Gen.Frequency(
        (3, Edges.Of<LatePaymentRule?>(
            LatePaymentRule.FranceBusiness(), LatePaymentRule.FranceConsumer(), LatePaymentRule.FrancePublicBuyer(), LatePaymentRule.Germany(),
            LatePaymentRule.Belgium(), LatePaymentRule.BelgiumConsumer(), LatePaymentRule.Italy(), LatePaymentRule.ItalyConsumer(),
            LatePaymentRule.Netherlands(), LatePaymentRule.NetherlandsConsumer(), LatePaymentRule.Spain(), LatePaymentRule.SpainConsumer(),
            LatePaymentRule.UnitedKingdom(), LatePaymentRule.EuDirective(), null)),
        (2, from terms in Terms select Contract.Answers(() => LatePaymentRule.Contractual(terms)) is { IsSuccess: true } rule ? rule.Value : null),
        (1, from rate in Rates select Contract.Answers(() => LatePaymentRule.FranceBusinessContractualRate(rate)) is { IsSuccess: true } rule ? rule.Value : null),
        (1, from series in Series from margin in Edges.Decimals select series is null ? null : LatePaymentRule.EuDirective(series, Math.Max(margin, 8m))));

    private static readonly Gen<DebtorKind?> Kinds = Edges.Of<DebtorKind?>(DebtorKind.Business, DebtorKind.Consumer, DebtorKind.PublicAuthority, null);

    [Fuzz]
    public Property Penalties_answer_any_invoice_rule_and_date()
        => Prop.ForAll(
            (from invoice in Edges.OrNull(Invoices) from kind in Kinds from rule in Rules from asOf in Edges.Dates select (invoice, kind, rule, asOf)).ToArbitrary(),
            input =>
        {
            var (invoice, kind, rule, asOf) = input;
            var carry = asOf.Day % 2 == 0;
            var order = (asOf.Day % 3) switch { 0 => SettlementOrder.PrincipalFirst, 1 => SettlementOrder.InterestFirst, _ => (SettlementOrder)asOf.Day };
            var breakdown = Contract.Answers(() => PenaltyCalculator.Calculate(invoice, kind, rule, asOf, carry, order));
            var computed = Contract.Tries(() => PenaltyCalculator.TryCalculateTotal(invoice, kind, rule, asOf, out _, out _, carry, order));
            Assert.Equal(breakdown.IsSuccess, computed);
        });

    [Fuzz]
    public Property Rate_series_answer_any_changes_and_dates()
        => Prop.ForAll(Edges.Many(Edges.OrNull(from d in Edges.Dates from r in Rates select new RateChange(d, r))).ToArbitrary(), Edges.Dates.ToArbitrary(), Edges.Dates.ToArbitrary(), (changes, knownUntil, on) =>
        {
            var series = Contract.Answers(() => ReferenceRateSeries.Create("ECB", "fuzz", changes, knownUntil));
            if (series.IsSuccess)
            {
                _ = Contract.Answers(() => series.Value.RateOn(on));
                _ = Contract.Answers(() => series.Value.RateOn(on, carryForward: true));
                _ = Contract.Answers(() => series.Value.ConfirmedUntil(on));
                _ = Contract.Answers(() => series.Value.With(changes.FirstOrDefault(), on));
            }
        });
}
