using NodaTime;

namespace Recouvrement.Penalties;

/// <summary>
/// The rate a rule applies from a given day and the last day it holds: a value, so that walking an overdue span costs
/// no allocation. <see cref="MissingIn"/> is set when the rate data lacks the reference read on <see cref="ReferenceDate"/>.
/// </summary>
internal readonly struct RateSpan(
    int toDay,
    AnnualRate reference,
    AnnualRate margin,
    LocalDate referenceDate,
    string referenceName,
    string frenchReferenceName,
    ReferenceRateSeries? missingIn = null)
{
    /// <summary>The day number (<see cref="Internal.DayNumber"/>) of the last day this rate holds, inclusive.</summary>
    public int ToDay { get; } = toDay;

    public AnnualRate Reference { get; } = reference;

    public AnnualRate Margin { get; } = margin;

    /// <summary>
    /// The rate that applies, reference + margin, as a fraction added and read into integer digits once here: the walk
    /// reads it for every span and counts in integers.
    /// </summary>
    public Internal.ScaledDecimal Fraction { get; } = new((reference + margin).Fraction);

    public LocalDate ReferenceDate { get; } = referenceDate;

    public string ReferenceName { get; } = referenceName;

    public string FrenchReferenceName { get; } = frenchReferenceName;

    /// <summary>The series that has no rate for <see cref="ReferenceDate"/>; null when the rate is known.</summary>
    public ReferenceRateSeries? MissingIn { get; } = missingIn;

    /// <summary>The day number that stands for "for ever" (the last ISO date): a rate that holds to the end.</summary>
    public static int ForEver { get; } = Internal.DayNumber.Of(LocalDate.MaxIsoValue);

    public RatePeriod ToPeriod(LocalDate from, LocalDate to)
        => new(from, to, Reference, Margin, ReferenceName, ReferenceDate) { FrenchReferenceName = FrenchReferenceName };

    public RateSpan WithMargin(AnnualRate margin)
        => new(ToDay, Reference, margin, ReferenceDate, ReferenceName, FrenchReferenceName, MissingIn);

    public RateSpan EndingOn(int toDay)
        => new(toDay, Reference, Margin, ReferenceDate, ReferenceName, FrenchReferenceName, MissingIn);
}
