using NodaTime;

namespace Recouvrement.Reasons;

/// <summary>
/// How many observations and how much money one group of <see cref="ReasonStatistics"/> holds: a reason, a family, or a
/// family over one period.
/// </summary>
public sealed record ReasonTally
{
    /// <summary>Initializes a new instance of the <see cref="ReasonTally"/> record.</summary>
    /// <param name="family">The family.</param>
    /// <param name="reason">The reason; null for a family's or a period's tally.</param>
    /// <param name="periodStart">The first day of the period; null for the tallies over the whole time.</param>
    /// <param name="count">How many observations.</param>
    /// <param name="amount">Their amount.</param>
    /// <param name="shareOfAmount">Their share of the amount of all observations (of the period's, for a period's tally), 0 to 1.</param>
    public ReasonTally(ReasonFamily family, UnpaidReason? reason, LocalDate? periodStart, int count, Money amount, decimal shareOfAmount)
    {
        Family = family;
        Reason = reason;
        PeriodStart = periodStart;
        Count = count;
        Amount = amount;
        ShareOfAmount = shareOfAmount;
    }

    /// <summary>Gets the family.</summary>
    public ReasonFamily Family { get; init; }

    /// <summary>Gets the reason; null for a family's or a period's tally.</summary>
    public UnpaidReason? Reason { get; init; }

    /// <summary>Gets the first day of the period; null for the tallies over the whole time.</summary>
    public LocalDate? PeriodStart { get; init; }

    /// <summary>Gets how many observations.</summary>
    public int Count { get; init; }

    /// <summary>Gets their amount.</summary>
    public Money Amount { get; init; }

    /// <summary>Gets their share of the amount of all observations (of the period's, for a period's tally), 0 to 1.</summary>
    public decimal ShareOfAmount { get; init; }
}
