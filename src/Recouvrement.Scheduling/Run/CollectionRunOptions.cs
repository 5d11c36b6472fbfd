using System.Collections.Generic;
using System;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Calendars;
using Recouvrement.Cases;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Internal;
using Recouvrement.Jurisdictions;
using Recouvrement.Penalties;
using Recouvrement.Reasons;

namespace Recouvrement.Scheduling;

/// <summary>
/// How a <see cref="CollectionRun"/> works: each debtor's law (its jurisdiction profile, or one set of ladders, calendar
/// and time zone for all), the decider, the classifier, penalties, contact hours.
/// </summary>
public sealed record CollectionRunOptions
{
    /// <summary>Initializes a new instance of the <see cref="CollectionRunOptions"/> record.</summary>
    /// <param name="ladders">The ladders and the segments that choose among them, for every debtor when <see cref="Jurisdictions"/> is null.</param>
    public CollectionRunOptions(LadderSelection ladders)
    {
        Ladders = ladders;
    }

    /// <summary>Gets the ladders and the segments that choose among them, for every debtor when <see cref="Jurisdictions"/> is null.</summary>
    public LadderSelection Ladders { get; init; }

    /// <summary>
    /// Gets the jurisdiction profiles each debtor is decided under (see <see cref="JurisdictionProfiles.Default"/>): its
    /// ladders, late-payment rule, limitation period, calendar and time zone, in place of <see cref="Ladders"/>,
    /// <see cref="Calendar"/> and <see cref="TimeZone"/>. A debtor whose law has no profile is reported as a
    /// <see cref="RunActionKind.Problem"/>. One law for every debtor when null.
    /// </summary>
    public JurisdictionRegistry? Jurisdictions { get; init; }

    /// <summary>Gets the case decider (its policy: grace, contact pressure, thresholds, surveys).</summary>
    public CaseDecider Decider { get; init; } = CaseDecider.Default;

    /// <summary>Gets the unpaid-reason classifier.</summary>
    public ReasonClassifier Classifier { get; init; } = ReasonClassifier.Default;

    /// <summary>
    /// Gets the late-payment rule for a debtor (a choice by contract), in place of its profile's; no interest nor
    /// compensation is posted when it returns null, nor when it is null and the run has no jurisdictions.
    /// </summary>
    public Func<Debtor, LatePaymentRule?>? PenaltyRuleFor { get; init; }

    /// <summary>Gets the least accrued interest worth posting, in the account's currency units (default 1).</summary>
    public decimal MinimumInterestPosting { get; init; } = 1m;

    /// <summary>
    /// Gets, by <see cref="Penalties.ReferenceRateSeries.Name"/>, the day up to which the host confirms that a series'
    /// last published rate still holds: interest past the series' <see cref="Penalties.ReferenceRateSeries.KnownUntil"/> is
    /// posted at that rate up to then, instead of a <see cref="RunActionKind.RatesUnknown"/> (empty by default: never).
    /// Copied, with its key comparer: compared by content.
    /// </summary>
    public IReadOnlyDictionary<string, LocalDate> RatesConfirmedUntil { get; init => field = ValueDictionary.OrNull(value); } = ValueDictionary<string, LocalDate>.Empty;

    /// <summary>Gets the debtors' business calendar when the run has no jurisdictions: a legal deadline moves off its weekends and holidays; weekends only when null.</summary>
    public IBusinessCalendar? Calendar { get; init; }

    /// <summary>
    /// Gets the contact hours the steps' channels must respect, under each debtor's calendar; no
    /// <see cref="RunAction.NotBefore"/> when null.
    /// </summary>
    public ContactHours? ContactHours { get; init; }

    /// <summary>Gets the debtors' time zone for contact hours when the run has no jurisdictions (default Europe/Paris).</summary>
    public DateTimeZone TimeZone { get; init; } = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    /// <summary>Gets the aging columns of the summary.</summary>
    public AgingBuckets AgingBuckets { get; init; } = AgingBuckets.Default;

    /// <summary>
    /// Gets how many entries are processed together on several cores; memory grows with it, not with the portfolio
    /// (default 256: a batch's results wait for the slowest entry, and the fewer they are the fewer reach the garbage
    /// collector's older generations).
    /// </summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Gets how many threads process a batch (default 1; the output order never depends on it).</summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;
}
