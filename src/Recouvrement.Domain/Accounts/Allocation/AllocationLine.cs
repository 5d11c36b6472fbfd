namespace Recouvrement.Accounts;

/// <summary>One line of an allocation: how much of a payment settles one item, and the rule that chose it.</summary>
/// <param name="ItemId">The item settled.</param>
/// <param name="Amount">The amount applied to it, positive.</param>
/// <param name="Reason">Why this item, in words a collector can quote: "due, oldest due date first (C. civ. 1342-10)".</param>
public readonly record struct AllocationLine(string ItemId, Money Amount, string Reason);
