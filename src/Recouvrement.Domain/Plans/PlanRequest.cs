using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Recouvrement.Calendars;
using Recouvrement.Debtors;
using Recouvrement.Internal;

namespace Recouvrement.Plans;

/// <summary>
/// What a payment plan must settle and the constraints it must keep. Either <see cref="Count"/> (N equal instalments) or
/// <see cref="Capacity"/> (the most the debtor can pay per period) decides the instalments.
/// </summary>
public sealed record PlanRequest
{
    /// <summary>Initializes a new instance of the <see cref="PlanRequest"/> record.</summary>
    /// <param name="total">The principal to settle, positive, in whole minor units, at most <see cref="PlanLimits.MaxAmountMinorUnits"/> of them;
    /// interest and fees come on top.</param>
    /// <param name="planDate">The day the plan is agreed, by <see cref="PlanLimits.LastDate"/>; no payment falls before it.</param>
    /// <param name="firstDueDate">The first instalment's date (after a deferral, if any); the down payment falls on the plan date.</param>
    /// <param name="frequency">How often instalments fall.</param>
    public PlanRequest(Money total, LocalDate planDate, LocalDate firstDueDate, PlanFrequency frequency)
    {
        Total = total;
        PlanDate = planDate;
        FirstDueDate = firstDueDate;
        Frequency = frequency;
    }

    /// <summary>
    /// Gets the principal to settle, positive, in whole minor units, at most <see cref="PlanLimits.MaxAmountMinorUnits"/> of them;
    /// interest and fees come on top.
    /// </summary>
    public Money Total { get; init; }

    /// <summary>Gets the day the plan is agreed, by <see cref="PlanLimits.LastDate"/>; no payment falls before it.</summary>
    public LocalDate PlanDate { get; init; }

    /// <summary>Gets the first instalment's date (after a deferral, if any); the down payment falls on the plan date.</summary>
    public LocalDate FirstDueDate { get; init; }

    /// <summary>Gets how often instalments fall.</summary>
    public PlanFrequency Frequency { get; init; }

    /// <summary>
    /// Gets the number of equal instalments (after the down payment), 1 to <see cref="PlanLimits.MaxInstalments"/>; set
    /// this or <see cref="Capacity"/>.
    /// </summary>
    public int? Count { get; init; }

    /// <summary>
    /// Gets the most the debtor can pay per period, positive, in the currency of <see cref="Total"/>, at most
    /// <see cref="PlanLimits.MaxAmountMinorUnits"/> minor units; set this or <see cref="Count"/>.
    /// </summary>
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
    /// Gets the smallest instalment a proposal offers, as a percentage of the debt (default 5: at most 20 instalments);
    /// <see cref="PlanProposals"/> keeps to the larger of it and <see cref="MinimumInstalment"/>.
    /// </summary>
    public decimal MinimumInstalmentPercent { get; init; } = 5m;

    /// <summary>
    /// Gets the longest a plan may run from the plan date to the last instalment: 24 months by default, the longest delay
    /// a French judge may grant (C. civ. 1343-5) — a ceiling, not a target. At most <see cref="PlanLimits.MaxMonths"/>, and
    /// the plan date plus the term must end by <see cref="PlanLimits.LastDate"/>.
    /// </summary>
    public int MaxMonths { get; init; } = 24;

    /// <summary>Gets the most instalments accepted, the down payment aside; none when null.</summary>
    public int? MaxCount { get; init; }

    /// <summary>Gets what monthly and quarterly instalments do after a short month (default: back to the first instalment's day).</summary>
    public MonthEndRule MonthEnd { get; init; } = MonthEndRule.ReturnToAnchorDay;

    /// <summary>Gets the debtor's calendar: instalments falling on a non-business day move by <see cref="Convention"/>; none when null.</summary>
    public IBusinessCalendar? Calendar { get; init; }

