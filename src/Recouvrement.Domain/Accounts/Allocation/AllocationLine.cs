namespace Recouvrement.Accounts;

/// <summary>One line of an allocation: how much of a payment settles one item, and the rule that chose it.</summary>
public readonly record struct AllocationLine
{
    /// <summary>Initializes a new instance of the <see cref="AllocationLine"/> struct.</summary>
    /// <param name="itemId">The item settled.</param>
    /// <param name="amount">The amount applied to it, positive.</param>
    /// <param name="reason">Why this item, in words a collector can quote: "due, oldest due date first (C. civ. 1342-10)".</param>
    public AllocationLine(string itemId, Money amount, string reason)
    {
        ItemId = itemId;
        Amount = amount;
        Reason = reason;
    }

    /// <summary>Gets the item settled.</summary>
    public string ItemId { get; init; }

    /// <summary>Gets the amount applied to it, positive.</summary>
    public Money Amount { get; init; }

    /// <summary>Gets why this item, in words a collector can quote: "due, oldest due date first (C. civ. 1342-10)".</summary>
    public string Reason { get; init; }
}
