using NodaTime;

namespace Recouvrement.Plans;

/// <summary>One debt a consolidated plan settles: an invoice or another open item of the account.</summary>
public sealed record PlanDebt
{
    /// <summary>Initializes a new instance of the <see cref="PlanDebt"/> record.</summary>
    /// <param name="itemId">The item's identifier, unique in the plan.</param>
    /// <param name="dueDate">The item's due date: the plan settles the oldest first.</param>
    /// <param name="amount">What the plan settles of it, positive, in whole minor units.</param>
    public PlanDebt(string itemId, LocalDate dueDate, Money amount)
    {
        ItemId = itemId;
        DueDate = dueDate;
        Amount = amount;
    }

    /// <summary>Gets the item's identifier, unique in the plan.</summary>
    public string ItemId { get; init; }

    /// <summary>Gets the item's due date: the plan settles the oldest first.</summary>
    public LocalDate DueDate { get; init; }

    /// <summary>Gets what the plan settles of it, positive, in whole minor units.</summary>
    public Money Amount { get; init; }
}
