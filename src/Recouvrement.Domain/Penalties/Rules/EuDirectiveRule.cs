using System.Globalization;
using Recouvrement.Debtors;

namespace Recouvrement.Penalties;

/// <summary>
/// Directive 2011/7/EU art. 2(6), 3, 4 and 6: reference rate of each half-year + at least 8 points; €40 minimum — as
/// the directive itself for a euro-area country without a rule of its own, or as the national law that transposes it
/// (Spain's Ley 3/2004, Italy's D.Lgs. 231/2002, the Netherlands' BW 6:119a), named as such in every breakdown.
/// </summary>
internal sealed class EuDirectiveRule(ReferenceRateSeries reference, AnnualRate margin, EuDirectiveRule.Law? law = null) : HalfYearlyRule(reference, "taux de référence")
{
    public override string Name { get; } = law?.Name
        ?? string.Format(CultureInfo.InvariantCulture, "EU late payment directive, reference rate + {0:0.##} points", margin.Percent);

    public override string LegalSource { get; } = law?.Source ?? "Directive 2011/7/EU, art. 2(6), 3, 4 and 6";

    internal override string FrenchName { get; } = law?.FrenchName
        ?? string.Format(CultureInfo.GetCultureInfo("fr-FR"), "Directive européenne sur les retards de paiement, taux de référence + {0:0.##} points", margin.Percent);

    internal override string CompensationSource { get; } = law?.CompensationSource ?? "Directive 2011/7/EU, art. 6";

    internal override bool CompoundsYearly => law?.CompoundsYearly ?? false;

    internal override string? Refuses(DebtorKind kind, Currency currency)
        => kind.IsConsumer ? $"{Name} covers commercial transactions only, not consumers"
            : !currency.Equals(Currency.EUR) ? $"{Name} is in euros here, not in {currency.Code}"
            : null;

    private protected override AnnualRate Margin(DebtorKind kind) => margin;

    /// <summary>The national law transposing the directive: its names and sources, and whether its interest compounds yearly.</summary>
    internal sealed record Law(string Name, string FrenchName, string Source, string CompensationSource, bool CompoundsYearly = false);
}
