using System.Collections.Generic;
using NodaTime;
using Recouvrement.Escalation;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>
/// Replays a case's events in date order through the allowed transitions: the state after each event, and what the
/// decision needs (the last step, the active promise or plan, open disputes, insolvency, closure), found once.
/// </summary>
internal sealed class CaseHistory
{
    private readonly List<string> disputes = [];
    private List<PromiseFate>? promises;
    private Money paidSincePromise;

    private CaseHistory(int count, Currency currency)
    {
        StateAfter = new CaseState[count];
        paidSincePromise = Money.Zero(currency);
    }

    internal CaseState[] StateAfter { get; }

    internal CaseState State { get; private set; } = CaseState.Open;

    /// <summary>Gets the highest stage reached: null before any step.</summary>
    internal StepKind? Stage { get; private set; }

    internal StepTaken? LastStep { get; private set; }

    internal StepTaken? FirstFormalNotice { get; private set; }

    /// <summary>Gets the promise still standing: not yet kept by payments, not yet followed by a step.</summary>
    internal PromiseMade? Promise { get; private set; }

    /// <summary>Gets the plan still standing: not followed by a step, another plan or the closure.</summary>
    internal PlanAgreed? Plan { get; private set; }

    internal InsolvencyOpened? Insolvency { get; private set; }

    internal bool HasFiledClaim { get; private set; }

    internal CaseClosed? Closed { get; private set; }

    internal IReadOnlyList<string> Disputes => disputes;

