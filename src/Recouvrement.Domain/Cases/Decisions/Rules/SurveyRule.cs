using NodaTime;
using Recouvrement.Escalation;

namespace Recouvrement.Cases;

/// <summary>
/// One satisfaction survey (seed 000 §5) a few days after a case closed as paid, or after a contact through a channel the
/// policy lists (a call or a visit by default, either way) while no dispute is open and on a day nothing else goes to the
/// debtor, by text message or e-mail, once its delay is over and before it goes stale.
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
        else if (context.Insolvency is null && context.History.Disputes.Count == 0 && LastSurveyedContact(context) is { } contact && !ContactsToday(context))
        {
            SurveyAfter(context, contact.Date, contact.Days);
        }
    }

    private static void SurveyAfter(CaseDecisionContext context, LocalDate since, int delay)
    {
        var due = since.PlusDays(delay);
        if (due <= context.AsOf && context.AsOf <= due.PlusDays(context.Policy.SurveyExpiryDays) && !SurveyedSince(context, since) && context.FirstUsable(SurveyChannels) is { } channel)
        {
            context.Add(new CaseAction(CaseActionKind.SendSurvey, due, Money.Zero(context.Statement.Currency)) { Channel = channel, Rule = context.Rule });
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

    /// <summary>
    /// Whether the debtor is reached today — by an earlier rule's action, or by a contact already recorded today (the
    /// day's run applied, then run again): the survey waits for a quiet day.
    /// </summary>
    private static bool ContactsToday(CaseDecisionContext context)
    {
        for (var i = 0; i < context.ActionCount; i++)
        {
            if (context.ActionAt(i).Channel?.Reaches is not null)
            {
                return true;
            }
        }

        foreach (var e in context.Events)
        {
            if (e.Date == context.AsOf && e is not SurveySent && e.Channel?.Reaches is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last contact, either way, through a channel the policy surveys, and the days its survey waits.</summary>
    private static (LocalDate Date, int Days)? LastSurveyedContact(CaseDecisionContext context)
    {
        (LocalDate, int)? last = null;
        foreach (var e in context.Events)
        {
            if (e is ContactLogged or StepTaken or ReasonActedOn && e.Channel is { } channel && context.Policy.SurveyAfterContactDays.TryGetValue(channel, out var days))
            {
                last = (e.Date, days);
            }
        }

        return last;
    }
}
