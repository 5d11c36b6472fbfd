using NodaTime;
using Recouvrement.Escalation;

namespace Recouvrement.Cases;

/// <summary>
/// Climbs the ladder: the first step not yet taken whose day has come, at most one a day, passing over with their
/// cause the steps that do not apply (<see cref="SkipCauses"/>); a step not yet due is the decision's next step, and the
/// formal notice's response period holds the ladder (<see cref="HoldKind.NoticeResponse"/>). A ladder with nothing
/// more for the case — every step taken, a write-off proposed, or no step left that applies — sends it to a person for
/// review (<see cref="CaseActionKind.ReviewCase"/>), never to silence.
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
        if (last?.Kind == StepKind.WriteOff)
        {
            Review(context, last.Date.PlusDays(context.Policy.ReviewIntervalDays), ReviewCause.WriteOffProposed);
            return;
        }

        LocalDate? responseEnd = null;
        if (last is { Kind: StepKind.FormalNotice } && context.LastLadderStep is { } notice)
        {
            responseEnd = context.Deadline(last.Date.PlusDays(notice.ResponseDays));
        }

        LocalDate? lastSkipped = null;
        for (var i = context.LastIndex + 1; i < steps.Count; i++)
        {
            var step = steps[i];
            var due = DueOn(context, step, last, responseEnd);
            var skip = SkipCauses.Of(context, step);
            if (due > context.AsOf)
            {
                // The next step ahead is the next one that applies; those passed over are named on the day they fall.
                if (skip is not null && i + 1 < steps.Count)
                {
                    continue;
                }

                if (responseEnd is { } end && context.AsOf <= end)
                {
                    context.Hold(new CaseHold(HoldKind.NoticeResponse, end) { Rule = Name });
                }

                if (skip is null)
                {
                    context.PlanNextStep(step, due);
                }
                else
                {
                    // No step left applies: the case goes to a person on the day the last one would have fallen.
                    Review(context, due, ReviewCause.NoStepApplies);
                }

                return;
            }

            if (skip is not null)
            {
                context.Skip(skip);
                lastSkipped = due;
                continue;
            }

            TakeStep(context, step, due);
            return;
        }

        // Nothing left: the steps that remained did not apply, or every step was taken and its last one is followed up.
        if (lastSkipped is { } exhausted)
        {
            Review(context, exhausted, ReviewCause.NoStepApplies);
        }
        else if (last is not null)
        {
            Review(context, last.Date.PlusDays(context.Policy.ReviewIntervalDays), ReviewCause.LadderComplete);
        }
    }

    /// <summary>A review once the ladder is over, then every <see cref="CasePolicy.ReviewIntervalDays"/> after the last one recorded.</summary>
    private void Review(CaseDecisionContext context, LocalDate from, ReviewCause cause)
    {
        var interval = context.Policy.ReviewIntervalDays;
        var due = from;
        foreach (var e in context.Events)
        {
            due = e is CaseReviewed && e.Date >= from && e.Date.PlusDays(interval) > due ? e.Date.PlusDays(interval) : due;
        }

        if (due > context.AsOf)
        {
            context.Hold(new CaseHold(HoldKind.AwaitingReview, due.PlusDays(-1)) { Detail = cause.Label, Rule = Name });
        }
        else
        {
            context.Add(new CaseAction(CaseActionKind.ReviewCase, due, context.Pursued)
            {
                Step = context.LastLadderStep,
                Review = cause,
                ItemIds = context.Ids(context.Statement.ItemArray.Length, disputedOnly: false, overdueOnly: true),
                Rule = Name,
            });
        }
    }

    private static LocalDate DueOn(CaseDecisionContext context, EscalationStep step, StepTaken? last, LocalDate? responseEnd)
    {
        // A broken promise or plan held the ladder until the day it broke: the next step is due from then on.
        var trigger = context.EscalateOn
            ?? (step.AfterPreviousStep && last is not null ? last.Date.PlusDays(step.DaysAfterDue) : context.Reference.PlusDays(context.Ladder.DaysAfterDue(step)));

        if (last is not null && last.Date.PlusDays(step.MinimumGapDays) is var gap && gap > trigger)
        {
            trigger = gap;
        }

        return responseEnd is { } end && end >= trigger ? end.PlusDays(1) : trigger;
    }

    private void TakeStep(CaseDecisionContext context, EscalationStep step, LocalDate due)
    {
        context.Add(new CaseAction(CaseActionKind.TakeStep, due, step.IsBeforeDue ? context.PursuedOpen : context.Pursued)
        {
            Step = step,
            Channel = step.Channel,
            ItemIds = context.Ids(context.Statement.ItemArray.Length, disputedOnly: false, overdueOnly: !step.IsBeforeDue),
            RequiresApproval = step.RequiresApproval,
            Deadline = step.Kind == StepKind.FormalNotice ? context.Deadline(context.AsOf.PlusDays(step.ResponseDays)) : null,
            AfterBrokenPromise = context.AfterBrokenPromise,
            Rule = Name,
        });
    }
}
