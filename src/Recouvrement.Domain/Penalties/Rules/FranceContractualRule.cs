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
            $"The contractual rate {Wording.English.Rate(rate)} is below the floor of 3 × the legal rate ({Wording.English.Rate(legal)} on {Wording.English.Date(halfYear)}): the floor of {Wording.English.Rate(floor)} applies from {Wording.English.Date(period.From)} to {Wording.English.Date(period.To)} (C. com. L441-10)",
            $"Le taux contractuel de {Wording.French.Rate(rate)} est inférieur à trois fois le taux d'intérêt légal ({Wording.French.Rate(legal)} au {Wording.French.Date(halfYear)}) : le plancher de {Wording.French.Rate(floor)} s'applique du {Wording.French.Date(period.From)} au {Wording.French.Date(period.To)} (C. com. L441-10)");
    }
}
