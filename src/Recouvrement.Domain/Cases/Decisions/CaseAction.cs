using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Recouvrement.Escalation;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>An action a decision asks for: what, since when, for how much, through which channel, and why.</summary>
public sealed record CaseAction
{
    /// <summary>Initializes a new instance of the <see cref="CaseAction"/> record.</summary>
    /// <param name="kind">What to do.</param>
    /// <param name="dueOn">The day it fell due; never after the decision date.</param>
    /// <param name="amount">The amount it is about: the overdue amount pursued, the plan arrears, the claim.</param>
    public CaseAction(CaseActionKind kind, LocalDate dueOn, Money amount)
    {
        Kind = kind;
        DueOn = dueOn;
        Amount = amount;
    }

    /// <summary>Gets what to do.</summary>
    public CaseActionKind Kind { get; init; }

    /// <summary>Gets the day it fell due; never after the decision date.</summary>
    public LocalDate DueOn { get; init; }

    /// <summary>Gets the amount it is about: the overdue amount pursued, the plan arrears, the claim.</summary>
    public Money Amount { get; init; }

    /// <summary>Gets the name of the rule that decided it (see <see cref="CaseRules"/>); the decision sets it when the rule did not.</summary>
    public string? Rule { get; init; }

    /// <summary>Gets the ladder step, for <see cref="CaseActionKind.TakeStep"/>.</summary>
    public EscalationStep? Step { get; init; }

    /// <summary>Gets the channel to use: the step's, or a fallback when the debtor cannot be reached through it.</summary>
    public StepChannel? Channel { get; init; }

    /// <summary>Gets the step's own channel when <see cref="Channel"/> is a fallback for it.</summary>
    public StepChannel? FallbackFrom { get; init; }

    /// <summary>Gets the items the action is about. Copied: compared by content.</summary>
    public IReadOnlyList<string> ItemIds { get; init => field = ValueList.OrNull(value); } = ValueList<string>.Empty;

    /// <summary>Gets the deadline the action must meet: the proof-of-claim deadline, the formal notice's response date.</summary>
    public LocalDate? Deadline { get; init; }

    /// <summary>Gets a value indicating whether the deadline is close or past: do it first.</summary>
    public bool Urgent { get; init; }

    /// <summary>Gets the itemised claim, for <see cref="CaseActionKind.FileClaim"/> and <see cref="CaseActionKind.SeekRelief"/>.</summary>
    public ProofOfClaim? Claim { get; init; }

    /// <summary>Gets a value indicating whether a person must approve the action first.</summary>
    public bool RequiresApproval { get; init; }

    /// <summary>Gets what is missing, for <see cref="CaseActionKind.CompleteContactData"/>.</summary>
    public string? Missing { get; init; }

    /// <summary>Gets a value indicating whether a broken promise brought the step forward.</summary>
    public bool AfterBrokenPromise { get; init; }

    /// <summary>Gets why the case goes to a person, for <see cref="CaseActionKind.ReviewCase"/>; null otherwise.</summary>
    public ReviewCause? Review { get; init; }

    /// <summary>Gets the limitation period behind a <see cref="ReviewCause.LimitationNear"/> or <see cref="ReviewCause.TimeBarred"/> review, with its source.</summary>
    public Jurisdictions.LimitationPeriod? Limitation { get; init; }

    /// <summary>
    /// Gets what the unpaid reason's treatment calls for, for <see cref="CaseActionKind.ActOnReason"/>; null otherwise.
    /// </summary>
    public Reasons.FirstAction? Treatment { get; init; }

    /// <summary>
    /// Gets the insolvency proceedings a <see cref="CaseActionKind.FileClaim"/> or <see cref="CaseActionKind.SeekRelief"/>
    /// is for, when only a published notice made them known and the case does not record them yet: recorded before the
    /// claim (<see cref="ToEvents"/>).
    /// </summary>
    public InsolvencyOpened? Insolvency { get; init; }

