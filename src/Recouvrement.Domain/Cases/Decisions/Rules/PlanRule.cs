using System.Linq;
using Recouvrement.Communication;
using Recouvrement.Escalation;
using Recouvrement.Plans;

namespace Recouvrement.Cases;

/// <summary>
/// A payment plan kept replaces the ladder (<see cref="HoldKind.Plan"/>) and a late instalment gets one reminder; a
/// broken plan (by <see cref="CasePolicy.PlanTolerance"/>) resumes the ladder from the day it broke, at a firmer step
/// than the last one taken.
/// </summary>
internal sealed class PlanRule() : CaseRule("plan")
{
    private static readonly StepChannel[] ReminderChannels = [StepChannel.Sms, StepChannel.Email, StepChannel.Letter];

    public override void Apply(CaseDecisionContext context)
    {
        if (context.IsPaused || context.PursuedCount == 0 || context.History.Plan is not { } agreed)
        {
            return;
        }

        var policy = context.Policy;
        var tracking = Track(context, agreed);
        if (tracking.Health == PlanHealth.Broken)
        {
            context.EscalateFrom(tracking.BrokenOn!.Value, brokenPromise: false);
            context.Harden(context.LastLadderStep?.Tone ?? Tone.Courteous, SkipCause.PlanBroken);
            return;
        }

        context.Hold(new CaseHold(HoldKind.Plan, agreed.Plan.LastDueDate) { Detail = tracking.Health.ToString(), Rule = Name });
        var late = tracking.Instalments.FirstOrDefault(i => i.Status == InstalmentStatus.Late);
        if (late is not null && !context.ContactedSince(late.Instalment.DueDate) && context.FirstUsable(ReminderChannels) is { } channel)
        {
            var due = late.Instalment.DueDate.PlusDays(policy.PlanTolerance.GraceDays + 1);
            context.Add(new CaseAction(CaseActionKind.RemindInstalment, due, tracking.Arrears) { Channel = channel, Rule = Name });
        }
    }

    /// <summary>The plan's health from the payments received since it was agreed (a method of its own: its closure is made only here).</summary>
    private static PlanTracking Track(CaseDecisionContext context, PlanAgreed agreed)
    {
        var payments = context.Events.OfType<PaymentReceived>().Where(p => p.Date >= agreed.Date).Select(p => new PlanPayment(p.Date, p.Amount));
        return PlanTracker.Track(agreed.Plan, payments, context.AsOf, context.Policy.PlanTolerance).Value;
    }
}
