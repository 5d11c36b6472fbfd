using NodaTime;

namespace Recouvrement.Plans;

/// <summary>One payment of a plan.</summary>
/// <param name="Number">1 for the first.</param>
/// <param name="ScheduledDate">The date by the frequency alone.</param>
/// <param name="DueDate">The date the payment is due: the scheduled date moved to a business day when a calendar is given.</param>
/// <param name="Amount">The amount.</param>
/// <param name="IsDownPayment">Whether it is the down payment before the series.</param>
public sealed record PlanInstalment(int Number, LocalDate ScheduledDate, LocalDate DueDate, Money Amount, bool IsDownPayment);
