using Recouvrement.Accounts;
using Recouvrement.Calendars;
using Recouvrement.Escalation;
using Recouvrement.Jurisdictions;
using Recouvrement.Penalties;
using Recouvrement.Reasons;

namespace Recouvrement.Cases;

/// <summary>What a case decision is made from: the case, the account, the ladder, and what is known of the debtor's law and reason.</summary>
/// <remarks>A value, so that asking for a decision allocates nothing more; <c>default</c> has no case and is refused.</remarks>
public readonly record struct CaseDecisionRequest
{
    /// <summary>Initializes a new instance of the <see cref="CaseDecisionRequest"/> struct.</summary>
    /// <param name="case">The case.</param>
    /// <param name="statement">The debtor's account as of the decision date.</param>
    /// <param name="ladder">The ladder the case follows (see <see cref="LadderSelection"/>).</param>
    public CaseDecisionRequest(CollectionCase @case, AccountStatement statement, EscalationLadder ladder)
    {
        Case = @case;
        Statement = statement;
        Ladder = ladder;
    }

    /// <summary>Gets the case.</summary>
    public CollectionCase Case { get; init; }

    /// <summary>Gets the debtor's account as of the decision date.</summary>
    public AccountStatement Statement { get; init; }

    /// <summary>Gets the ladder the case follows (see <see cref="LadderSelection"/>).</summary>
    public EscalationLadder Ladder { get; init; }

    /// <summary>
    /// Gets the classification of the account's signals as of the decision date: the deciding reason and what its
    /// treatment pauses, even when the case does not record it; none when null.
    /// </summary>
    public ReasonClassification? Classification { get; init; }

    /// <summary>Gets the unpaid reason when no <see cref="Classification"/> is given, for steps reserved to some reasons; none when null.</summary>
    public UnpaidReason? Reason { get; init; }

    /// <summary>
    /// Gets the debtor's business calendar: a legal deadline that ends on a Saturday, a Sunday or a public holiday moves
    /// to the next business day (C. proc. civ. 642). Weekends only when null.
    /// </summary>
    public IBusinessCalendar? Calendar { get; init; }

    /// <summary>Gets the debtor's late-payment rule, for the interest and compensation a proof of claim declares; none when null.</summary>
    public LatePaymentRule? PenaltyRule { get; init; }

    /// <summary>Gets how long the debtor's law lets a claim be brought, for a warning before it is time-barred; none when null.</summary>
    public LimitationPeriod? Limitation { get; init; }
}
