using NodaTime;

namespace Recouvrement.Plans;

/// <summary>One payment of a plan.</summary>
public sealed record PlanInstalment
{
    // Zero is kept as default(Money), so that an instalment equals its copy whatever zero's currency was given.
    private readonly Money interest;
    private readonly Money fee;

    /// <summary>Initializes a new instance of the <see cref="PlanInstalment"/> record.</summary>
    /// <param name="number">1 for the first.</param>
    /// <param name="scheduledDate">The date by the frequency alone.</param>
    /// <param name="dueDate">The date the payment is due: the scheduled date moved to a business day when a calendar is given.</param>
    /// <param name="amount">The amount: principal, interest and fee together.</param>
    /// <param name="isDownPayment">Whether it is the down payment before the series.</param>
    public PlanInstalment(int number, LocalDate scheduledDate, LocalDate dueDate, Money amount, bool isDownPayment)
    {
        Number = number;
        ScheduledDate = scheduledDate;
        DueDate = dueDate;
        Amount = amount;
        IsDownPayment = isDownPayment;
    }

    /// <summary>Gets 1 for the first.</summary>
    public int Number { get; init; }

    /// <summary>Gets the date by the frequency alone.</summary>
    public LocalDate ScheduledDate { get; init; }

    /// <summary>Gets the date the payment is due: the scheduled date moved to a business day when a calendar is given.</summary>
    public LocalDate DueDate { get; init; }

    /// <summary>Gets the amount: principal, interest and fee together.</summary>
    public Money Amount { get; init; }

    /// <summary>Gets a value indicating whether it is the down payment before the series.</summary>
    public bool IsDownPayment { get; init; }

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
