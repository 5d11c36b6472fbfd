using System.Collections.Generic;
using Recouvrement.Reasons;

namespace Recouvrement.Cases;

/// <summary>
/// Disputed items — in the case, or known from the signals — are not dunned; the others are
/// (<see cref="HoldKind.Dispute"/>). Items the signals put down to an error of ours wait for its correction
/// (<see cref="HoldKind.OurError"/>).
/// </summary>
internal sealed class DisputeRule() : CaseRule("disputes")
{
    public override void Apply(CaseDecisionContext context)
    {
        if (context.IsPaused || context.DisputedCount == 0)
        {
            return;
        }

        if (context.Classification?.Primary.Reason.Family != ReasonFamily.Internal)
        {
            context.Hold(new CaseHold(HoldKind.Dispute, null) { ItemIds = context.Ids(context.DisputedCount, disputedOnly: true, overdueOnly: false), Rule = Name });
            return;
        }

        List<string>? disputed = null, ours = null;
        foreach (var item in context.Statement.ItemArray)
        {
            if (item.Open.IsPositive && context.Case.Covers(item.InvoiceId) && context.IsDisputed(item))
            {
                (context.IsDisputedInCase(item) ? disputed ??= [] : ours ??= []).Add(item.Id);
            }
        }

        if (disputed is not null)
        {
            context.Hold(new CaseHold(HoldKind.Dispute, null) { ItemIds = disputed, Rule = Name });
        }

        if (ours is not null)
        {
            context.Hold(new CaseHold(HoldKind.OurError, null) { ItemIds = ours, Rule = Name });
        }
    }
}
