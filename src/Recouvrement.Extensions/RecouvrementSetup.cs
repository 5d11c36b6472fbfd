using NodaTime;
using Recouvrement.Cases;
using Recouvrement.Escalation;
using Recouvrement.Plans;
using Recouvrement.Reasons;
using Recouvrement.Scheduling;

namespace Recouvrement.Extensions;

/// <summary>
/// What <see cref="RecouvrementOptions"/> build once checked: the ladders and their segments, the case decider, the
/// classifier, the calendar and contact hours, the payment-plan terms, and the collection run. Registered as a singleton (one per tenant), each
/// part also on its own.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RecouvrementSetup
{
    internal RecouvrementSetup(LadderSelection ladders, CaseDecider decider, ReasonClassifier classifier, BusinessCalendar calendar, ContactHours? contactHours, DateTimeZone timeZone, PlanPolicy plans, IPenaltyRuleSelector penalties, CollectionRun run)
    {
        Plans = plans;
        Penalties = penalties;
        Ladders = ladders;
        Decider = decider;
        Classifier = classifier;
        Calendar = calendar;
        ContactHours = contactHours;
        TimeZone = timeZone;
        Run = run;
    }

    /// <summary>Gets the ladders and the segments that choose among them.</summary>
    public LadderSelection Ladders { get; }

    /// <summary>Gets the case decider.</summary>
    public CaseDecider Decider { get; }

    /// <summary>Gets the unpaid-reason classifier.</summary>
    public ReasonClassifier Classifier { get; }

    /// <summary>Gets the business calendar.</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>Gets the contact hours; null when the options turn them off.</summary>
    public ContactHours? ContactHours { get; }

    /// <summary>Gets the debtors' time zone.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Gets the payment-plan terms; the case decider tracks agreed plans with their tolerance.</summary>
    public PlanPolicy Plans { get; }

    /// <summary>Gets the late-payment rules of the options, by debtor kind.</summary>
    public IPenaltyRuleSelector Penalties { get; }

    /// <summary>Gets the collection run of the options' parts. The <see cref="CollectionRun"/> registered in the services is
    /// composed of the registered parts instead, so that a part the host replaced is the one the run uses.</summary>
    public CollectionRun Run { get; }
}
