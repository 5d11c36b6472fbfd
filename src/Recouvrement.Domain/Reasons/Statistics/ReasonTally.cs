using NodaTime;

namespace Recouvrement.Reasons;

/// <summary>
/// How many observations and how much money one group of <see cref="ReasonStatistics"/> holds: a reason, a family, or a
/// family over one period.
/// </summary>
/// <param name="Family">The family.</param>
/// <param name="Reason">The reason; null for a family's or a period's tally.</param>
/// <param name="PeriodStart">The first day of the period; null for the tallies over the whole time.</param>
/// <param name="Count">How many observations.</param>
/// <param name="Amount">Their amount.</param>
/// <param name="ShareOfAmount">Their share of the amount of all observations (of the period's, for a period's tally), 0 to 1.</param>
public sealed record ReasonTally(ReasonFamily Family, UnpaidReason? Reason, LocalDate? PeriodStart, int Count, Money Amount, decimal ShareOfAmount);
