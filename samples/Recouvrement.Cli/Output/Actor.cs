using System.Globalization;
using Recouvrement.Cases;
using Recouvrement.Escalation;
using Recouvrement.Scheduling;

namespace Recouvrement.Cli.Output;

/// <summary>Who acts on a run action: what a team lead asks first of the day's list.</summary>
internal enum Actor
{
    /// <summary>Postings, and messages a template sends: nobody's time.</summary>
    System,

    /// <summary>A person on the phone or at the file: calls, the reason's follow-up, missing contact data.</summary>
    Collector,

    /// <summary>What commits the company and waits for a manager's yes: reviews, steps the ladder marks for approval, agencies, courts, claims.</summary>
    Manager,
}

/// <summary>Reads who acts from the action and names them.</summary>
internal static class Actors
{
    internal static Actor Of(RunAction action)
    {
        if (action.CaseAction is not { } ask)
        {
            return Actor.System;
        }

        if (ask.Kind == CaseActionKind.ReviewCase || ask.Kind == CaseActionKind.SeekRelief || ask.Kind == CaseActionKind.FileClaim
            || ask.Channel == StepChannel.ManagerReview || ask.Step?.RequiresApproval == true || ask.Step?.Kind is StepKind.Agency or StepKind.Court or StepKind.WriteOff)
        {
            return Actor.Manager;
        }

        return ask.Kind == CaseActionKind.ActOnReason || ask.Kind == CaseActionKind.CompleteContactData || ask.Kind == CaseActionKind.CloseCase
            || ask.Channel == StepChannel.CallTask || ask.Channel == StepChannel.Visit
            ? Actor.Collector
            : Actor.System;
    }

    internal static string Label(this CultureInfo culture, Actor actor) => actor switch
    {
        Actor.System => culture.Pick("the system", "le système"),
        Actor.Collector => culture.Pick("a collector", "un chargé de recouvrement"),
        _ => culture.Pick("a manager's approval", "l'accord d'un responsable"),
    };
}
