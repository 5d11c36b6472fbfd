using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Ardalis.Result;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Internal;
using Recouvrement.Reasons;
#if NET8_0_OR_GREATER
using System.Runtime.CompilerServices;
using System.Threading;
#endif

namespace Recouvrement.Scheduling;

/// <summary>
/// The collection run (<i>campagne de relance</i>, the ERPs' dunning run): a portfolio streamed in and a run date → the
/// stream of actions due — steps to take, collectors' tasks, claims to file, cases to close, surveys to send, fixed
/// compensation and interest to post —, each with the debtor's unpaid reason and the ladder it follows.
/// </summary>
/// <remarks>
/// The run reads a batch of entries at a time, so memory does not grow with the portfolio; a batch may be processed in
/// parallel, the actions always come out in the portfolio's order. It records nothing: the same data and date give the
/// same actions, and once the host records what it did (events on the cases, charges on the accounts) nothing is asked
/// twice. An entry that fails validation becomes a <see cref="RunActionKind.Problem"/> naming it, and the run goes on.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed partial class CollectionRun
{
    private readonly DebtorLaw.Book laws;

    private CollectionRun(CollectionRunOptions options) => (Options, laws) = (options, new DebtorLaw.Book(options));

    /// <summary>Gets the options.</summary>
    public CollectionRunOptions Options { get; }

    /// <summary>Creates a run.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The run, or an invalid result naming every bad option.</returns>
    public static Result<CollectionRun> Create(CollectionRunOptions? options)
    {
        var problems = new ValidationErrors();
        if (options is null)
        {
            problems.Add(nameof(options), null, "must be given", ErrorCodes.Required);
            return problems.ToResult<CollectionRun>(() => null!);
        }

        foreach (var (field, value) in new (string, object?)[]
        {
            (nameof(options.Ladders), options.Ladders),
            (nameof(options.Decider), options.Decider),
            (nameof(options.Classifier), options.Classifier),
            (nameof(options.TimeZone), options.TimeZone),
            (nameof(options.AgingBuckets), options.AgingBuckets),
            (nameof(options.RatesConfirmedUntil), options.RatesConfirmedUntil),
        })
        {
            if (value is null)
            {
                problems.Add(field, null, "must be given", ErrorCodes.Required);
            }
        }

        if (options.BatchSize < 1 || options.MaxDegreeOfParallelism < 1)
        {
            problems.Add(nameof(options.BatchSize), $"{options.BatchSize} per batch, {options.MaxDegreeOfParallelism} threads", "needs at least one entry per batch and one thread", ErrorCodes.OutOfRange);
        }

        if (options.MinimumInterestPosting < 0m)
        {
            problems.Add(nameof(options.MinimumInterestPosting), options.MinimumInterestPosting, "must not be negative", ErrorCodes.OutOfRange);
        }

        return problems.ToResult(() => new CollectionRun(options));
    }

    /// <summary>Runs over a portfolio.</summary>
    /// <param name="portfolio">The entries, read once, a batch at a time.</param>
    /// <param name="runDate">The run date.</param>
    /// <param name="tally">Adds up the run as it goes, when given.</param>
    /// <returns>The actions due, in the portfolio's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is null.</exception>
    public IEnumerable<RunAction> Execute(IEnumerable<PortfolioEntry?> portfolio, LocalDate runDate, RunTally? tally = null)
    {
        _ = portfolio ?? throw new ArgumentNullException(nameof(portfolio));
        return Batches(portfolio, runDate, tally);
    }

#if NET8_0_OR_GREATER
    /// <summary>Runs over a portfolio read asynchronously (from a database, a file, a queue).</summary>
    /// <param name="portfolio">The entries, read once, a batch at a time.</param>
    /// <param name="runDate">The run date.</param>
    /// <param name="tally">Adds up the run as it goes, when given.</param>
    /// <param name="cancellationToken">Stops the run between batches.</param>
    /// <returns>The actions due, in the portfolio's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is null.</exception>
    public async IAsyncEnumerable<RunAction> ExecuteAsync(IAsyncEnumerable<PortfolioEntry?> portfolio, LocalDate runDate, RunTally? tally = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        tally?.Start(runDate, Options.AgingBuckets);
        var batch = new Batch(Options.BatchSize);
        await foreach (var entry in portfolio.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (batch.Add(entry))
            {
                foreach (var action in Process(batch.Flush(), runDate, tally))
                {
                    yield return action;
                }
            }
        }

        foreach (var action in Process(batch.Flush(), runDate, tally))
        {
            yield return action;
        }
    }
#endif

    private IEnumerable<RunAction> Batches(IEnumerable<PortfolioEntry?> portfolio, LocalDate runDate, RunTally? tally)
    {
        tally?.Start(runDate, Options.AgingBuckets);
        if (Options.MaxDegreeOfParallelism == 1)
        {
            // One entry at a time: nothing is held while the next entry is read, so young objects die young.
            var index = 0;
            foreach (var entry in portfolio)
            {
                var result = Entry(entry, index++, runDate);
                tally?.Entry(result.Statement);
                for (var i = 0; i < result.Actions.Count; i++)
                {
                    tally?.Add(result.Actions[i]);
                    yield return result.Actions[i];
                }
            }

            yield break;
        }

        var batch = new Batch(Options.BatchSize);
        foreach (var entry in portfolio)
        {
            if (batch.Add(entry))
            {
                foreach (var action in Process(batch.Flush(), runDate, tally))
                {
                    yield return action;
                }
            }
        }

        foreach (var action in Process(batch.Flush(), runDate, tally))
        {
            yield return action;
        }
    }

    private IEnumerable<RunAction> Process((List<PortfolioEntry?> Entries, int Offset) taken, LocalDate runDate, RunTally? tally)
    {
        var (batch, offset) = taken;
        var results = new EntryResult[batch.Count];
        if (Options.MaxDegreeOfParallelism == 1 || batch.Count < 2)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                results[i] = Entry(batch[i], offset + i, runDate);
            }
        }
        else
        {
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism }, i => results[i] = Entry(batch[i], offset + i, runDate));
        }

        foreach (var result in results)
        {
            tally?.Entry(result.Statement);
            for (var i = 0; i < result.Actions.Count; i++)
            {
                tally?.Add(result.Actions[i]);
                yield return result.Actions[i];
            }
        }
    }

    private EntryResult Entry(PortfolioEntry? entry, int index, LocalDate runDate)
    {
        if (entry?.Account is not { } account)
        {
            return new EntryResult(null, [new RunAction($"#{index}", RunActionKind.Problem, runDate, default) { Problem = $"portfolio entry {index} has no account", RunDate = runDate }]);
        }

        var statement = account.AsOf(runDate);
        if (!laws.TryFind(account.Debtor, out var law))
        {
            return new EntryResult(statement, [Problem(statement, runDate, string.Join("; ", Options.Jurisdictions!.Resolve(account.Debtor).ValidationErrors.Select(e => e.ErrorMessage)))]);
        }

        var actions = new List<RunAction>(8);
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
            var decision = Options.Decider.Decide(new CaseDecisionRequest(collectionCase, statement, ladder)
            {
                Classification = classification,
                Calendar = law.Calendar,
                PenaltyRule = rule,
                Limitation = limitation,
            });
            if (!decision.IsSuccess)
            {
                actions.Add(Problem(statement, runDate, $"case {collectionCase?.Id}: " + string.Join("; ", decision.ValidationErrors.Select(e => e.ErrorMessage))));
                continue;
            }

            if (decision.Value.PenaltyHolds.Count > 0)
            {
                (penaltyHolds ??= []).AddRange(decision.Value.PenaltyHolds);
            }

            var caseActions = decision.Value.Actions;
            for (var a = 0; a < caseActions.Count; a++)
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

            Explain(decision.Value, account.Debtor.Id, collectionCase, reason, ladder.Name, actions);
            if (account.Debtor.Kind.IsConsumer && law.ConsumerProtection is { CollectionCosts: not null } protection)
            {
                var held = decision.Value.PenaltyHolds.Count > 0 || decision.Value.Holds.Any(h => h.Kind == HoldKind.Promise);
                CollectionCosts(account, statement, collectionCase, protection, held, shared, actions);
            }
        }

        if (rule is not null)
        {
            Penalties(account, statement, cases, rule, penaltyHolds, shared, actions);
        }

        return new EntryResult(statement, actions);
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
        for (var i = 0; i < statement.Items.Count; i++)
        {
            var item = statement.Items[i];
            opened = item.Open.IsPositive && item.DueDate < opened ? item.DueDate : opened;
        }

        return CollectionCase.Create(statement.Debtor.Id, statement.Debtor.Id, statement.Currency, opened).Value;
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
        foreach (var hold in decision.Holds)
        {
            if (hold.Kind != HoldKind.Closed)
            {
                actions.Add(new RunAction(debtorId, RunActionKind.CaseHeld, decision.AsOf, hold.Amount ?? Money.Zero(collectionCase.Currency))
                {
                    Case = collectionCase, Hold = hold, Reason = reason, Segment = segment, RunDate = decision.AsOf,
                });
            }
        }

        foreach (var skipped in decision.Skipped)
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

    /// <summary>The entries read but not yet processed; a new list each time, as the actions yielded may still be read.</summary>
    private sealed class Batch(int size)
    {
        private List<PortfolioEntry?> entries = new(size);
        private int offset;

        /// <summary>Adds an entry; true when the batch is full.</summary>
        internal bool Add(PortfolioEntry? entry)
        {
            entries.Add(entry);
            return entries.Count == size;
        }

        internal (List<PortfolioEntry?> Entries, int Offset) Flush()
        {
            var taken = (entries, offset);
            (offset, entries) = (offset + entries.Count, new List<PortfolioEntry?>(size));
            return taken;
        }
    }

    private readonly record struct EntryResult(AccountStatement? Statement, IReadOnlyList<RunAction> Actions);
}
