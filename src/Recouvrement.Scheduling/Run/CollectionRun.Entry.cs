using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Reasons;

namespace Recouvrement.Scheduling;

/// <summary>The run's work for one entry: statement, reason, ladder, decisions, penalties and costs, as actions.</summary>
public sealed partial class CollectionRun
{
    /// <summary>Adds the entry's actions to <paramref name="actions"/>, and returns its statement (none when it has no account).</summary>
    private AccountStatement? Entry(PortfolioEntry? entry, int index, LocalDate runDate, List<RunAction> actions)
    {
        if (entry?.Account is not { } account)
        {
            actions.Add(new RunAction($"#{index}", RunActionKind.Problem, runDate, default) { Problem = $"portfolio entry {index} has no account", RunDate = runDate });
            return null;
        }

        var statement = account.AsOf(runDate);
        if (!laws.TryFind(account.Debtor, out var law))
        {
            actions.Add(Problem(statement, runDate, string.Join("; ", Options.Jurisdictions!.Resolve(account.Debtor).ValidationErrors.Select(e => e.ErrorMessage))));
            return statement;
        }

        var classification = Classify(entry, statement, actions);
        var reason = classification?.Primary.Reason;
        var ladder = law.Ladders.Select(account.Debtor.Kind, statement.Overdue, reason);
        var cases = entry.Cases ?? [];
        if (cases.Count == 0 && statement.Open.IsPositive)
        {
            cases = [NewCase(statement)];
        }

        var rule = law.RuleFor(account.Debtor);
        var limitation = law.LimitationFor(account.Debtor);
        List<PenaltyHold>? penaltyHolds = null;

        var shared = new SharedByActions(account.Debtor.Id, reason, ladder.Name, runDate);
        for (var c = 0; c < cases.Count; c++)
        {
            var collectionCase = cases[c];
            // The classification, not the bare reason: a dispute or a hardship known from the signals pauses what it concerns.
            var request = new CaseDecisionRequest(collectionCase, statement, ladder)
            {
                Classification = classification,
                Calendar = law.Calendar,
                PenaltyRule = rule,
                Limitation = limitation,
            };
            if (Options.Decider.Decide(request, out var errors) is not { } decision)
            {
                actions.Add(Problem(statement, runDate, $"case {collectionCase?.Id}: " + string.Join("; ", errors!.ToInvalid<CaseDecision>().ValidationErrors.Select(e => e.ErrorMessage))));
                continue;
            }

            if (decision.PenaltyHoldArray.Length > 0)
            {
                (penaltyHolds ??= []).AddRange(decision.PenaltyHoldArray);
            }

            var caseActions = decision.ActionArray;
            for (var a = 0; a < caseActions.Length; a++)
            {
                var action = caseActions[a];
                var caseAction = new RunAction(account.Debtor.Id, RunActionKind.Case, action.DueOn, action.Amount)
                {
                    Case = collectionCase,
                    CaseAction = action,
                    Reason = reason,
                    Segment = ladder.Name,
                    NotBefore = NotBefore(law, action, runDate),
                    RunDate = runDate,
                };
                actions.Add(caseAction);

                // The fee goes with the step: posted when the step is, so never twice.
                if (action.Kind == CaseActionKind.TakeStep && action.Step?.Fee is { IsPositive: true } fee)
                {
                    actions.Add(caseAction with { Kind = RunActionKind.PostFee, Amount = fee, NotBefore = null });
                }
            }

            Explain(decision, account.Debtor.Id, collectionCase, reason, ladder.Name, actions);
            if (account.Debtor.Kind.IsConsumer && law.ConsumerProtection is { CollectionCosts: not null } protection)
            {
                var held = decision.PenaltyHoldArray.Length > 0 || Array.Exists(decision.HoldArray, h => h.Kind == HoldKind.Promise);
                CollectionCosts(account, statement, collectionCase, protection, held, shared, actions);
            }
        }

        if (rule is not null)
        {
            Penalties(account, statement, cases, rule, penaltyHolds, shared, actions);
        }

        return statement;
    }

