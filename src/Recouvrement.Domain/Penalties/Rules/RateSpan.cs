using NodaTime;

namespace Recouvrement.Penalties;

/// <summary>
/// The rate a rule applies from a given day and the last day it holds: a value, so that walking an overdue span costs
/// no allocation. <see cref="MissingIn"/> is set when the rate data lacks the reference read on <see cref="ReferenceDate"/>.
/// </summary>
internal readonly struct RateSpan(
    LocalDate to,
    AnnualRate reference,
    AnnualRate margin,
    LocalDate referenceDate,
    string referenceName,
    string frenchReferenceName,
    ReferenceRateSeries? missingIn = null)
{
    /// <summary>The last day this rate holds, inclusive (the calculation cuts it at the as-of date).</summary>
    public LocalDate To { get; } = to;

    public AnnualRate Reference { get; } = reference;

    public AnnualRate Margin { get; } = margin;

    public LocalDate ReferenceDate { get; } = referenceDate;

    public string ReferenceName { get; } = referenceName;

    public string FrenchReferenceName { get; } = frenchReferenceName;

    /// <summary>The series that has no rate for <see cref="ReferenceDate"/>; null when the rate is known.</summary>
    public ReferenceRateSeries? MissingIn { get; } = missingIn;

    public AnnualRate Rate => Reference + Margin;

    public RatePeriod ToPeriod(LocalDate from, LocalDate to)
        => new(from, to, Reference, Margin, ReferenceName, ReferenceDate) { FrenchReferenceName = FrenchReferenceName };

    public RateSpan WithMargin(AnnualRate margin)
        => new(To, Reference, margin, ReferenceDate, ReferenceName, FrenchReferenceName, MissingIn);

    public RateSpan EndingOn(LocalDate to)
        => new(to, Reference, Margin, ReferenceDate, ReferenceName, FrenchReferenceName, MissingIn);
}
