using System;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Calendars;
using Recouvrement.Cases;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Penalties;
using Recouvrement.Reasons;

namespace Recouvrement.Scheduling;

/// <summary>How a <see cref="CollectionRun"/> works: the ladders by segment, the decider, the classifier, penalties, contact hours.</summary>
/// <param name="Ladders">The ladders and the segments that choose among them.</param>
public sealed record CollectionRunOptions(LadderSelection Ladders)
{
    /// <summary>Gets the case decider (its policy: grace, contact pressure, thresholds, surveys).</summary>
    public CaseDecider Decider { get; init; } = CaseDecider.Default;

    /// <summary>Gets the unpaid-reason classifier.</summary>
    public ReasonClassifier Classifier { get; init; } = ReasonClassifier.Default;

    /// <summary>Gets the late-payment rule for a debtor; no interest nor compensation is posted when null or when it returns null.</summary>
    public Func<Debtor, LatePaymentRule?>? PenaltyRuleFor { get; init; }

    /// <summary>Gets the least accrued interest worth posting, in the account's currency units (default 1).</summary>
    public decimal MinimumInterestPosting { get; init; } = 1m;

    /// <summary>Gets the debtors' business calendar: a legal deadline moves off its weekends and holidays; weekends only when null.</summary>
    public IBusinessCalendar? Calendar { get; init; }

    /// <summary>Gets the contact hours the steps' channels must respect; no <see cref="RunAction.NotBefore"/> when null.</summary>
    public ContactHours? ContactHours { get; init; }

    /// <summary>Gets the debtors' time zone for contact hours (default Europe/Paris).</summary>
    public DateTimeZone TimeZone { get; init; } = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    /// <summary>Gets the aging columns of the summary.</summary>
    public AgingBuckets AgingBuckets { get; init; } = AgingBuckets.Default;

    /// <summary>Gets how many entries are processed together; memory grows with it, not with the portfolio (default 1,024).</summary>
    public int BatchSize { get; init; } = 1024;

    /// <summary>Gets how many threads process a batch (default 1; the output order never depends on it).</summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;
}