    /// <summary>
    /// Whether a promise broke on or before <paramref name="asOf"/>: not kept by its date plus the grace days, and not
    /// replaced before then by another promise, a plan, the proceedings or the closure.
    /// </summary>
    internal bool AnyBrokenPromise(LocalDate asOf, int graceDays)
    {
        for (var i = 0; i < (promises?.Count ?? 0); i++)
        {
            if (promises![i].BrokenOn(graceDays) is { } broken && broken <= asOf)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The days promises broke, oldest first (see <see cref="AnyBrokenPromise"/>).</summary>
    internal IReadOnlyList<LocalDate> BrokenPromises(LocalDate asOf, int graceDays)
    {
        List<LocalDate>? dates = null;
        foreach (var fate in promises ?? [])
        {
            if (fate.BrokenOn(graceDays) is { } broken && broken <= asOf)
            {
                (dates ??= []).Add(broken);
            }
        }

        return (IReadOnlyList<LocalDate>?)dates ?? [];
    }

    internal static CaseHistory Replay(CaseEvent[] events, Currency currency, LocalDate openedOn, ValidationErrors errors)
    {
        var history = new CaseHistory(events.Length, currency);
        for (var i = 0; i < events.Length; i++)
        {
            var field = $"events[{i}]";
            var e = events[i];
            if (e.Date < openedOn)
            {
                errors.Add($"{field}.Date", e.Date, $"is before the case opened on {Iso.Date(openedOn)}", ErrorCodes.OutOfRange);
            }

            for (var j = 0; j < i; j++)
            {
                if (events[j].Equals(e))
                {
                    errors.Add(field, e.Describe(null), $"repeats events[{j}]; give a Reference to tell two genuine ones apart", ErrorCodes.Conflict);
                    break;
                }
            }

            if (history.Refusal(e, currency) is { } why)
            {
                errors.Add(field, e.Describe(null), why, ErrorCodes.Conflict);
            }
            else
            {
                history.Apply(e);
            }

            history.StateAfter[i] = history.State;
        }

        return history;
    }

    /// <summary>Why the event is not allowed now, or null when it is.</summary>
    private string? Refusal(CaseEvent e, Currency currency)
    {
        if (Closed is { } closed)
        {
            return e is CaseReopened or SurveySent ? null : $"the case was closed ({closed.Outcome.Label}) on {Iso.Date(closed.Date)}: reopen it first";
        }

        if (Insolvency is not null && e is StepTaken or PromiseMade or PlanAgreed or InsolvencyOpened)
        {
            return "insolvency proceedings are open: individual pursuit stops (C. com. L622-21)";
        }

        return e switch
        {
            null => "must not be null",
            CaseReopened => "the case is not closed",
            ClaimFiled when Insolvency is null => "a proof of claim needs insolvency proceedings",
            StepTaken step => StepRefusal(step),
            PromiseMade { Amount: var amount } when amount.Currency != currency || !amount.IsPositive => $"the promised amount must be positive, in {currency.Code}",
            PaymentReceived { Amount: var amount } when amount.Currency != currency || !amount.IsPositive => $"the amount must be positive, in {currency.Code}",
            PromiseMade promise when promise.PromisedDate < promise.Date => "the promised date is before the promise",
            PlanAgreed { Plan: null } => "needs the plan",
            PlanAgreed { Plan.Total.Currency: var planCurrency } when planCurrency != currency => $"the plan must be in {currency.Code}",
            InsolvencyOpened { Notice: null } => "needs the published notice",
            DisputeRaised dispute when string.IsNullOrWhiteSpace(dispute.ItemId) => "needs the disputed item",
            DisputeRaised dispute when disputes.Contains(dispute.ItemId) => $"{dispute.ItemId} is already disputed",
            DisputeResolved dispute when !disputes.Contains(dispute.ItemId) => $"{dispute.ItemId} is not disputed",
            CaseClosed { Outcome: null } => "needs the outcome",
            _ => null,
        };
    }

    private string? StepRefusal(StepTaken step)
    {
        if (string.IsNullOrWhiteSpace(step.StepName) || step.Channel is null)
        {
            return "a step needs its name and the channel it went through";
        }

        return step.Kind switch
        {
            StepKind.Court when FirstFormalNotice is null => "a court filing follows a formal notice",
            _ when Stage is { } stage && stage >= StepKind.Agency && step.Kind < stage
                => $"the file is already {stage switch { StepKind.Court => "in court", StepKind.WriteOff => "proposed for a write-off", _ => "with an agency" }}: no {step.Kind} after it",
            _ => null,
        };
    }

    private void Apply(CaseEvent e)
    {
        switch (e)
        {
            case StepTaken step:
                LastStep = step;
                Stage = Stage is { } stage && stage > step.Kind ? stage : step.Kind;
                FirstFormalNotice ??= step.Kind == StepKind.FormalNotice ? step : null;
                (Promise, Plan) = (null, null);
                break;
            case PromiseMade promise:
                EndPromise(promise.Date);
                (Promise, paidSincePromise) = (promise, Money.Zero(promise.Amount.Currency));
                (promises ??= []).Add(new PromiseFate(promise));
                break;
            case PaymentReceived payment when Promise is { } promise:
                paidSincePromise += payment.Amount;
                if (paidSincePromise >= promise.Amount)
                {
                    promises![promises.Count - 1] = promises[promises.Count - 1] with { KeptOn = payment.Date };
                    Promise = null;
                }

                break;
            case PlanAgreed plan:
                EndPromise(plan.Date);
                (Plan, Promise) = (plan, null);
                break;
            case DisputeRaised dispute:
                disputes.Add(dispute.ItemId);
                break;
            case DisputeResolved dispute:
                disputes.Remove(dispute.ItemId);
                break;
            case InsolvencyOpened insolvency:
                EndPromise(insolvency.Date);
                (Insolvency, Promise, Plan) = (insolvency, null, null);
                break;
            case ClaimFiled:
                HasFiledClaim = true;
                break;
            case CaseClosed closed:
                EndPromise(closed.Date);
                (Closed, Promise, Plan) = (closed, null, null);
                break;
            case CaseReopened:
                Closed = null;
                break;
        }

        State = Derive();
    }

    /// <summary>The promise still standing is replaced on <paramref name="date"/>: it can break no more after it.</summary>
    private void EndPromise(LocalDate date)
    {
        if (Promise is not null)
        {
            promises![promises.Count - 1] = promises[promises.Count - 1] with { ReplacedOn = date };
        }
    }

    private CaseState Derive() => this switch
    {
        { Closed: { } closed } => closed.Outcome.State,
        { Insolvency: not null } => CaseState.InInsolvency,
        { Plan: not null } => CaseState.InPlan,
        { Promise: not null } => CaseState.Promised,
        { disputes.Count: > 0 } => CaseState.Disputed,
        _ => Stage switch
        {
            StepKind.WriteOff => CaseState.WriteOffProposed,
            StepKind.Court => CaseState.InCourt,
            StepKind.Agency => CaseState.WithAgency,
            StepKind.FormalNotice => CaseState.FormalNotice,
            StepKind.Reminder => CaseState.Reminding,
            _ => CaseState.Open,
        },
    };

    /// <summary>What became of a promise: kept on a day, replaced on a day, or neither.</summary>
    private readonly record struct PromiseFate(PromiseMade Promise)
    {
        internal LocalDate? KeptOn { get; init; }

        internal LocalDate? ReplacedOn { get; init; }

        /// <summary>The day after the promised date plus grace, when the promise was neither kept nor replaced by then.</summary>
        internal LocalDate? BrokenOn(int graceDays)
        {
            var end = Promise.PromisedDate.PlusDays(graceDays);
            return KeptOn <= end || ReplacedOn <= end ? null : end.PlusDays(1);
        }
    }
}
