using Recouvrement.Debtors;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>
/// C. com. L441-10 with a rate agreed in the contract: never below 3 × the legal rate ("other cases") of the half-year;
/// where it is, the floor applies and the breakdown says so. €40 per late invoice, as for the default rate.
/// </summary>
internal sealed class FranceContractualRule(AnnualRate rate, ReferenceRateSeries legalRate) : LatePaymentRule
{
    private const string FloorName = "3 × legal rate";

    public override string Name => "France, late payment between businesses, contractual rate";

    public override string LegalSource => "C. com. art. L441-10, D441-5";

    internal override string FrenchName => "France, retards de paiement entre professionnels, taux contractuel";

    internal override string CompensationSource => "C. com. art. D441-5";

    public override Money FixedCompensation(Money amount, DebtorKind kind)
        => HalfYearlyRule.FortyEurosUnlessConsumer(kind);

    internal override string? Refuses(DebtorKind kind, Currency currency)
        => FranceBusinessRule.RefusesOutsideFrenchB2B(kind, currency);

    internal override RateSpan RateFrom(LateInvoice invoice, int firstDay, int day, DebtorKind kind, bool carryForward)
    {
        var (halfYear, end) = HalfYearOf(DayNumber.ToDate(day));
        var legal = Read(legalRate, halfYear, DayNumber.Of(end), AnnualRate.Zero, carryForward, "taux de l'intérêt légal");
        if (legal.MissingIn is not null)
        {
            return legal;
        }

        var floor = legal.Reference * 3m;
        return rate >= floor
            ? new RateSpan(legal.ToDay, rate, AnnualRate.Zero, halfYear, "contractual rate", "taux contractuel")
            : new RateSpan(legal.ToDay, floor, AnnualRate.Zero, halfYear, FloorName, "3 × taux légal");
    }

    internal override PenaltyNote? NoteOn(RatePeriod period)
    {
        if (period.ReferenceName != FloorName)
        {
            return null;
        }

        var (floor, legal, halfYear) = (period.Reference, legalRate.KnownRateOn(period.ReferenceDate), period.ReferenceDate);
        return new PenaltyNote(
            $"The contractual rate {Text.Rate(rate, false)} is below the floor of 3 × the legal rate ({Text.Rate(legal, false)} on {Text.Date(halfYear, false)}): the floor of {Text.Rate(floor, false)} applies from {Text.Date(period.From, false)} to {Text.Date(period.To, false)} (C. com. L441-10)",
            $"Le taux contractuel de {Text.Rate(rate, true)} est inférieur à trois fois le taux d'intérêt légal ({Text.Rate(legal, true)} au {Text.Date(halfYear, true)}) : le plancher de {Text.Rate(floor, true)} s'applique du {Text.Date(period.From, true)} au {Text.Date(period.To, true)} (C. com. L441-10)");
    }
}
