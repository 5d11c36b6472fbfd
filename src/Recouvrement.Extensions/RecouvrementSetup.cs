using NodaTime;
using Recouvrement.Calendars;
using Recouvrement.Cases;
using Recouvrement.Escalation;
using Recouvrement.Jurisdictions;
using Recouvrement.Plans;
using Recouvrement.Reasons;
using Recouvrement.Scheduling;

namespace Recouvrement.Extensions;

/// <summary>
/// What <see cref="RecouvrementOptions"/> build once checked: the home jurisdiction they configure and the registry of
/// every debtor's law, the case decider, the classifier, the contact hours, the payment-plan terms, and the collection
/// run. Registered as a singleton (one per tenant), each part also on its own.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RecouvrementSetup
{
    internal RecouvrementSetup(Jurisdiction jurisdiction, JurisdictionRegistry jurisdictions, CaseDecider decider, ReasonClassifier classifier, ContactHours? contactHours, PlanPolicy plans, IPenaltyRuleSelector penalties, CollectionRun run)
    {
        Jurisdiction = jurisdiction;
        Jurisdictions = jurisdictions;
        Decider = decider;
        Classifier = classifier;
        ContactHours = contactHours;
        Plans = plans;
        Penalties = penalties;
        Run = run;
    }

    /// <summary>Gets the home jurisdiction: the profile of <see cref="RecouvrementOptions.Jurisdiction"/> with what the options set.</summary>
    public Jurisdiction Jurisdiction { get; }

    /// <summary>Gets the profiles each debtor is resolved in: the library's, the home country's carrying the options' ladders and rules.</summary>
    public JurisdictionRegistry Jurisdictions { get; }

    /// <summary>Gets the home jurisdiction's ladders and the segments that choose among them.</summary>
    public LadderSelection Ladders => Jurisdiction.Ladders;

    /// <summary>Gets the case decider.</summary>
    public CaseDecider Decider { get; }

    /// <summary>Gets the unpaid-reason classifier.</summary>
    public ReasonClassifier Classifier { get; }

    /// <summary>Gets the home jurisdiction's business calendar.</summary>
    public IBusinessCalendar Calendar => Jurisdiction.Calendar;

    /// <summary>Gets the contact hours, under the home calendar (the run applies them under each debtor's); null when the options turn them off.</summary>
    public ContactHours? ContactHours { get; }

    /// <summary>Gets the home jurisdiction's time zone.</summary>
    public DateTimeZone TimeZone => Jurisdiction.TimeZone;

    /// <summary>Gets the payment-plan terms; the case decider tracks agreed plans with their tolerance.</summary>
    public PlanPolicy Plans { get; }

    /// <summary>Gets the late-payment rule of each debtor: its own law's, for its kind.</summary>
    public IPenaltyRuleSelector Penalties { get; }

    /// <summary>Gets the collection run of the options' parts. The <see cref="CollectionRun"/> registered in the services is
    /// composed of the registered parts instead, so that a part the host replaced is the one the run uses.</summary>
    public CollectionRun Run { get; }
}
