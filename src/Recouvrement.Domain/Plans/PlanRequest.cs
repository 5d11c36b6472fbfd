using NodaTime;
using Recouvrement.Calendars;

namespace Recouvrement.Plans;

/// <summary>
/// What a payment plan must settle and the constraints it must keep. Either <see cref="Count"/> (N equal instalments) or
/// <see cref="Capacity"/> (the most the debtor can pay per period) decides the instalments.
/// </summary>
/// <param name="Total">The amount to settle, positive, in whole minor units.</param>
/// <param name="PlanDate">The day the plan is agreed; no payment falls before it.</param>
/// <param name="FirstDueDate">The first instalment's date (after a deferral, if any); the down payment falls on the plan date.</param>
/// <param name="Frequency">How often instalments fall.</param>
public sealed record PlanRequest(Money Total, LocalDate PlanDate, LocalDate FirstDueDate, PlanFrequency Frequency)
{
    /// <summary>Gets the number of equal instalments (after the down payment); set this or <see cref="Capacity"/>.</summary>
    public int? Count { get; init; }

    /// <summary>Gets the most the debtor can pay per period; set this or <see cref="Count"/>.</summary>
    public Money? Capacity { get; init; }

    /// <summary>Gets a payment due on the plan date before the series; none when null.</summary>
    public Money? DownPayment { get; init; }

    /// <summary>Gets which instalment takes the rounding remainder so that the instalments add up exactly.</summary>
    public RemainderPlacement RemainderOn { get; init; } = RemainderPlacement.Last;

    /// <summary>
    /// Gets the smallest instalment accepted; none when null. With a <see cref="Capacity"/>, a last instalment below it is
    /// folded into the one before (which then exceeds the capacity by that much).
    /// </summary>
    public Money? MinimumInstalment { get; init; }

    /// <summary>
    /// Gets the longest a plan may run from the plan date to the last instalment: 24 months by default, the longest delay
    /// a French judge may grant (C. civ. 1343-5).
    /// </summary>
    public int MaxMonths { get; init; } = 24;

    /// <summary>Gets the most instalments accepted, the down payment aside; none when null.</summary>
    public int? MaxCount { get; init; }

    /// <summary>Gets what monthly and quarterly instalments do after a short month.</summary>
    public MonthEndRule MonthEnd { get; init; } = MonthEndRule.KeepShortenedDay;

    /// <summary>Gets the debtor's calendar: instalments falling on a non-business day move by <see cref="Convention"/>; none when null.</summary>
    public IBusinessCalendar? Calendar { get; init; }

    /// <summary>Gets how an instalment on a non-business day moves (with a <see cref="Calendar"/>).</summary>
    public BusinessDayConvention Convention { get; init; } = BusinessDayConvention.Following;
}
