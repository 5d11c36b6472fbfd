using Recouvrement.Internal;

namespace Recouvrement.Plans;

/// <summary>How much lateness a plan tolerates before it is broken.</summary>
public sealed record PlanTolerance
{
    /// <summary>Gets the days after a due date before an unpaid instalment is late (default 5).</summary>
    public int GraceDays { get; init; } = 5;

    /// <summary>Gets how many late instalments break the plan (default 2: one late instalment puts it at risk).</summary>
    public int LateInstalmentsToBreak { get; init; } = 2;

    /// <summary>Names <paramref name="field"/> when the tolerance is missing, has negative grace days or breaks a plan with no late instalment.</summary>
    internal static void Check(string field, PlanTolerance? tolerance, ValidationErrors errors)
    {
        if (tolerance is null || tolerance.GraceDays < 0 || tolerance.LateInstalmentsToBreak < 1)
        {
            errors.Add(field, tolerance, "needs grace days ≥ 0 and at least 1 late instalment to break", ErrorCodes.OutOfRange);
        }
    }
}
