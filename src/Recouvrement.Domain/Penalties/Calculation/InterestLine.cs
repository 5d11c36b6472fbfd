using NodaTime;

namespace Recouvrement.Penalties;

/// <summary>Interest over one span with one base and one rate.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record InterestLine
{
    internal InterestLine(LocalDate from, LocalDate to, int days, Money @base, RatePeriod period, Money amount)
    {
        From = from;
        To = to;
        Days = days;
        Base = @base;
        Period = period;
        Amount = amount;
    }

    /// <summary>Gets the first day, inclusive.</summary>
    public LocalDate From { get; init; }

    /// <summary>Gets the last day, inclusive.</summary>
    public LocalDate To { get; init; }

    /// <summary>Gets the number of days, both ends included.</summary>
    public int Days { get; init; }

    /// <summary>Gets the amount bearing interest.</summary>
    public Money Base { get; init; }

    /// <summary>Gets the rate period: reference, margin and where the reference was read.</summary>
    public RatePeriod Period { get; init; }

    /// <summary>Gets the days the year counts under the rule's day count: 365, 360 or (a leap year under Actual/Actual) 366.</summary>
    public int YearBasis { get; init; } = 365;

    /// <summary>Gets base × rate × days / <see cref="YearBasis"/>, not rounded.</summary>
    /// <remarks>Divided when read: a letter shows the rounded amounts, so a breakdown does not pay for 28-digit quotients.</remarks>
    public decimal ExactAmount => Exact.BalanceDays * Exact.Rate / (YearBasis * Amount.Currency.UnitsPerMajor);

    /// <summary>Gets the line's share of the rounded total: the lines always sum to the interest shown.</summary>
    public Money Amount { get; init; }

    /// <summary>Gets what <see cref="ExactAmount"/> is computed from: Σ base in minor units × days, and the rate.</summary>
    internal (long BalanceDays, decimal Rate) Exact { get; init; }
}
