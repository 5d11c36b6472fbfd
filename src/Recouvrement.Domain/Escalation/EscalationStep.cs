using System.Collections.Generic;
using Recouvrement.Communication;
using Recouvrement.Debtors;
using Recouvrement.Internal;
using Recouvrement.Reasons;

namespace Recouvrement.Escalation;

/// <summary>One step of an escalation ladder: when, how, in which tone, with which template, at what cost, for whom.</summary>
public sealed record EscalationStep
{
    /// <summary>Initializes a new instance of the <see cref="EscalationStep"/> record.</summary>
    /// <param name="name">The step's name, unique in its ladder.</param>
    /// <param name="kind">Reminder, formal notice, agency or court.</param>
    /// <param name="daysAfterDue">When it falls, in days after the due date (negative for a reminder before it) — or, with
    /// <see cref="AfterPreviousStep"/>, after the previous step.</param>
    /// <param name="channel">How it reaches the debtor.</param>
    /// <param name="tone">How firmly it speaks.</param>
    /// <param name="templateKey">The host's template for the message or letter.</param>
    public EscalationStep(string name, StepKind kind, int daysAfterDue, StepChannel channel, Tone tone, string templateKey)
    {
        Name = name;
        Kind = kind;
        DaysAfterDue = daysAfterDue;
        Channel = channel;
        Tone = tone;
        TemplateKey = templateKey;
    }

    /// <summary>Gets the step's name, unique in its ladder.</summary>
    public string Name { get; init; }

    /// <summary>Gets reminder, formal notice, agency or court.</summary>
    public StepKind Kind { get; init; }

    /// <summary>
    /// Gets when it falls, in days after the due date (negative for a reminder before it) — or, with
    /// <see cref="AfterPreviousStep"/>, after the previous step.
    /// </summary>
    public int DaysAfterDue { get; init; }

    /// <summary>Gets how it reaches the debtor.</summary>
    public StepChannel Channel { get; init; }

    /// <summary>Gets how firmly it speaks.</summary>
    public Tone Tone { get; init; }

    /// <summary>Gets the host's template for the message or letter.</summary>
    public string TemplateKey { get; init; }

    /// <summary>Gets a value indicating whether <see cref="DaysAfterDue"/> counts from the previous step, not the due date.</summary>
    public bool AfterPreviousStep { get; init; }

    /// <summary>Gets the fewest days after the previous step this one may fall (default 1).</summary>
    public int MinimumGapDays { get; init; } = 1;

    /// <summary>Gets the fee the step charges; none when null. Never to a consumer in France (C. proc. civ. exécution L111-8).</summary>
    public Money? Fee { get; init; }

    /// <summary>Gets the least overdue amount for the step to apply, included; any when null.</summary>
    public Money? MinimumOverdue { get; init; }

    /// <summary>
    /// Gets the least share of the open balance, in percent, the overdue amount must reach for the step to apply (the
    /// ERPs' minimum dunning percentage: a small late invoice beside a large account not yet due waits); any when null.
    /// A percentage, so it holds in every currency; not on a court or write-off step, which must end the ladder for every account.
    /// </summary>
    public decimal? MinimumOverduePercent { get; init; }

    /// <summary>
    /// Gets the largest overdue amount the step applies to, included (the French small-claims procedure is for claims up to
    /// €5,000, C. proc. civ. exécution R125-1); any when null.
    /// </summary>
    public Money? MaximumOverdue { get; init; }

    /// <summary>Gets a value indicating whether the step ends the ladder: a court filing or a write-off proposal.</summary>
    public bool IsTerminal => Kind is StepKind.Court or StepKind.WriteOff;

    /// <summary>Gets the debtor kinds the step applies to; all when empty. Copied: compared by content.</summary>
    public IReadOnlyList<DebtorKind> DebtorKinds { get; init => field = ValueList.OrNull(value); } = ValueList<DebtorKind>.Empty;

    /// <summary>Gets the unpaid reasons the step applies to; all when empty. Copied: compared by content.</summary>
    public IReadOnlyList<UnpaidReason> Reasons { get; init => field = ValueList.OrNull(value); } = ValueList<UnpaidReason>.Empty;

    /// <summary>Gets a value indicating whether a person must approve the step before it goes out.</summary>
    public bool RequiresApproval { get; init; }

    /// <summary>Gets the days the debtor has to respond to a formal notice (default 8).</summary>
    public int ResponseDays { get; init; } = 8;

    /// <summary>Gets a value indicating whether the step is a reminder before the due date: it pursues what is open, not yet late.</summary>
    internal bool IsBeforeDue => DaysAfterDue < 0 && !AfterPreviousStep;

    /// <summary>Whether the amount lies within the step's bounds, both included; an amount in another currency than a bound is outside it.</summary>
    internal bool Covers(Money amount)
        => (MinimumOverdue is not { } minimum || (minimum.Currency == amount.Currency && amount >= minimum))
            && (MaximumOverdue is not { } maximum || (maximum.Currency == amount.Currency && amount <= maximum));
}
