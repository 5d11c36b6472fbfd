namespace Recouvrement.Plans;

/// <summary>How much lateness a plan tolerates before it is broken.</summary>
public sealed record PlanTolerance
{
    /// <summary>Gets the days after a due date before an unpaid instalment is late (default 5).</summary>
    public int GraceDays { get; init; } = 5;

    /// <summary>Gets how many late instalments break the plan (default 2: one late instalment puts it at risk).</summary>
    public int LateInstalmentsToBreak { get; init; } = 2;
}
