namespace Recouvrement.Plans;

/// <summary>One plan to offer the debtor.</summary>
/// <param name="Rank">1 for the first to offer: the soonest repaid, then the least risky.</param>
/// <param name="Kind">What it optimises.</param>
/// <param name="Plan">The plan.</param>
/// <param name="WithinCapacity">Whether every instalment is within the debtor's declared capacity.</param>
public sealed record PlanProposal(int Rank, ProposalKind Kind, PaymentPlan Plan, bool WithinCapacity)
{
    /// <summary>Gets a value indicating whether every instalment meets the creditor's minimum: otherwise a person approves it.</summary>
    public bool MeetsMinimum { get; init; } = true;
}
