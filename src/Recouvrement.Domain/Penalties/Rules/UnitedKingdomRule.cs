using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>Late Payment of Commercial Debts (Interest) Act 1998: Bank Rate fixed per debt + 8 points; £40/£70/£100.</summary>
internal sealed class UnitedKingdomRule(ReferenceRateSeries bankRate) : LatePaymentRule
{
    private static readonly AnnualRate Margin = AnnualRate.FromPercent(8m);

    public override string Name => "United Kingdom, statutory interest on late commercial payments";

    public override string LegalSource => "Late Payment of Commercial Debts (Interest) Act 1998, s. 4-5A";

    internal override string FrenchName => "Royaume-Uni, intérêts légaux sur les retards de paiement commerciaux";

    internal override string CompensationSource => "Late Payment of Commercial Debts (Interest) Act 1998, s. 5A";

    public override Money FixedCompensation(Money amount, DebtorKind kind)
        => new(
            !kind.FixedCompensationApplies ? 0m : amount.Amount < 1_000m ? 40m : amount.Amount < 10_000m ? 70m : 100m,
            Currency.GBP);

    internal override string? Refuses(DebtorKind kind, Currency currency)
        => kind.IsConsumer ? "the Late Payment Act covers business-to-business debts only"
            : !currency.Equals(Currency.GBP) ? $"the Late Payment Act rule is in pounds sterling, not in {currency.Code}"
            : null;

    internal override RateSpan RateFrom(LateInvoice invoice, int firstDay, int day, DebtorKind kind, bool carryForward)
    {
        // The reference rate is fixed once for the debt: the Bank Rate on the 31 December or 30 June before it became late.
        var first = DayNumber.ToDate(firstDay);
        var referenceDay = first.Month <= 6 ? new LocalDate(first.Year - 1, 12, 31) : new LocalDate(first.Year, 6, 30);
        return Read(bankRate, referenceDay, RateSpan.ForEver, Margin, carryForward, "taux directeur de la Banque d'Angleterre");
    }
}
