using System.Collections.Generic;
using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>
/// C. com. L441-10 with a rate agreed in the contract: never below 3 × the legal rate ("other cases") of the half-year;
/// where it is, the floor applies and the breakdown says so. €40 per late invoice, as for the default rate.
/// </summary>
internal sealed class FranceContractualRule(AnnualRate rate, ReferenceRateSeries legalRate) : LatePaymentRule
{
    public override string Name => "France, late payment between businesses, contractual rate";

    public override string LegalSource => "C. com. art. L441-10, D441-5";

    internal override string FrenchName => "France, retards de paiement entre professionnels, taux contractuel";

    internal override string CompensationSource => "C. com. art. D441-5";

    public override Money FixedCompensation(Money amount, DebtorKind kind)
        => HalfYearlyRule.FortyEurosUnlessConsumer(kind);

    internal override string? Refuses(DebtorKind kind, Currency currency)
        => FranceBusinessRule.RefusesOutsideFrenchB2B(kind, currency);

    internal override void AddPeriods(LateInvoice invoice, LocalDate firstDay, LocalDate lastDay, DebtorKind kind, bool carryForward, List<RatePeriod> periods, List<PenaltyNote> notes, ValidationErrors errors)
    {
        foreach (var (start, end, halfYear) in HalfYears(firstDay, lastDay))
        {
            if (Read(legalRate, halfYear, carryForward, errors) is not { } legal)
            {
                continue;
            }

            var floor = legal * 3m;
            if (rate >= floor)
            {
                periods.Add(new RatePeriod(start, end, rate, AnnualRate.Zero, "contractual rate", halfYear) { FrenchReferenceName = "taux contractuel" });
                continue;
            }

            notes.Add(new PenaltyNote(
                $"The contractual rate {Text.Rate(rate, false)} is below the floor of 3 × the legal rate ({Text.Rate(legal, false)} on {Text.Date(halfYear, false)}): the floor of {Text.Rate(floor, false)} applies from {Text.Date(start, false)} to {Text.Date(end, false)} (C. com. L441-10)",
                $"Le taux contractuel de {Text.Rate(rate, true)} est inférieur à trois fois le taux d'intérêt légal ({Text.Rate(legal, true)} au {Text.Date(halfYear, true)}) : le plancher de {Text.Rate(floor, true)} s'applique du {Text.Date(start, true)} au {Text.Date(end, true)} (C. com. L441-10)"));
            periods.Add(new RatePeriod(start, end, floor, AnnualRate.Zero, "3 × legal rate", halfYear) { FrenchReferenceName = "3 × taux légal" });
        }
    }
}
