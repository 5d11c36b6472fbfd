using System.Collections.Generic;

namespace Recouvrement.Cases;

/// <summary>
/// The library's case rules and the order <see cref="CaseDecider"/> applies them in (<see cref="Default"/>): what stops
/// the case first, then what holds some of it, then how the reason and the ladder respond, then how the actions reach
/// the debtor. A host composes its own list for <see cref="CasePolicy.Rules"/>: the same rules with one replaced, or one
/// of its own inserted where it belongs.
/// </summary>
public static class CaseRules
{
    /// <summary>Gets the rule for a closed case (it waits for its survey) and for a case with nothing left open (close it).</summary>
    public static CaseRule Closure { get; } = new ClosureRule();

    /// <summary>Gets the rule for insolvency proceedings: the case waits and the proof of claim is filed in time.</summary>
    public static CaseRule Insolvency { get; } = new InsolvencyRule();

    /// <summary>Gets the rule warning before a claim becomes time-barred, whatever else holds the case.</summary>
    public static CaseRule Limitation { get; } = new LimitationRule();

    /// <summary>Gets the rule holding disputed items, in the case or known from the signals.</summary>
    public static CaseRule Disputes { get; } = new DisputeRule();

    /// <summary>Gets the rule holding the whole case when the unpaid reason pauses the whole account (a hardship).</summary>
    public static CaseRule Forbearance { get; } = new ForbearanceRule();

    /// <summary>Gets the rule for a promise to pay: the ladder waits until its date plus grace; a broken one escalates.</summary>
    public static CaseRule Promise { get; } = new PromiseRule();

    /// <summary>Gets the rule for a payment plan: kept, it replaces the ladder; broken, the ladder resumes at a firmer step.</summary>
    public static CaseRule Plan { get; } = new PlanRule();

    /// <summary>Gets the rule holding the posting of penalties while the debtor may be right or keeps an agreement, and dropping them when the debtor was right.</summary>
    public static CaseRule PenaltyPosting { get; } = new PenaltyPostingRule();

    /// <summary>Gets the rule by which the unpaid reason drives the response: how hard the ladder goes, what is done first.</summary>
    public static CaseRule ReasonResponse { get; } = new ReasonResponseRule();

    /// <summary>Gets the rule climbing the ladder: the step due, the steps passed over and why, the next step.</summary>
    public static CaseRule Ladder { get; } = new LadderRule();

    /// <summary>Gets the rule replacing a channel that does not reach the debtor by a fallback, or asking for the contact data.</summary>
    public static CaseRule ChannelFallback { get; } = new ChannelFallbackRule();

    /// <summary>Gets the rule deferring a contact beyond the contact-pressure limit.</summary>
    public static CaseRule ContactPressure { get; } = new ContactPressureRule();

    /// <summary>Gets the rule sending satisfaction surveys.</summary>
    public static CaseRule Surveys { get; } = new SurveyRule();

    /// <summary>Gets the library's rules in the order they are applied.</summary>
    public static IReadOnlyList<CaseRule> Default { get; } = Internal.ValueList.Adopt(new[]
    {
        Closure, Insolvency, Limitation, Disputes, Forbearance, Promise, Plan, PenaltyPosting, ReasonResponse, Ladder, ChannelFallback, ContactPressure, Surveys,
    });
}
