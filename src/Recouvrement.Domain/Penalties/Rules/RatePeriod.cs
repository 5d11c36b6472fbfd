using NodaTime;

namespace Recouvrement.Penalties;

/// <summary>A span of days over which one late-payment rate applies: a reference rate plus a margin.</summary>
public sealed record RatePeriod
{
    /// <summary>Initializes a new instance of the <see cref="RatePeriod"/> record.</summary>
    /// <param name="from">The first day, inclusive.</param>
    /// <param name="to">The last day, inclusive.</param>
    /// <param name="reference">The reference rate (ECB, Bank Rate…), as fixed by the rule for this span.</param>
    /// <param name="margin">The points the law adds to it.</param>
    /// <param name="referenceName">The reference rate's name, for the breakdown.</param>
    /// <param name="referenceDate">The date the reference rate was read on (1 January, 30 June…).</param>
    public RatePeriod(LocalDate from, LocalDate to, AnnualRate reference, AnnualRate margin, string referenceName, LocalDate referenceDate)
    {
        FrenchReferenceName = referenceName;
        From = from;
        To = to;
        Reference = reference;
        Margin = margin;
        ReferenceName = referenceName;
        ReferenceDate = referenceDate;
    }

    /// <summary>Gets the first day, inclusive.</summary>
    public LocalDate From { get; init; }

    /// <summary>Gets the last day, inclusive.</summary>
    public LocalDate To { get; init; }

    /// <summary>Gets the reference rate (ECB, Bank Rate…), as fixed by the rule for this span.</summary>
    public AnnualRate Reference { get; init; }

    /// <summary>Gets the points the law adds to it.</summary>
    public AnnualRate Margin { get; init; }

    /// <summary>Gets the reference rate's name, for the breakdown.</summary>
    public string ReferenceName { get; init; }

    /// <summary>Gets the date the reference rate was read on (1 January, 30 June…).</summary>
    public LocalDate ReferenceDate { get; init; }

    /// <summary>Gets the reference rate's name in French, for French breakdowns.</summary>
    internal string FrenchReferenceName { get; init; }

    /// <summary>Gets the annual rate that applies: reference + margin.</summary>
    public AnnualRate Rate => Reference + Margin;
}
