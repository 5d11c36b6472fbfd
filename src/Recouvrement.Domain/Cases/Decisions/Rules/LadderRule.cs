using NodaTime;
using Recouvrement.Escalation;

namespace Recouvrement.Cases;

/// <summary>
/// Climbs the ladder: the first step not yet taken whose day has come, at most one a day, passing over with their
/// cause the steps that do not apply (<see cref="SkipCauses"/>); a step not yet due is the decision's next step, and the
/// formal notice's response period holds the ladder (<see cref="HoldKind.NoticeResponse"/>).
/// </summary>
/// <remarks>
/// A step falls due <see cref="EscalationStep.DaysAfterDue"/> after the oldest pursued due date (or after the previous
/// step), never less than its <see cref="EscalationStep.MinimumGapDays"/> after the last step nor inside the formal
/// notice's response period; a broken promise or plan makes it due from the day it broke.
/// </remarks>
internal sealed class LadderRule() : CaseRule("ladder")
{
    public override void Apply(CaseDecisionContext context)
    {
        if (context.IsPaused || context.PursuedCount == 0)
        {
            return;
        }

        var steps = context.Ladder.Steps;
        var last = context.History.LastStep;
        LocalDate? responseEnd = null;
        if (last is { Kind: StepKind.FormalNotice } && context.LastLadderStep is { } notice)
        {
            responseEnd = context.Deadline(last.Date.PlusDays(notice.ResponseDays));
        }

        for (var i = context.LastIndex + 1; i < steps.Count; i++)
        {
            var step = steps[i];
            var due = DueOn(context, step, last, responseEnd);
            if (due > context.AsOf)
            {
                if (responseEnd is { } end && context.AsOf <= end)
                {
                    context.Hold(new CaseHold(HoldKind.NoticeResponse, end));
                }

                context.PlanNextStep(step, due);
                return;
            }

            if (SkipCauses.Of(context, step) is { } skip)
            {
                context.Skip(skip);
                continue;
            }

            Take(context, step, due);
            return;
        }
    }

    private static LocalDate DueOn(CaseDecisionContext context, EscalationStep step, StepTaken? last, LocalDate? responseEnd)
    {
        // A broken promise or plan held the ladder until the day it broke: the next step is due from then on.
        var trigger = context.EscalateOn
            ?? (step.AfterPreviousStep && last is not null ? last.Date.PlusDays(step.DaysAfterDue) : context.Reference.PlusDays(step.DaysAfterDue));

        if (last is not null && last.Date.PlusDays(step.MinimumGapDays) is var gap && gap > trigger)
        {
            trigger = gap;
        }

        return responseEnd is { } end && end >= trigger ? end.PlusDays(1) : trigger;
    }

    private static void Take(CaseDecisionContext context, EscalationStep step, LocalDate due)
    {
        context.Add(new CaseAction(CaseActionKind.TakeStep, due, step.IsBeforeDue ? context.PursuedOpen : context.Pursued)
        {
            Step = step,
            Channel = step.Channel,
            ItemIds = context.Ids(context.Statement.ItemArray.Length, disputedOnly: false, overdueOnly: !step.IsBeforeDue),
            RequiresApproval = step.RequiresApproval,
            Deadline = step.Kind == StepKind.FormalNotice ? context.Deadline(context.AsOf.PlusDays(step.ResponseDays)) : null,
            AfterBrokenPromise = context.AfterBrokenPromise,
        });
    }
}
