namespace Recouvrement.Scheduling;

/// <summary>How many actions of one kind a run gave, and their amount, in one currency.</summary>
public sealed record RunCount
{
    /// <summary>Initializes a new instance of the <see cref="RunCount"/> record.</summary>
    /// <param name="key">The step, reason or segment.</param>
    /// <param name="count">The number of actions.</param>
    /// <param name="amount">Their total amount.</param>
    public RunCount(string key, int count, Money amount)
    {
        Key = key;
        Count = count;
        Amount = amount;
    }

    /// <summary>Gets the step, reason or segment.</summary>
    public string Key { get; init; }

    /// <summary>Gets the number of actions.</summary>
    public int Count { get; init; }

    /// <summary>Gets their total amount.</summary>
    public Money Amount { get; init; }
}