    private ReasonClassification? Classify(PortfolioEntry entry, AccountStatement statement, List<RunAction> actions)
    {
        var signals = WithBrokenPromises(entry, statement.AsOf);
        if (signals.Count == 0 && !statement.Overdue.IsPositive)
        {
            return null;
        }

        var classified = Options.Classifier.Classify(signals, ReasonContext.Of(statement));
        if (classified.IsSuccess)
        {
            return classified.Value;
        }

        actions.Add(Problem(statement, statement.AsOf, "signals: " + string.Join("; ", classified.ValidationErrors.Select(e => e.ErrorMessage))));
        return null;
    }

    /// <summary>
    /// The entry's signals and a <see cref="PromiseBroken"/> for each promise its cases record as broken, unless the
    /// signals already hold one that day: a debtor who breaks promises is classified so whether the host reports it or not.
    /// </summary>
    private IReadOnlyList<ReasonSignal> WithBrokenPromises(PortfolioEntry entry, LocalDate asOf)
    {
        var signals = entry.Signals ?? [];
        List<ReasonSignal>? all = null;
        var cases = entry.Cases ?? [];
        for (var c = 0; c < cases.Count; c++)
        {
            var broken = cases[c]?.BrokenPromises(asOf, Options.Decider.Policy.PromiseGraceDays) ?? [];
            for (var b = 0; b < broken.Count; b++)
            {
                if (!Reported(signals, broken[b]))
                {
                    (all ??= [.. signals]).Add(new PromiseBroken(broken[b]));
                }
            }
        }

        return (IReadOnlyList<ReasonSignal>?)all ?? signals;
    }

    /// <summary>Whether the signals hold a broken promise on <paramref name="day"/>.</summary>
    private static bool Reported(IReadOnlyList<ReasonSignal> signals, LocalDate day)
    {
        for (var i = 0; i < signals.Count; i++)
        {
            if (signals[i] is PromiseBroken && signals[i].Date == day)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A case for the whole account, opened on the oldest open due date (or the run date, if later).</summary>
    private static CollectionCase NewCase(AccountStatement statement)
    {
        var opened = statement.AsOf;
        for (var i = 0; i < statement.ItemArray.Length; i++)
        {
            var item = statement.ItemArray[i];
            opened = item.Open.IsPositive && item.DueDate < opened ? item.DueDate : opened;
        }

        return CollectionCase.Open(statement.Debtor.Id, statement.Debtor.Id, statement.Currency, opened);
    }

    /// <summary>The first instant the action's channel may reach the debtor on the run date, in the debtor's time zone.</summary>
    private static ZonedDateTime? NotBefore(DebtorLaw law, CaseAction action, LocalDate runDate)
    {
        if (law.ContactHours is not { } hours || action.Channel?.Reaches is not { } channel || hours.WindowOf(channel) is null)
        {
            return null;
        }

        var zone = law.TimeZone;
        return hours.NextAllowed(channel, runDate.AtStartOfDayInZone(zone).ToInstant(), zone);
    }

    /// <summary>Says why a case gets no step today: its holds (but that it is closed) and the steps passed over for its amount or its history.</summary>
    private static void Explain(CaseDecision decision, string debtorId, CollectionCase collectionCase, UnpaidReason? reason, string segment, List<RunAction> actions)
    {
        foreach (var hold in decision.HoldArray)
        {
            if (hold.Kind != HoldKind.Closed)
            {
                actions.Add(new RunAction(debtorId, RunActionKind.CaseHeld, decision.AsOf, hold.Amount ?? Money.Zero(collectionCase.Currency))
                {
                    Case = collectionCase, Hold = hold, Reason = reason, Segment = segment, RunDate = decision.AsOf,
                });
            }
        }

        foreach (var skipped in decision.SkippedArray)
        {
            // A step for other debtors or reasons, or a pre-due reminder once the due date passed, explains nothing.
            if (skipped.Cause == SkipCause.DueDatePassed || skipped.Cause == SkipCause.OtherDebtorKind || skipped.Cause == SkipCause.OtherReason)
            {
                continue;
            }

            actions.Add(new RunAction(debtorId, RunActionKind.StepSkipped, decision.AsOf, Money.Zero(collectionCase.Currency))
            {
                Case = collectionCase, Skipped = skipped, Reason = reason, Segment = segment, RunDate = decision.AsOf,
            });
        }
    }

    private static RunAction Problem(AccountStatement statement, LocalDate runDate, string problem)
        => new(statement.Debtor.Id, RunActionKind.Problem, runDate, Money.Zero(statement.Currency)) { Problem = problem, RunDate = runDate };
}
