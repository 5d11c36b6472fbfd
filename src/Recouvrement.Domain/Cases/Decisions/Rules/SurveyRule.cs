using NodaTime;
using Recouvrement.Escalation;

namespace Recouvrement.Cases;

/// <summary>
/// One satisfaction survey (seed 000 §5) a few days after a case closed as paid, or after a call or a visit when the
/// policy asks, by text message or e-mail, once its delay is over and before it goes stale.
/// </summary>
internal sealed class SurveyRule() : CaseRule("surveys")
{
    private static readonly StepChannel[] SurveyChannels = [StepChannel.Sms, StepChannel.Email];

    public override void Apply(CaseDecisionContext context)
    {
        var policy = context.Policy;
        if (context.History.Closed is { } closed)
        {
            if (closed.Outcome == CaseOutcome.Paid && policy.SurveyDelayDays is { } delay)
            {
                SurveyAfter(context, closed.Date, delay);
            }
        }
        else if (context.Insolvency is null && policy.SurveyAfterConversationDays is { } days && LastConversation(context) is { } talked)
        {
            SurveyAfter(context, talked, days);
        }
    }

    private static void SurveyAfter(CaseDecisionContext context, LocalDate since, int delay)
    {
        var due = since.PlusDays(delay);
        if (due <= context.AsOf && context.AsOf <= due.PlusDays(context.Policy.SurveyExpiryDays) && !SurveyedSince(context, since) && context.FirstUsable(SurveyChannels) is { } channel)
        {
            context.Add(new CaseAction(CaseActionKind.SendSurvey, due, Money.Zero(context.Statement.Currency)) { Channel = channel });
        }
    }

    private static bool SurveyedSince(CaseDecisionContext context, LocalDate date)
    {
        foreach (var e in context.Events)
        {
            if (e is SurveySent && e.Date >= date)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The day of the last call or visit, either way.</summary>
    private static LocalDate? LastConversation(CaseDecisionContext context)
    {
        LocalDate? last = null;
        foreach (var e in context.Events)
        {
            if (e is ContactLogged or StepTaken && (e.Channel == StepChannel.CallTask || e.Channel == StepChannel.Visit))
            {
                last = e.Date;
            }
        }

        return last;
    }
}
