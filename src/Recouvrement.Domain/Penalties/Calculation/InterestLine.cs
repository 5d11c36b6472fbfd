using NodaTime;

namespace Recouvrement.Penalties;

/// <summary>Interest over one span with one base and one rate.</summary>
/// <param name="From">The first day, inclusive.</param>
/// <param name="To">The last day, inclusive.</param>
/// <param name="Days">The number of days, both ends included.</param>
/// <param name="Base">The amount bearing interest.</param>
/// <param name="Period">The rate period: reference, margin and where the reference was read.</param>
/// <param name="ExactAmount">base × rate × days / <see cref="YearBasis"/>, not rounded.</param>
/// <param name="Amount">The line's share of the rounded total: the lines always sum to the interest shown.</param>
public sealed record InterestLine(LocalDate From, LocalDate To, int Days, Money Base, RatePeriod Period, decimal ExactAmount, Money Amount)
{
    /// <summary>Gets the days the year counts under the rule's day count: 365, 360 or (a leap year under Actual/Actual) 366.</summary>
    public int YearBasis { get; init; } = 365;
}
