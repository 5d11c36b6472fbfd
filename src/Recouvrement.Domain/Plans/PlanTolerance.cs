using Recouvrement.Internal;

namespace Recouvrement.Plans;

/// <summary>How much lateness a plan tolerates before it is broken.</summary>
public sealed record PlanTolerance
{
    /// <summary>Gets the days after a due date before an unpaid instalment is late (default 5), up to <see cref="PlanLimits.MaxGraceDays"/>.</summary>
    public int GraceDays { get; init; } = 5;

    /// <summary>Gets how many late instalments break the plan (default 2: one late instalment puts it at risk).</summary>
    public int LateInstalmentsToBreak { get; init; } = 2;

    /// <summary>Names <paramref name="field"/> when the tolerance is missing, has grace days out of range or breaks a plan with no late instalment.</summary>
    internal static void Check(string field, PlanTolerance? tolerance, ValidationErrors errors)
    {
        if (tolerance is null)
        {
            errors.Add(field, null, "must be given", ErrorCodes.Required);
            return;
        }

        // Each field by its own name, so that a host maps the error to the setting it read.
        if (tolerance.GraceDays is < 0 or > PlanLimits.MaxGraceDays)
        {
            errors.Add($"{field}.{nameof(GraceDays)}", tolerance.GraceDays, $"must be between 0 and {PlanLimits.MaxGraceDays}", ErrorCodes.OutOfRange);
        }

        if (tolerance.LateInstalmentsToBreak < 1)
        {
            errors.Add($"{field}.{nameof(LateInstalmentsToBreak)}", tolerance.LateInstalmentsToBreak, "must be at least 1", ErrorCodes.OutOfRange);
        }
    }
}
