using System.Collections.Generic;
using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>C. com. L441-10 and D441-5: ECB rate of 1 January / 1 July + 10 points; €40 per late invoice.</summary>
internal sealed class FranceBusinessRule(ReferenceRateSeries ecb) : LatePaymentRule
{
    private static readonly AnnualRate Margin = AnnualRate.FromPercent(10m);

    public override string Name => "France, late payment between businesses";

    public override string LegalSource => "C. com. art. L441-10, D441-5";

    internal override string FrenchName => "France, retards de paiement entre professionnels";

    internal override string CompensationSource => "C. com. art. D441-5";

    public override Money FixedCompensation(Money amount, DebtorKind kind)
        => new(kind.FixedCompensationApplies ? 40m : 0m, Currency.EUR);

    internal override string? Refuses(DebtorKind kind, Currency currency)
        => kind.IsConsumer ? "the French B2B rule does not apply to a consumer: use the consumer rule (legal rate from the formal notice)"
            : !currency.Equals(Currency.EUR) ? $"the French B2B rule is in euros, not in {currency.Code}"
            : null;

    internal override void AddPeriods(LocalDate firstDay, LocalDate lastDay, bool carryForward, List<RatePeriod> periods, ValidationErrors errors)
    {
        var start = firstDay;
        while (start <= lastDay)
        {
            // The rate is the one in force on the first day of the half-year: 1 January or 1 July.
            var halfYear = new LocalDate(start.Year, start.Month <= 6 ? 1 : 7, 1);
            var end = LocalDate.Min(halfYear.PlusMonths(6).PlusDays(-1), lastDay);
            var reference = Read(ecb, halfYear, carryForward, errors);
            if (reference is { } rate)
            {
                periods.Add(new RatePeriod(start, end, rate, Margin, ecb.Name, halfYear) { FrenchReferenceName = "taux de refinancement de la BCE" });
            }

            start = end.PlusDays(1);
        }
    }
}