    /// <summary>
    /// The events to record once the action is done: the unrecorded <see cref="Insolvency"/> first, if any, dated
    /// <paramref name="date"/>, then <see cref="ToEvent"/>.
    /// </summary>
    /// <param name="date">The day it was done.</param>
    /// <returns>The events, in the order to record them.</returns>
    public IReadOnlyList<CaseEvent> ToEvents(LocalDate date)
        => (Insolvency, ToEvent(date)) switch
        {
            // Dated the day it is recorded, as any event the case learns; the notice keeps its publication date.
            ({ } insolvency, { } done) => [insolvency with { Date = date }, done],
            (null, { } done) => [done],
            _ => [],
        };

    /// <summary>The event to record once the action is done, so the next decision knows it.</summary>
    /// <param name="date">The day it was done.</param>
    /// <returns>The event: a contact-data task is recorded as handed over (<see cref="ContactDataRequested"/>).</returns>
    public CaseEvent? ToEvent(LocalDate date) => Kind.Name switch
    {
        nameof(CaseActionKind.TakeStep) => new StepTaken(date, Step!.Name, Step.Kind) { Channel = Channel },
        nameof(CaseActionKind.CompleteContactData) => new ContactDataRequested(date) { Note = Missing },
        nameof(CaseActionKind.RemindInstalment) => new ContactLogged(date, inbound: false) { Channel = Channel, Note = "plan instalment reminder" },
        nameof(CaseActionKind.FileClaim) => new ClaimFiled(date),
        nameof(CaseActionKind.SeekRelief) => new ClaimFiled(date) { Note = "with an application for relief from foreclosure (relevé de forclusion)" },
        nameof(CaseActionKind.CloseCase) => new CaseClosed(date, CaseOutcome.Paid),
        nameof(CaseActionKind.SendSurvey) => new SurveySent(date) { Channel = Channel },
        nameof(CaseActionKind.ActOnReason) => new ReasonActedOn(date, Treatment!) { Channel = Channel },
        nameof(CaseActionKind.ReviewCase) => new CaseReviewed(date) { Note = Review?.Label },
        _ => null,
    };

    /// <summary>Describes the action in English.</summary>
    /// <returns>One line.</returns>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);

    /// <summary>Describes the action in one line, in French for a French culture, in English otherwise.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The text.</returns>
    public string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        var text = Kind.LabelIn(wording);
        if (Step is not null)
        {
            text += wording.Pick($" '{Step.Name}'", $" « {Step.Name} »");
        }

        if (Channel is not null)
        {
            text += (wording.Pick(" by ", " par ")) + Channel.LabelIn(wording);
            if (FallbackFrom is not null)
            {
                text += wording.Pick($" (instead of {FallbackFrom.Label}: contact data missing)", $" (au lieu de : {FallbackFrom.FrenchLabel}, coordonnées manquantes)");
            }
        }

        if (Missing is not null)
        {
            text += ": " + Missing;
        }

        if (Treatment is not null)
        {
            text += ": " + Treatment.LabelIn(wording);
        }

        if (Review is not null)
        {
            text += ": " + Review.LabelIn(wording);
        }

        if (Limitation is not null)
        {
            text += (wording.Pick(" (limitation: ", " (prescription : ")) + Limitation.Source + ")";
        }

        if (!Amount.IsZero)
        {
            text += ", " + wording.Amount(Amount);
        }

        text += (wording.Pick(", due since ", ", dû depuis le ")) + wording.Date(DueOn);
        if (Deadline is { } deadline)
        {
            text += (wording.Pick(", by ", ", au plus tard le ")) + wording.Date(deadline);
        }

        if (Urgent)
        {
            text += ", urgent";
        }

        if (AfterBrokenPromise)
        {
            text += wording.Pick(", promise broken", ", promesse non tenue");
        }

        return RequiresApproval ? text + (wording.Pick(", needs approval", ", sur validation")) : text;
    }
}
