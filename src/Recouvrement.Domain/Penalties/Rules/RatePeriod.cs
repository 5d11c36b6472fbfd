using NodaTime;

namespace Recouvrement.Penalties;

/// <summary>A span of days over which one late-payment rate applies: a reference rate plus a margin.</summary>
/// <param name="From">The first day, inclusive.</param>
/// <param name="To">The last day, inclusive.</param>
/// <param name="Reference">The reference rate (ECB, Bank Rate…), as fixed by the rule for this span.</param>
/// <param name="Margin">The points the law adds to it.</param>
/// <param name="ReferenceName">The reference rate's name, for the breakdown.</param>
/// <param name="ReferenceDate">The date the reference rate was read on (1 January, 30 June…).</param>
public sealed record RatePeriod(LocalDate From, LocalDate To, AnnualRate Reference, AnnualRate Margin, string ReferenceName, LocalDate ReferenceDate)
{
    /// <summary>Gets the reference rate's name in French, for French breakdowns.</summary>
    internal string FrenchReferenceName { get; init; } = ReferenceName;

    /// <summary>Gets the annual rate that applies: reference + margin.</summary>
    public AnnualRate Rate => Reference + Margin;
}
