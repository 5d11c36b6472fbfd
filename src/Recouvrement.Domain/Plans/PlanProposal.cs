namespace Recouvrement.Plans;

/// <summary>One plan to offer the debtor.</summary>
public sealed record PlanProposal
{
    /// <summary>Initializes a new instance of the <see cref="PlanProposal"/> record.</summary>
    /// <param name="rank">1 for the first to offer: the soonest repaid, then the least risky.</param>
    /// <param name="kind">What it optimises.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="withinCapacity">Whether every instalment is within the debtor's declared capacity.</param>
    public PlanProposal(int rank, ProposalKind kind, PaymentPlan plan, bool withinCapacity)
    {
        Rank = rank;
        Kind = kind;
        Plan = plan;
        WithinCapacity = withinCapacity;
    }

    /// <summary>Gets 1 for the first to offer: the soonest repaid, then the least risky.</summary>
    public int Rank { get; init; }

    /// <summary>Gets what it optimises.</summary>
    public ProposalKind Kind { get; init; }

    /// <summary>Gets the plan.</summary>
    public PaymentPlan Plan { get; init; }

    /// <summary>Gets a value indicating whether every instalment is within the debtor's declared capacity.</summary>
    public bool WithinCapacity { get; init; }

    /// <summary>Gets a value indicating whether every instalment meets the creditor's minimum: otherwise a person approves it.</summary>
    public bool MeetsMinimum { get; init; } = true;
}
