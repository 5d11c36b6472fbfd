using System.Globalization;
using Recouvrement.Debtors;

namespace Recouvrement.Penalties;

/// <summary>Directive 2011/7/EU art. 2(6), 3, 4 and 6: reference rate of each half-year + at least 8 points; €40 minimum.</summary>
internal sealed class EuDirectiveRule(ReferenceRateSeries reference, AnnualRate margin) : HalfYearlyRule(reference, "taux de référence")
{
    public override string Name { get; } = string.Format(CultureInfo.InvariantCulture, "EU late payment directive, reference rate + {0:0.##} points", margin.Percent);

    public override string LegalSource => "Directive 2011/7/EU, art. 2(6), 3, 4 and 6";

    internal override string FrenchName { get; } = string.Format(CultureInfo.GetCultureInfo("fr-FR"), "Directive européenne sur les retards de paiement, taux de référence + {0:0.##} points", margin.Percent);

    internal override string CompensationSource => "Directive 2011/7/EU, art. 6";

    internal override string? Refuses(DebtorKind kind, Currency currency)
        => kind.IsConsumer ? "Directive 2011/7/EU covers commercial transactions only, not consumers"
            : !currency.Equals(Currency.EUR) ? $"the EU directive rule is in euros here, not in {currency.Code}"
            : null;

    private protected override AnnualRate Margin(DebtorKind kind) => margin;
}
