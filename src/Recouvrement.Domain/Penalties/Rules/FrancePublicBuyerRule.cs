using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>
/// France, a public buyer (C. de la commande publique R2192-31, D2192-35): the ECB main refinancing rate in force on the
/// first day of the half-year in which interest started, plus 8 points, fixed for the life of the debt; €40.
/// </summary>
internal sealed class FrancePublicBuyerRule(ReferenceRateSeries ecbRate) : LatePaymentRule
{
    private static readonly AnnualRate EightPoints = AnnualRate.FromPercent(8m);

    public override string Name => "France, late payment by a public buyer";

    public override string LegalSource => "C. commande publique art. R2192-31, D2192-35";

    internal override string FrenchName => "France, retard de paiement d'un acheteur public";

    internal override string CompensationSource => "C. commande publique art. D2192-35";

    public override Money FixedCompensation(Money amount, DebtorKind kind) => HalfYearlyRule.FortyEurosUnlessConsumer(kind);

    internal override string? Refuses(DebtorKind kind, Currency currency)
        => kind != DebtorKind.PublicAuthority ? "the public procurement code's rule applies to public buyers only"
            : !currency.Equals(Currency.EUR) ? $"the French public buyers' rule is in euros, not in {currency.Code}"
            : null;

    internal override RateSpan RateFrom(LateInvoice invoice, int firstDay, int day, DebtorKind kind, bool carryForward)
    {
        // Fixed once: the rate in force on 1 January or 1 July of the half-year in which interest started to run.
        var first = DayNumber.ToDate(firstDay);
        return Read(ecbRate, new LocalDate(first.Year, first.Month <= 6 ? 1 : 7, 1), RateSpan.ForEver, EightPoints, carryForward, "taux de refinancement de la BCE");
    }
}
