using Recouvrement.Debtors;

namespace Recouvrement.Penalties;

/// <summary>BGB §288 with §247: base rate + 9 points (no consumer) or + 5 points (consumer); €40 when not a consumer.</summary>
internal sealed class GermanyRule(ReferenceRateSeries baseRate) : HalfYearlyRule(baseRate, "taux de base allemand (Basiszinssatz)")
{
    private static readonly AnnualRate NinePoints = AnnualRate.FromPercent(9m);
    private static readonly AnnualRate FivePoints = AnnualRate.FromPercent(5m);

    public override string Name => "Germany, default interest (Verzugszinsen)";

    public override string LegalSource => "BGB §288, §247";

    internal override string FrenchName => "Allemagne, intérêts moratoires (Verzugszinsen)";

    internal override string CompensationSource => "BGB §288(5)";

    internal override string? Refuses(DebtorKind kind, Currency currency)
        => !currency.Equals(Currency.EUR) ? $"the German rule is in euros, not in {currency.Code}" : null;

    private protected override AnnualRate Margin(DebtorKind kind) => kind.IsConsumer ? FivePoints : NinePoints;
}
