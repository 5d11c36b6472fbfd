using Recouvrement.Debtors;

namespace Recouvrement.Penalties;

/// <summary>C. com. L441-10 and D441-5: ECB rate of 1 January / 1 July + 10 points; €40 per late invoice.</summary>
internal sealed class FranceBusinessRule(ReferenceRateSeries ecb) : HalfYearlyRule(ecb, "taux de refinancement de la BCE")
{
    private static readonly AnnualRate TenPoints = AnnualRate.FromPercent(10m);

    public override string Name => "France, late payment between businesses";

    public override string LegalSource => "C. com. art. L441-10, D441-5";

    internal override string FrenchName => "France, retards de paiement entre professionnels";

    internal override string CompensationSource => "C. com. art. D441-5";

    internal override string? Refuses(DebtorKind kind, Currency currency) => RefusesOutsideFrenchB2B(kind, currency);

    /// <summary>Why a French B2B rule, default or contractual, does not apply: a consumer, or another currency.</summary>
    internal static string? RefusesOutsideFrenchB2B(DebtorKind kind, Currency currency)
        => kind.IsConsumer ? "the French B2B rule does not apply to a consumer: use the consumer rule (legal rate from the formal notice)"
            : !currency.Equals(Currency.EUR) ? $"the French B2B rule is in euros, not in {currency.Code}"
            : null;

    private protected override AnnualRate Margin(DebtorKind kind) => TenPoints;
}
