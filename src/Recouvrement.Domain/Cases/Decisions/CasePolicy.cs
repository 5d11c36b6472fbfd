using System.Collections.Generic;
using Recouvrement.Escalation;
using Recouvrement.Internal;
using Recouvrement.Plans;

namespace Recouvrement.Cases;

/// <summary>How <see cref="CaseDecider"/> decides: its rules, grace, contact pressure, thresholds, fallbacks, surveys, offers.</summary>
/// <remarks>
/// Every property has a default; <see cref="CaseDecider.Create"/> checks them all. The rules, maps and lists are copied
/// when set, and compared by content.
/// </remarks>
public sealed record CasePolicy
{
    /// <summary>
    /// Gets the rules applied in turn to make a decision (default <see cref="CaseRules.Default"/>): replace one, or insert
    /// a host's own where it belongs.
    /// </summary>
    public IReadOnlyList<CaseRule> Rules { get; init => field = ValueList.OrNull(value); } = CaseRules.Default;

    /// <summary>Gets the days after a promised date before a promise counts as broken (default 3).</summary>
    public int PromiseGraceDays { get; init; } = 3;

    /// <summary>Gets the most contacts we make in <see cref="ContactWindowDays"/> (default 3).</summary>
    public int MaxContacts { get; init; } = 3;

    /// <summary>Gets the rolling window of the contact-pressure limit, in days (default 7).</summary>
    public int ContactWindowDays { get; init; } = 7;

    /// <summary>
    /// Gets the least overdue amount to hand a file to an agency, besides each step's own minimum, for the debts in its
    /// currency: a debt in another currency follows its own ladder's step minimums, never a converted threshold; none when null.
    /// </summary>
    public Money? AgencyMinimum { get; init; }

    /// <summary>Gets the least overdue amount to go to court, besides each step's own minimum, for the debts in its currency; none when null.</summary>
    public Money? CourtMinimum { get; init; }

    /// <summary>Gets the days before the proof-of-claim deadline from which filing it is urgent (default 15).</summary>
    public int ClaimUrgentDays { get; init; } = 15;

    /// <summary>
    /// Gets the days before a claim becomes time-barred from which the case goes to a person with the last day and what
    /// interrupts the period (default 90); the last 30 of them are urgent.
    /// </summary>
    public int LimitationWarningDays { get; init; } = 90;

    /// <summary>
    /// Gets the days between two reviews of a case the ladder has nothing more for, and from its last step to the first
    /// review (default 30).
    /// </summary>
    public int ReviewIntervalDays { get; init; } = 30;

    /// <summary>Gets when late-payment penalties are posted: not while disputed, for our own error, in a kept plan or a forbearance.</summary>
    public PenaltyPostingPolicy PenaltyPosting { get; init; } = new();

    /// <summary>Gets how much lateness a plan tolerates before it breaks.</summary>
    public PlanTolerance PlanTolerance { get; init; } = new();

    /// <summary>Gets the days after a case closed as paid before the satisfaction survey; no survey when null (default 2).</summary>
    public int? SurveyDelayDays { get; init; } = 2;

    /// <summary>
    /// Gets the days after a contact through a channel, either way, before a satisfaction survey (seed 000 §5): by
    /// default two days after a call or a visit; none after the channels not listed.
    /// </summary>
    public IReadOnlyDictionary<StepChannel, int> SurveyAfterContactDays { get; init => field = ValueDictionary.OrNull(value); } = DefaultSurveyAfterContact;

    /// <summary>Gets the days a survey stays worth sending after it fell due (default 14).</summary>
    public int SurveyExpiryDays { get; init; } = 14;

    /// <summary>Gets the days an offered payment date may lie after the offer (default 30): a 60-day bill of exchange for an
    /// invoice already 60 days late is flagged (seed 004).</summary>
    public int OfferHorizonDays { get; init; } = 30;

    /// <summary>
    /// Gets the channels to try, in order, when the debtor cannot be reached through a step's own. By default: e-mail →
    /// letter, call; SMS → e-mail, letter; call → SMS, e-mail, letter; letter → e-mail, call; visit → letter. A formal notice keeps
    /// its registered letter: without an address it waits for the contact data.
    /// </summary>
    public IReadOnlyDictionary<StepChannel, IReadOnlyList<StepChannel>> Fallbacks { get; init => field = ValueDictionary.OrNull(value, ValueList.OrNull); } = DefaultFallbacks;

    // Stored as they would be set, so that a default policy equals one given the same values.
    private static IReadOnlyDictionary<StepChannel, int> DefaultSurveyAfterContact { get; } = ValueDictionary.OrNull(new Dictionary<StepChannel, int>
    {
        [StepChannel.CallTask] = 2,
        [StepChannel.Visit] = 2,
    });

    private static IReadOnlyDictionary<StepChannel, IReadOnlyList<StepChannel>> DefaultFallbacks { get; } = ValueDictionary.OrNull(
        new Dictionary<StepChannel, IReadOnlyList<StepChannel>>
        {
            [StepChannel.Email] = [StepChannel.Letter, StepChannel.CallTask],
            [StepChannel.Sms] = [StepChannel.Email, StepChannel.Letter],
            [StepChannel.CallTask] = [StepChannel.Sms, StepChannel.Email, StepChannel.Letter],
            [StepChannel.Letter] = [StepChannel.Email, StepChannel.CallTask],
            [StepChannel.Visit] = [StepChannel.Letter],
        },
        ValueList.OrNull);
}
