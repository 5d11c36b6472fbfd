using Recouvrement.Reasons;

namespace Recouvrement.Cases;

/// <summary>
/// The whole case waits when the unpaid reason's treatment pauses the whole account (a hardship), until a plan deals
/// with it (<see cref="HoldKind.ReasonPause"/>); a broken plan then escalates as any other.
/// </summary>
internal sealed class ForbearanceRule() : CaseRule("forbearance")
{
    public override void Apply(CaseDecisionContext context)
    {
        if (!context.IsPaused && context.PursuedCount > 0 && context.Classification is { Treatment.Pause: DunningPause.WholeAccount } classification && context.History.Plan is null)
        {
            context.Hold(new CaseHold(HoldKind.ReasonPause, null) { Detail = classification.Primary.Reason.Label, Rule = Name });
        }
    }
}
