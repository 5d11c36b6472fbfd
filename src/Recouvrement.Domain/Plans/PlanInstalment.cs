using NodaTime;

namespace Recouvrement.Plans;

/// <summary>One payment of a plan.</summary>
/// <param name="Number">1 for the first.</param>
/// <param name="ScheduledDate">The date by the frequency alone.</param>
/// <param name="DueDate">The date the payment is due: the scheduled date moved to a business day when a calendar is given.</param>
/// <param name="Amount">The amount: principal, interest and fee together.</param>
/// <param name="IsDownPayment">Whether it is the down payment before the series.</param>
public sealed record PlanInstalment(int Number, LocalDate ScheduledDate, LocalDate DueDate, Money Amount, bool IsDownPayment)
{
    // Zero is kept as default(Money), so that an instalment equals its copy whatever zero's currency was given.
    private readonly Money interest;
    private readonly Money fee;

    /// <summary>Gets the interest the amount includes; zero for an interest-free plan.</summary>
    public Money Interest
    {
        get => interest.IsDefault ? Money.Zero(Amount.Currency) : interest;
        init => interest = value.IsZero ? default : value;
    }

    /// <summary>Gets the fee the amount includes; zero when the plan charges none.</summary>
    public Money Fee
    {
        get => fee.IsDefault ? Money.Zero(Amount.Currency) : fee;
        init => fee = value.IsZero ? default : value;
    }

    /// <summary>Gets the interest in whole minor units, without making a zero for an interest-free instalment.</summary>
    internal long InterestUnits => interest.IsDefault ? 0L : interest.WholeMinorUnits;

    /// <summary>Gets the fee in whole minor units, without making a zero when there is none.</summary>
    internal long FeeUnits => fee.IsDefault ? 0L : fee.WholeMinorUnits;

    /// <summary>Gets the principal the amount repays: the amount less interest and fee.</summary>
    public Money Principal => Amount - Interest - Fee;
}
