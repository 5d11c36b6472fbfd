using Recouvrement.Debtors;
using Recouvrement.Internal;

namespace Recouvrement.Penalties;

/// <summary>
/// Belgium, between businesses (Law of 2 August 2002, art. 5 and 6): the ECB rate of each half-year plus 8 points,
/// rounded up to the next half point; €40 per late invoice.
/// </summary>
internal sealed class BelgiumBusinessRule(ReferenceRateSeries ecbRate) : HalfYearlyRule(ecbRate, "taux de refinancement de la BCE")
{
    private static readonly AnnualRate EightPoints = AnnualRate.FromPercent(8m);

    public override string Name => "Belgium, late payment in commercial transactions";

    public override string LegalSource => "Loi du 2 août 2002, art. 5 et 6";

    internal override string FrenchName => "Belgique, retard de paiement dans les transactions commerciales";

    internal override string CompensationSource => "Loi du 2 août 2002, art. 6";

    internal override string? Refuses(DebtorKind kind, Currency currency)
        => kind.IsConsumer ? "the Law of 2 August 2002 covers commercial transactions only, not consumers"
            : !currency.Equals(Currency.EUR) ? $"the Belgian rule is in euros, not in {currency.Code}"
            : null;

    internal override RateSpan RateFrom(LateInvoice invoice, int firstDay, int day, DebtorKind kind, bool carryForward)
    {
        // The rate published each half-year is the sum rounded up to the next half point (10.15 % gives 10.50 %).
        var span = base.RateFrom(invoice, firstDay, day, kind, carryForward);
        var total = span.Reference.Percent + span.Margin.Percent;
        var rounded = System.Math.Ceiling(total * 2m) / 2m;
        return span.WithMargin(AnnualRate.FromPercent(rounded - span.Reference.Percent));
    }

    internal override PenaltyNote? NoteOn(RatePeriod period)
    {
        var exact = period.Reference + EightPoints;
        return period.Margin == EightPoints ? null : new PenaltyNote(
            $"The ECB rate + 8 points ({Wording.English.Rate(exact)}) is rounded up to the next half point: {Wording.English.Rate(period.Reference + period.Margin)} (Law of 2 August 2002, art. 5)",
            $"Le taux de la BCE + 8 points ({Wording.French.Rate(exact)}) est arrondi au demi-point supérieur : {Wording.French.Rate(period.Reference + period.Margin)} (loi du 2 août 2002, art. 5)");
    }

    private protected override AnnualRate Margin(DebtorKind kind) => EightPoints;
}
