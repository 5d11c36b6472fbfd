using Recouvrement.Debtors;
using Recouvrement.Reasons;

namespace Recouvrement.Escalation;

/// <summary>
/// Which debtors a ladder is for: a debtor kind, an overdue-amount band and a reason family, each optional (any when
/// null). Seed 000 §3: €50 owed by a consumer is not €50,000 owed by a company.
/// </summary>
public sealed record LadderSegment
{
    /// <summary>Initializes a new instance of the <see cref="LadderSegment"/> record.</summary>
    /// <param name="ladder">The ladder for this segment.</param>
    public LadderSegment(EscalationLadder ladder)
    {
        Ladder = ladder;
    }

    /// <summary>Gets the ladder for this segment.</summary>
    public EscalationLadder Ladder { get; init; }

    /// <summary>Gets the debtor kind; any when null.</summary>
    public DebtorKind? DebtorKind { get; init; }

    /// <summary>Gets the least overdue amount, included; no floor when null.</summary>
    public Money? FromOverdue { get; init; }

    /// <summary>Gets the overdue amount the band stops below, excluded; no ceiling when null.</summary>
    public Money? BelowOverdue { get; init; }

    /// <summary>Gets the reason family; any when null.</summary>
    public ReasonFamily? ReasonFamily { get; init; }

    /// <summary>Whether the segment holds the debtor; an amount in another currency than a band's falls outside it.</summary>
    internal bool Matches(DebtorKind kind, Money overdue, UnpaidReason? reason)
        => (DebtorKind is null || DebtorKind == kind)
            && (FromOverdue is not { } from || (from.Currency.Equals(overdue.Currency) && overdue >= from))
            && (BelowOverdue is not { } below || (below.Currency.Equals(overdue.Currency) && overdue < below))
            && (ReasonFamily is null || (reason is not null && ReasonFamily == reason.Family));
}
