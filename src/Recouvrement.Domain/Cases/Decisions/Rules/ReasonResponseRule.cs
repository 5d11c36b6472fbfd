using System.Collections.Generic;
using NodaTime;
using Recouvrement.Escalation;
using Recouvrement.Reasons;

namespace Recouvrement.Cases;

/// <summary>
/// The unpaid reason drives the response (seeds 000 §2, 001, 003): its treatment hardens the ladder
/// (<see cref="ReasonTreatment.SkipsRemindersUpTo"/>: a refusal goes straight to the formal notice), and its first action
/// is asked for once — when the reason pauses dunning (solve the dispute, correct our error, offer a plan), or before any
/// reminder when the treatment says so (present a failed payment again, send a payment link), the ladder then waiting
/// <see cref="ReasonTreatment.LadderWaitsDays"/> — while the case is at its reminders. An outbound contact, a step or the action recorded since the reason's
/// latest evidence says it was done; a dispute the case already records is being dealt with.
/// </summary>
internal sealed class ReasonResponseRule() : CaseRule("reason response")
{
    public override void Apply(CaseDecisionContext context)
    {
        if (context.History.Closed is not null || context.Insolvency is not null || context.Classification is not { } found
            || (found.Treatment.Pause == DunningPause.WholeAccount && context.History.Plan is not null))
        {
            return;
        }

        var treatment = found.Treatment;
        if (treatment.SkipsRemindersUpTo is { } tone)
        {
            context.Harden(tone, SkipCause.ReasonHardens);
        }

        // Acting first is for the amicable start: once the formal notice has gone out, the ladder's own steps take over.
        var actsFirst = treatment.LadderWaitsDays is not null && treatment.Pause == DunningPause.None && context.History.Stage is null or StepKind.Reminder;
        if ((treatment.Pause == DunningPause.None && !actsFirst) || found.Primary.Evidence.Count == 0)
        {
            return;
        }

        var since = found.Primary.Evidence[found.Primary.Evidence.Count - 1].Date;
        if (ActedOnSince(context, since) is { } done)
        {
            if (actsFirst && done.PlusDays(treatment.LadderWaitsDays!.Value) is var resumes && resumes > context.AsOf)
            {
                context.Hold(new CaseHold(HoldKind.ReasonFirst, resumes.PlusDays(-1)) { Detail = treatment.FirstAction.Label, Rule = Name });
            }

            return;
        }

        var statement = context.Statement;
        var amount = Money.Zero(statement.Currency);
        var ids = new List<string>();
        var concerned = treatment.Pause == DunningPause.ConcernedItems;
        foreach (var item in statement.ItemArray)
        {
            if (item.Open.IsPositive && context.Case.Covers(item.InvoiceId) && (!concerned || (context.IsDisputedBySignals(item) && !context.IsDisputedInCase(item))))
            {
                amount += item.Open;
                ids.Add(item.Id);
            }
        }

        if (ids.Count == 0)
        {
            return;
        }

        var channel = treatment.FirstAction.Reaches is { } reaches ? StepChannel.For(reaches) : null;
        context.Add(new CaseAction(CaseActionKind.ActOnReason, since, amount) { Treatment = treatment.FirstAction, ItemIds = ids, Channel = channel, Rule = Name });
        if (actsFirst && treatment.LadderWaitsDays > 0)
        {
            context.Hold(new CaseHold(HoldKind.ReasonFirst, null) { Detail = treatment.FirstAction.Label, Rule = Name });
        }
    }

    /// <summary>The last day since <paramref name="since"/> we contacted the debtor or recorded the reason's action.</summary>
    private static LocalDate? ActedOnSince(CaseDecisionContext context, LocalDate since)
    {
        LocalDate? last = null;
        foreach (var e in context.Events)
        {
            if (e.Date >= since && (e is ReasonActedOn || CaseDecisionContext.IsOutboundContact(e)))
            {
                last = e.Date;
            }
        }

        return last;
    }
}
