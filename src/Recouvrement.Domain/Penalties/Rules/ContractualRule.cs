using System.Collections.Generic;
using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>Late-payment interest as a contract sets it: fixed or indexed rate, day count, grace, minimum, cap, method.</summary>
internal sealed class ContractualRule(ContractualTerms terms) : LatePaymentRule
{
    public override string Name => terms.Name;

    public override string LegalSource => "the contract (C. civ. art. 1231-6 and 1103)";

    internal override string FrenchName => terms.Name;

    internal override string CompensationSource => "the contract";

    internal override DayCount DayCount => terms.DayCount;

    internal override int GraceDays => terms.GraceDays;

    internal override InterestMethod Method => terms.Method;

    public override Money FixedCompensation(Money amount, DebtorKind kind)
        => terms.FixedFee is { } fee && !kind.IsConsumer ? fee : Money.Zero(terms.FixedFee?.Currency ?? amount.Currency);

    internal override string? Refuses(DebtorKind kind, Currency currency)
    {
        foreach (var money in new[] { terms.MinimumCharge, terms.Cap, terms.FixedFee })
        {
            if (money is { } m && !m.Currency.Equals(currency))
            {
                return $"the terms are in {m.Currency.Code}, the invoice in {currency.Code}";
            }
        }

        return null;
    }

    internal override Money AdjustInterest(Money interest, List<PenaltyNote> notes)
    {
        if (terms.MinimumCharge is { } minimum && interest.IsPositive && interest < minimum)
        {
            notes.Add(new PenaltyNote(
                $"Interest of {Text.Amount(interest, false)} raised to the contractual minimum charge of {Text.Amount(minimum, false)}",
                $"Intérêts de {Text.Amount(interest, true)} portés au minimum contractuel de {Text.Amount(minimum, true)}"));
            return minimum;
        }

        if (terms.Cap is { } cap && interest > cap)
        {
            notes.Add(new PenaltyNote(
                $"Interest of {Text.Amount(interest, false)} capped at the contractual maximum of {Text.Amount(cap, false)}",
                $"Intérêts de {Text.Amount(interest, true)} plafonnés au maximum contractuel de {Text.Amount(cap, true)}"));
            return cap;
        }

        return interest;
    }

    internal override void AddPeriods(LateInvoice invoice, LocalDate firstDay, LocalDate lastDay, DebtorKind kind, bool carryForward, List<RatePeriod> periods, List<PenaltyNote> notes, ValidationErrors errors)
    {
        if (terms.FixedRate is { } rate)
        {
            periods.Add(new RatePeriod(firstDay, lastDay, rate, AnnualRate.Zero, "contractual rate", firstDay) { FrenchReferenceName = "taux contractuel" });
            return;
        }

        // Indexed: the rate follows every change of the reference during the overdue span.
        var series = terms.ReferenceRate!;
        if (Read(series, lastDay, carryForward, errors) is null)
        {
            return;
        }

        var start = firstDay;
        while (start <= lastDay && Read(series, start, carryForward, errors) is { } reference)
        {
            var index = series.IndexOn(start);
            var end = index + 1 < series.Changes.Count && series.Changes[index + 1].EffectiveFrom <= lastDay
                ? series.Changes[index + 1].EffectiveFrom.PlusDays(-1)
                : lastDay;
            periods.Add(new RatePeriod(start, end, reference, terms.Margin, series.Name, series.Changes[index].EffectiveFrom));
            start = end.PlusDays(1);
        }
    }
}
