using System.Collections.Generic;
using Recouvrement.Reasons;

namespace Recouvrement.Cases;

/// <summary>
/// The task the reason's treatment calls for when it pauses dunning — solve the dispute, offer a plan — once: an
/// outbound contact or a step since the reason's latest evidence records that it was acted on, and a dispute the case
/// already records is being dealt with.
/// </summary>
internal sealed class ReasonResponseRule() : CaseRule("reason response")
{
    public override void Apply(CaseDecisionContext context)
    {
        if (context.History.Closed is not null || context.Insolvency is not null
            || context.Classification is not { Treatment.Pause: not DunningPause.None } found || found.Primary.Evidence.Count == 0
            || (found.Treatment.Pause == DunningPause.WholeAccount && context.History.Plan is not null))
        {
            return;
        }

        var since = found.Primary.Evidence[found.Primary.Evidence.Count - 1].Date;
        if (context.ContactedSince(since))
        {
            return;
        }

        var statement = context.Statement;
        var amount = Money.Zero(statement.Currency);
        var ids = new List<string>();
        var whole = found.Treatment.Pause == DunningPause.WholeAccount;
        foreach (var item in statement.ItemArray)
        {
            if (item.Open.IsPositive && context.Case.Covers(item.InvoiceId) && (whole || (context.IsDisputedBySignals(item) && !context.IsDisputedInCase(item))))
            {
                amount += item.Open;
                ids.Add(item.Id);
            }
        }

        if (ids.Count > 0)
        {
            context.Add(new CaseAction(CaseActionKind.ActOnReason, since, amount) { Treatment = found.Treatment.FirstAction, ItemIds = [.. ids] });
        }
    }
}
