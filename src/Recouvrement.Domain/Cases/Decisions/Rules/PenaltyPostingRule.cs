using System.Collections.Generic;

namespace Recouvrement.Cases;

/// <summary>
/// Holds the posting of late-payment penalties on what the decision holds — disputed items, items of our own error, the
/// whole case while a plan is kept or a hardship pauses it — and drops what an item accrued until a dispute the debtor
/// won (<see cref="PenaltyPostingPolicy"/>).
/// </summary>
internal sealed class PenaltyPostingRule() : CaseRule("penalty posting")
{
    public override void Apply(CaseDecisionContext context)
    {
        var policy = context.Policy.PenaltyPosting;
        var holds = context.Holds;
        for (var i = 0; i < holds.Count; i++)
        {
            var hold = holds[i];
            var held = hold.Kind.Name switch
            {
                nameof(HoldKind.Dispute) => policy.HoldWhileDisputed,
                nameof(HoldKind.OurError) => policy.HoldForOurError,
                nameof(HoldKind.Plan) => policy.HoldWhilePlanKept,
                nameof(HoldKind.ReasonPause) => policy.HoldDuringForbearance,
                _ => false,
            };
            if (!held)
            {
                continue;
            }

            foreach (var id in hold.ItemIds.Count > 0 ? hold.ItemIds : Covered(context))
            {
                context.HoldPenalties(new PenaltyHold(id, hold.Kind));
            }
        }

        if (policy.WaiveWhenDisputeUpheld)
        {
            foreach (var e in context.Events)
            {
                if (e is DisputeResolved { Upheld: true } upheld)
                {
                    context.HoldPenalties(new PenaltyHold(upheld.ItemId, HoldKind.Dispute) { WaivedThrough = upheld.Date });
                }
            }
        }
    }

    /// <summary>The open items the case covers, for a hold on the whole case.</summary>
    private static IEnumerable<string> Covered(CaseDecisionContext context)
    {
        foreach (var item in context.Statement.ItemArray)
        {
            if (item.Open.IsPositive && context.Case.Covers(item.InvoiceId))
            {
                yield return item.Id;
            }
        }
    }
}
