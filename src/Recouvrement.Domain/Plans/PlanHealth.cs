namespace Recouvrement.Plans;

/// <summary>Whether the debtor is keeping the plan (seed 003: both sides must keep it; breaking it has consequences).</summary>
public enum PlanHealth
{
    /// <summary>Every instalment due is paid.</summary>
    Kept,

    /// <summary>An instalment is late, but fewer than the tolerance allows before the plan is broken.</summary>
    AtRisk,

    /// <summary>The tolerance is exceeded: the plan is broken and the collection resumes.</summary>
    Broken,

    /// <summary>Every instalment is paid.</summary>
    Completed,
}