    /// <summary>Gets how an instalment on a non-business day moves (with a <see cref="Calendar"/>).</summary>
    public BusinessDayConvention Convention { get; init; } = BusinessDayConvention.Following;

    /// <summary>
    /// Gets how much each instalment grows over the one before (a progressive plan), or shrinks when negative (a
    /// degressive plan); with <see cref="Count"/> only, and not with an annuity. None when null.
    /// </summary>
    public Money? Step { get; init; }

    /// <summary>Gets the interest the plan bears; interest-free when null.</summary>
    public PlanInterest? Interest { get; init; }

    /// <summary>
    /// Gets a fee for setting up the plan, paid with the first payment; none when null. Needs <see cref="DebtorKind"/>:
    /// collection costs may not be charged to a consumer without an enforceable title (L111-8 CPCE).
    /// </summary>
    public Money? Fee { get; init; }

    /// <summary>Gets who the debtor is in law; needed when a <see cref="Fee"/> is charged.</summary>
    public DebtorKind? DebtorKind { get; init; }

    /// <summary>
    /// Gets the debts a consolidated plan settles, oldest due first; their amounts add up to <see cref="Total"/>. Empty
    /// for a plan over one debt. <see cref="Consolidating"/> builds such a request. Copied: compared by content.
    /// </summary>
    public IReadOnlyList<PlanDebt> Debts { get; init => field = ValueList.OrNull(value); } = ValueList<PlanDebt>.Empty;

    /// <summary>
    /// Gets the plan this one renegotiates, as it stood on this plan's date; the new plan keeps it as its history.
    /// <see cref="Renegotiating"/> builds such a request.
    /// </summary>
    public PlanTracking? Replaces { get; init; }

    /// <summary>A request for one plan over several debts (consolidation): the total is their sum.</summary>
    /// <param name="debts">The debts, in any order, in one currency; copied.</param>
    /// <param name="planDate">The day the plan is agreed.</param>
    /// <param name="firstDueDate">The first instalment's date.</param>
    /// <param name="frequency">How often instalments fall.</param>
    /// <returns>The request (set <see cref="Count"/> or <see cref="Capacity"/> on it), or an invalid result naming every bad debt.</returns>
    public static Ardalis.Result.Result<PlanRequest> Consolidating(IEnumerable<PlanDebt?>? debts, LocalDate planDate, LocalDate firstDueDate, PlanFrequency frequency)
    {
        var list = debts?.ToArray() ?? [];
        var errors = new Internal.ValidationErrors();
        PaymentPlanCalculator.CheckDebts(list, list.FirstOrDefault(d => d is not null)?.Amount.Currency ?? Currency.XXX, nameof(debts), errors);
        return errors.ToResult(() => new PlanRequest(
            list.Aggregate(Money.Zero(list[0]!.Amount.Currency), (sum, debt) => sum + debt!.Amount), planDate, firstDueDate, frequency)
        {
            Debts = ValueList.Adopt(list.Select(d => d!).OrderBy(d => d.DueDate).ThenBy(d => d.ItemId, System.StringComparer.Ordinal).ToArray()),
        });
    }

    /// <summary>
    /// A request for a new plan replacing a tracked one (renegotiation, seed 003): it settles what the old plan still
    /// asks as of the tracking date (<see cref="PlanTracking.PayoffAmount"/>), from that date.
    /// </summary>
    /// <param name="previous">The old plan as of the renegotiation date.</param>
    /// <param name="firstDueDate">The new first instalment's date.</param>
    /// <param name="frequency">How often the new instalments fall.</param>
    /// <returns>The request (set <see cref="Count"/> or <see cref="Capacity"/> on it).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="previous"/> is null.</exception>
    public static PlanRequest Renegotiating(PlanTracking previous, LocalDate firstDueDate, PlanFrequency frequency)
    {
        Internal.Preconditions.CheckNotNull(previous, nameof(previous));
        return new PlanRequest(previous.PayoffAmount, previous.AsOf, firstDueDate, frequency) { Replaces = previous };
    }
}
