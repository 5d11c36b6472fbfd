using System.Collections.Generic;
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
        => InOtherCurrency(terms.MinimumCharge, currency) ?? InOtherCurrency(terms.Cap, currency) ?? InOtherCurrency(terms.FixedFee, currency);

    internal override Money AdjustInterest(Money interest, List<PenaltyNote>? notes)
    {
        if (terms.MinimumCharge is { } minimum && interest.IsPositive && interest < minimum)
        {
            notes?.Add(new PenaltyNote(
                $"Interest of {Wording.English.Amount(interest)} raised to the contractual minimum charge of {Wording.English.Amount(minimum)}",
                $"Intérêts de {Wording.French.Amount(interest)} portés au minimum contractuel de {Wording.French.Amount(minimum)}"));
            return minimum;
        }

        if (terms.Cap is { } cap && interest > cap)
        {
            notes?.Add(new PenaltyNote(
                $"Interest of {Wording.English.Amount(interest)} capped at the contractual maximum of {Wording.English.Amount(cap)}",
                $"Intérêts de {Wording.French.Amount(interest)} plafonnés au maximum contractuel de {Wording.French.Amount(cap)}"));
            return cap;
        }

        return interest;
    }

    internal override RateSpan RateFrom(LateInvoice invoice, int firstDay, int day, DebtorKind kind, bool carryForward)
    {
        if (terms.FixedRate is { } rate)
        {
            return new RateSpan(RateSpan.ForEver, rate, AnnualRate.Zero, DayNumber.ToDate(firstDay), "contractual rate", "taux contractuel");
        }

        // Indexed: the rate follows every change of the reference, and holds no further than the data is known.
        var series = terms.ReferenceRate!;
        var date = DayNumber.ToDate(day);
        if (!series.Knows(date, carryForward))
        {
            return new RateSpan(RateSpan.ForEver, AnnualRate.Zero, terms.Margin, date, series.Name, series.Name, missingIn: series);
        }

        var index = series.IndexOn(date);
        var change = series.ChangeAt(index);
        return new RateSpan(DayNumber.Of(series.LastDayOf(index, carryForward)), change.Rate, terms.Margin, change.EffectiveFrom, series.Name, series.Name);
    }

    private static string? InOtherCurrency(Money? amount, Currency currency)
        => amount is { } m && !m.Currency.Equals(currency) ? $"the terms are in {m.Currency.Code}, the invoice in {currency.Code}" : null;
}
