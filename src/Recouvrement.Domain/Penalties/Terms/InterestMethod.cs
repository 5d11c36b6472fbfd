namespace Recouvrement.Penalties;

/// <summary>What contractual interest is charged on, as in an ERP's finance-charge terms.</summary>
public enum InterestMethod
{
    /// <summary>On the balance due each day: a payment lowers the base from the next day, and each rate applies to its own days.</summary>
    BalanceDue,

    /// <summary>
    /// On the average daily balance of each calendar month (the billing period), at the rate in force on the month's
    /// first overdue day: a rate change takes effect at the next month.
    /// </summary>
    AverageDailyBalance,
}
