using NodaTime;

namespace Recouvrement.Plans;

/// <summary>
/// The domain of the plan calculator, the proposals and the tracker, in one place: what lies beyond these limits is
/// refused with an <see cref="ErrorCodes.OutOfRange"/> error naming the field, the value and the limit, before any
/// figure is computed.
/// </summary>
/// <remarks>
/// Every limit lies far beyond any plan a debtor keeps (the longest a French judge may grant is 24 months, C. civ.
/// 1343-5); together they keep a plan's principal, interest and fees, over the longest term at the highest rate, exact in
/// 64-bit counts of minor units, and its dates within the calendar.
/// </remarks>
public static class PlanLimits
{
    /// <summary>
    /// The largest principal a plan settles, and the largest capacity, down payment, minimum instalment, fee or step it
    /// takes: 10^15 minor units (10,000,000,000,000.00 EUR).
    /// </summary>
    public const long MaxAmountMinorUnits = 1_000_000_000_000_000;

    /// <summary>The longest term a plan may run, <see cref="PlanRequest.MaxMonths"/> and <see cref="PlanPolicy.MaxMonths"/>: 1,200 months (a century).</summary>
    public const int MaxMonths = 1_200;

    /// <summary>
    /// The most instalments a plan has, the down payment aside: 10,000 (24 months weekly is 105). A capacity that would
    /// need more is refused.
    /// </summary>
    public const int MaxInstalments = 10_000;

    /// <summary>The highest annual rate a plan bears: 100 %.</summary>
    public const decimal MaxRatePercent = 100m;

    /// <summary>The most grace days a <see cref="PlanTolerance"/> allows before an unpaid instalment is late: 365.</summary>
    public const int MaxGraceDays = 365;

    /// <summary>
    /// Gets the last date a plan reaches: 9999-06-30. The plan date, the first due date, the end of the term (the plan
    /// date plus <see cref="PlanRequest.MaxMonths"/>) and every scheduled instalment fall on or before it, so that the
    /// period after it and a move to a business day stay within the calendar.
    /// </summary>
    public static LocalDate LastDate { get; } = new(9999, 6, 30);
}
