using Ardalis.Result;
using NodaTime;
using Recouvrement.Calendars;
using Recouvrement.Debtors;
using Recouvrement.Internal;

namespace Recouvrement.Plans;

/// <summary>
/// A company's terms for payment plans: the constraints, the dates, the interest and fee it asks, and how much lateness
/// it tolerates. <see cref="Request"/> turns it into a <see cref="PlanRequest"/> for one debt, so that every plan a
/// collector offers keeps the same terms.
/// </summary>
/// <remarks>This type is immutable and thread-safe when its calendar is.</remarks>
public sealed record PlanPolicy
{
    /// <summary>Gets how often instalments fall (default monthly).</summary>
    public PlanFrequency Frequency { get; init; } = PlanFrequency.Monthly;

    /// <summary>Gets the longest a plan may run, in months (default 24, C. civ. 1343-5), up to <see cref="PlanLimits.MaxMonths"/>.</summary>
    public int MaxMonths { get; init; } = 24;

    /// <summary>Gets the most instalments accepted; none when null.</summary>
    public int? MaxCount { get; init; }

    /// <summary>Gets the smallest instalment accepted; none when null.</summary>
    public Money? MinimumInstalment { get; init; }

    /// <summary>Gets the smallest instalment a proposal offers, as a percentage of the debt (default 5).</summary>
    public decimal MinimumInstalmentPercent { get; init; } = 5m;

    /// <summary>Gets what monthly instalments do after a short month (default: back to the first instalment's day, the 30th stays the 30th).</summary>
    public MonthEndRule MonthEnd { get; init; } = MonthEndRule.ReturnToAnchorDay;

    /// <summary>Gets the calendar instalments move off non-business days by; none when null.</summary>
    public IBusinessCalendar? Calendar { get; init; }

    /// <summary>Gets how an instalment on a non-business day moves.</summary>
    public BusinessDayConvention Convention { get; init; } = BusinessDayConvention.Following;

    /// <summary>Gets which instalment takes the rounding remainder.</summary>
    public RemainderPlacement RemainderOn { get; init; } = RemainderPlacement.Last;

    /// <summary>Gets the interest plans bear; interest-free when null.</summary>
    public PlanInterest? Interest { get; init; }

    /// <summary>Gets the fee for setting up a plan; none when null. Never asked of a consumer (L111-8 CPCE): <see cref="Request"/> leaves it out.</summary>
    public Money? Fee { get; init; }

    /// <summary>Gets how much lateness a plan tolerates before it is broken.</summary>
    public PlanTolerance Tolerance { get; init; } = new();

    /// <summary>Checks the policy on its own, before any debt: every problem named by its property.</summary>
    /// <returns>This policy, or an invalid result naming every problem.</returns>
    public Result<PlanPolicy> Validate()
    {
        var errors = new ValidationErrors();
        if (Frequency is null)
        {
            errors.Add(nameof(Frequency), null, "must be given", ErrorCodes.Required);
        }

        if (MaxMonths is < 1 or > PlanLimits.MaxMonths)
        {
            errors.Add(nameof(MaxMonths), MaxMonths, $"must be between 1 and {PlanLimits.MaxMonths}", ErrorCodes.OutOfRange);
        }

        if (MaxCount is < 1)
        {
            errors.Add(nameof(MaxCount), MaxCount, "must be at least 1", ErrorCodes.OutOfRange);
        }

        if (MinimumInstalment is { } minimum && (minimum.IsNegative || !minimum.IsWholeMinorUnits))
        {
            errors.Add(nameof(MinimumInstalment), minimum, "must not be negative, in whole minor units", ErrorCodes.OutOfRange);
        }

        if (MinimumInstalmentPercent is < 0m or > 100m)
        {
            errors.Add(nameof(MinimumInstalmentPercent), MinimumInstalmentPercent, "must be a percentage from 0 to 100", ErrorCodes.OutOfRange);
        }

        if (Fee is { } fee && (!fee.IsPositive || !fee.IsWholeMinorUnits))
        {
            errors.Add(nameof(Fee), fee, "must be positive, in whole minor units", ErrorCodes.OutOfRange);
        }

        PlanInterest.Check(nameof(Interest), Interest, errors);
        PlanInterest.CheckRemainder(nameof(RemainderOn), Interest, RemainderOn, errors);
        PlanTolerance.Check(nameof(Tolerance), Tolerance, errors);

        return errors.ToResult(() => this);
    }

    /// <summary>A request for a plan over one debt on this policy's terms; set its <see cref="PlanRequest.Count"/> or <see cref="PlanRequest.Capacity"/>.</summary>
    /// <param name="total">The principal to settle.</param>
    /// <param name="planDate">The day the plan is agreed.</param>
    /// <param name="firstDueDate">The first instalment's date.</param>
    /// <param name="debtorKind">Who the debtor is in law: the fee is left out for a consumer.</param>
    /// <returns>The request; <see cref="PaymentPlanCalculator.Calculate"/> checks it.</returns>
    public PlanRequest Request(Money total, LocalDate planDate, LocalDate firstDueDate, DebtorKind debtorKind)
        => new(total, planDate, firstDueDate, Frequency)
        {
            MaxMonths = MaxMonths,
            MaxCount = MaxCount,
            MinimumInstalment = MinimumInstalment,
            MinimumInstalmentPercent = MinimumInstalmentPercent,
            MonthEnd = MonthEnd,
            Calendar = Calendar,
            Convention = Convention,
            RemainderOn = RemainderOn,
            Interest = Interest,
            Fee = debtorKind is { IsConsumer: false } ? Fee : null,
            DebtorKind = debtorKind,
        };
}
