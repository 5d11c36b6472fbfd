namespace Recouvrement.Scheduling;

/// <summary>How many actions of one kind a run gave, and their amount, in one currency.</summary>
/// <param name="Key">The step, reason or segment.</param>
/// <param name="Count">The number of actions.</param>
/// <param name="Amount">Their total amount.</param>
public sealed record RunCount(string Key, int Count, Money Amount);
