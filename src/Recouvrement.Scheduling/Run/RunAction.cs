using System.Globalization;
using NodaTime;
using Recouvrement.Cases;
using Recouvrement.Internal;
using Recouvrement.Reasons;

namespace Recouvrement.Scheduling;

/// <summary>One action of a collection run, with the debtor, the case, the amount, the reason and the ladder it follows.</summary>
public sealed record RunAction
{
    // The kind's own detail, in one field rather than six mostly empty ones: a run returns millions of actions.
    private object? detail;

    /// <summary>Initializes a new instance of the <see cref="RunAction"/> record.</summary>
    /// <param name="debtorId">The debtor's identifier (the entry's position when the entry has no account).</param>
    /// <param name="kind">What the action is.</param>
    /// <param name="dueOn">The day it fell due; never after the run date.</param>
    /// <param name="amount">The amount: pursued, to post, or zero.</param>
    public RunAction(string debtorId, RunActionKind kind, LocalDate dueOn, Money amount)
    {
        DebtorId = debtorId;
        Kind = kind;
        DueOn = dueOn;
        Amount = amount;
    }

    /// <summary>Gets the debtor's identifier (the entry's position when the entry has no account).</summary>
    public string DebtorId { get; init; }

    /// <summary>Gets what the action is.</summary>
    public RunActionKind Kind { get; init; }

    /// <summary>Gets the day it fell due; never after the run date.</summary>
    public LocalDate DueOn { get; init; }

    /// <summary>Gets the amount: pursued, to post, or zero.</summary>
    public Money Amount { get; init; }

    /// <summary>Gets the case the action belongs to: the host records the action's event on it (a new case when the entry had none).</summary>
    public CollectionCase? Case { get; init; }

    /// <summary>Gets the case action, for <see cref="RunActionKind.Case"/>.</summary>
    public CaseAction? CaseAction { get => RunActionDetail.Get<CaseAction>(detail); init => detail = RunActionDetail.With(detail, value); }

    /// <summary>Gets the item a posting is for.</summary>
    public string? ItemId { get; init; }

    /// <summary>Gets the primary unpaid reason of the debtor, when classified.</summary>
    public UnpaidReason? Reason { get; init; }

    /// <summary>Gets the ladder the case follows: the segment's.</summary>
    public string? Segment { get; init; }

    /// <summary>Gets the first instant the debtor may be contacted through the action's channel, in the debtor's time zone,
    /// when the run knows contact hours and the channel has a window (calls and text messages by default).</summary>
    public ZonedDateTime? NotBefore { get; init; }

    /// <summary>Gets why penalties accrued on <see cref="ItemId"/> are not posted, for <see cref="RunActionKind.PenaltiesHeld"/>.</summary>
    public HoldKind? HeldBy { get => RunActionDetail.Get<HoldKind>(detail); init => detail = RunActionDetail.With(detail, value); }

    /// <summary>Gets the scale's arithmetic behind <see cref="RunActionKind.PostCollectionCosts"/>, for the letter that charges them.</summary>
    public Penalties.CollectionCost? CollectionCost { get => RunActionDetail.Get<Penalties.CollectionCost>(detail); init => detail = RunActionDetail.With(detail, value); }

    /// <summary>Gets why the case gets no step today, for <see cref="RunActionKind.CaseHeld"/>.</summary>
    public CaseHold? Hold { get => RunActionDetail.Get<CaseHold>(detail); init => detail = RunActionDetail.With(detail, value); }

    /// <summary>Gets the step passed over and why, for <see cref="RunActionKind.StepSkipped"/>.</summary>
    public SkippedStep? Skipped { get => RunActionDetail.Get<SkippedStep>(detail); init => detail = RunActionDetail.With(detail, value); }

    /// <summary>Gets the day of the run that proposed the action.</summary>
    public LocalDate RunDate { get; init; }

    /// <summary>
    /// Gets the action's identity — debtor, case, kind, item, step (or what holds the case) and run date —, the same each
    /// time the same data is run on the same day and unique among a run's actions: an idempotency key for the host's
    /// database. Applying an action records it as the
    /// <see cref="CaseEvent.Reference"/> of its event or the <see cref="Accounts.AccountEntry.Id"/> of its charge.
    /// </summary>
    public string Key
        => string.Join(
            "/",
            DebtorId,
            Case?.Id ?? "-",
            Kind == RunActionKind.Case ? CaseAction?.Kind.Name ?? Kind.Name : Kind.Name,
            ItemId ?? "-",
            CaseAction?.Step?.Name ?? Skipped?.Step.Name ?? Hold?.Kind.Name ?? "-",
            RunDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Gets what went wrong, for <see cref="RunActionKind.Problem"/> and <see cref="RunActionKind.RatesUnknown"/>.</summary>
    public string? Problem { get => RunActionDetail.Get<string>(detail); init => detail = RunActionDetail.With(detail, value); }

    /// <summary>Describes the action in English.</summary>
    /// <returns>One line.</returns>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);

    /// <summary>Describes the action in one line, in French for a French culture, in English otherwise.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The text.</returns>
    public string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        var what = Kind == RunActionKind.PostFee ? Label(Kind, wording) + " " + Amount + (wording.Pick(" for '", " pour « ")) + CaseAction?.Step?.Name + (wording.Pick("'", " »"))
            : CaseAction is not null ? CaseAction.Describe(culture)
            : Hold is not null ? Label(Kind, wording) + ": " + Hold.Describe(culture)
            : Skipped is not null ? Label(Kind, wording) + ": " + Skipped.Describe(culture)
            : Problem is not null ? Label(Kind, wording) + ": " + Problem
            : Label(Kind, wording) + " " + Amount + (ItemId is null ? string.Empty : wording.Pick(" on ", " sur ") + ItemId)
                + (HeldBy is null ? string.Empty : ": " + Label(HeldBy, wording));
        var text = DebtorId + " " + what;
        if (Reason is not null)
        {
            text += (wording.Pick(" [reason: ", " [motif : ")) + Label(Reason, wording) + "]";
        }

        return NotBefore is { } at ? text + (wording.Pick(" not before ", " pas avant ")) + at.ToString("uuuu-MM-dd HH:mm o<g>", CultureInfo.InvariantCulture) : text;
    }

    private static string Label<T>(Vocabulary<T> word, Wording wording)
        where T : Ardalis.SmartEnum.SmartEnum<T>
        => wording.IsFrench ? word.FrenchLabel : word.Label;
}
