using NodaTime;

namespace Recouvrement.Plans;

/// <summary>One debt a consolidated plan settles: an invoice or another open item of the account.</summary>
/// <param name="ItemId">The item's identifier, unique in the plan.</param>
/// <param name="DueDate">The item's due date: the plan settles the oldest first.</param>
/// <param name="Amount">What the plan settles of it, positive, in whole minor units.</param>
public sealed record PlanDebt(string ItemId, LocalDate DueDate, Money Amount);
