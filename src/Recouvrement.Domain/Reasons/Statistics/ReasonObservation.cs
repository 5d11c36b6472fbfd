using NodaTime;

namespace Recouvrement.Reasons;

/// <summary>One unpaid amount and why, as counted by <see cref="ReasonStatistics"/>: typically an account's deciding reason on a run date.</summary>
public sealed record ReasonObservation
{
    /// <summary>Initializes a new instance of the <see cref="ReasonObservation"/> record.</summary>
    /// <param name="accountId">The account or invoice the observation is about.</param>
    /// <param name="reason">The reason.</param>
    /// <param name="amount">The amount unpaid for that reason.</param>
    /// <param name="date">The day it was observed.</param>
    public ReasonObservation(string accountId, UnpaidReason reason, Money amount, LocalDate date)
    {
        AccountId = accountId;
        Reason = reason;
        Amount = amount;
        Date = date;
    }

    /// <summary>Gets the account or invoice the observation is about.</summary>
    public string AccountId { get; init; }

    /// <summary>Gets the reason.</summary>
    public UnpaidReason Reason { get; init; }

    /// <summary>Gets the amount unpaid for that reason.</summary>
    public Money Amount { get; init; }

    /// <summary>Gets the day it was observed.</summary>
    public LocalDate Date { get; init; }
}
