namespace Recouvrement.Cases;

/// <summary>Disputed items — in the case, or known from the signals — are not dunned; the others are (<see cref="HoldKind.Dispute"/>).</summary>
internal sealed class DisputeRule() : CaseRule("disputes")
{
    public override void Apply(CaseDecisionContext context)
    {
        if (!context.IsPaused && context.DisputedCount > 0)
        {
            context.Hold(new CaseHold(HoldKind.Dispute, null) { ItemIds = context.Ids(context.DisputedCount, disputedOnly: true, overdueOnly: false) });
        }
    }
}
