using NodaTime;

namespace Recouvrement.Reasons;

/// <summary>What the classifier knows besides the signals: the date, and facts from the account.</summary>
public sealed record ReasonContext
{
    /// <summary>Initializes a new instance of the <see cref="ReasonContext"/> record.</summary>
    /// <param name="asOf">The classification date: no signal may be later.</param>
    public ReasonContext(LocalDate asOf)
    {
        AsOf = asOf;
    }

    /// <summary>Gets the classification date: no signal may be later.</summary>
    public LocalDate AsOf { get; init; }

    /// <summary>Gets how many days the oldest overdue item is past due; 0 when nothing is overdue.</summary>
    public int DaysPastDue { get; init; }

    /// <summary>Gets the overdue amount, when known.</summary>
    public Money? OverdueAmount { get; init; }

    /// <summary>
    /// Gets a value indicating whether the debtor is chronically late (<see cref="Accounts.PaymentBehaviour.IsChronicallyLate"/>);
    /// null when the account has no payment history.
    /// </summary>
    public bool? ChronicallyLate { get; init; }

    /// <summary>The context an account statement gives: its date, how late its oldest open item is, its overdue amount.</summary>
    /// <param name="statement">The statement.</param>
    /// <returns>The context; <see cref="ChronicallyLate"/> is left unknown (see <see cref="Accounts.PaymentBehaviour"/>).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="statement"/> is null.</exception>
    public static ReasonContext Of(Accounts.AccountStatement statement)
    {
        _ = statement ?? throw new System.ArgumentNullException(nameof(statement));
        var daysPastDue = 0;
        foreach (var item in statement.ItemArray)
        {
            daysPastDue = item.Open.IsPositive && item.DaysPastDue > daysPastDue ? item.DaysPastDue : daysPastDue;
        }

        return new ReasonContext(statement.AsOf) { DaysPastDue = daysPastDue, OverdueAmount = statement.Overdue };
    }
}
