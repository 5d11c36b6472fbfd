using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Ardalis.Result;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Internal;
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

        if (options.BatchSize < 1)
        {
            problems.Add(nameof(options.BatchSize), options.BatchSize, "must be at least 1 entry per batch", ErrorCodes.OutOfRange);
        }

        if (options.MaxDegreeOfParallelism < 1)
        {
            problems.Add(nameof(options.MaxDegreeOfParallelism), options.MaxDegreeOfParallelism, "must be at least 1 thread", ErrorCodes.OutOfRange);
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
        var batch = NewBatch();
        await foreach (var entry in portfolio.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (batch.Add(entry))
            {
                batch.Process(this, runDate, tally);
                while (batch.Next(out var action))
                {
                    yield return action;
                }
            }
        }

        batch.Process(this, runDate, tally);
        while (batch.Next(out var last))
        {
            yield return last;
        }
    }
#endif

    private IEnumerable<RunAction> Batches(IEnumerable<PortfolioEntry?> portfolio, LocalDate runDate, RunTally? tally)
    {
        tally?.Start(runDate, Options.AgingBuckets);
        var batch = NewBatch();
        foreach (var entry in portfolio)
        {
            if (batch.Add(entry))
            {
                batch.Process(this, runDate, tally);
                while (batch.Next(out var action))
                {
                    yield return action;
                }
            }
        }

        batch.Process(this, runDate, tally);
        while (batch.Next(out var last))
        {
            yield return last;
        }
    }

    // On one thread, one entry at a time: nothing is held while the next entry is read, so young objects die young.
    private Batch NewBatch() => new(Options.MaxDegreeOfParallelism == 1 ? 1 : Options.BatchSize);

    /// <summary>
    /// The entries read but not yet processed, then each one's statement and actions. Its tables serve every batch of a
    /// run in turn: a batch's actions are all yielded before the next batch is read.
    /// </summary>
    private sealed class Batch(int size)
    {
        private readonly List<PortfolioEntry?> entries = new(size);
        private readonly AccountStatement?[] statements = new AccountStatement?[size];
        private readonly List<RunAction>?[] actions = new List<RunAction>?[size];
        private readonly Stack<RunTally> shares = new();
        private int offset;
        private int reading;
        private int nextAction;

        /// <summary>Adds an entry; true when the batch is full.</summary>
        internal bool Add(PortfolioEntry? entry)
        {
            entries.Add(entry);
            return entries.Count == size;
        }

        /// <summary>Works out every entry's statement and actions, and adds them to the tally.</summary>
        internal void Process(CollectionRun run, LocalDate runDate, RunTally? tally)
        {
            if (run.Options.MaxDegreeOfParallelism == 1 || entries.Count < 2)
            {
                for (var i = 0; i < entries.Count; i++)
                {
                    Process(run, i, runDate);
                    tally?.Entry(statements[i], actions[i]!);
                }
            }
            else
            {
                InParallel(run, runDate, tally);
            }
        }

        /// <summary>The next action in the portfolio's order; false once all were read.</summary>
        internal bool Next(out RunAction action)
        {
            while (reading < entries.Count)
            {
                var list = actions[reading]!;
                if (nextAction < list.Count)
                {
                    action = list[nextAction++];
                    return true;
                }

                (reading, nextAction) = (reading + 1, 0);
            }

            Clear();
            action = null!;
            return false;
        }

        private void Process(CollectionRun run, int i, LocalDate runDate)
            => statements[i] = run.Entry(entries[i], offset + i, runDate, actions[i] ??= new List<RunAction>(8));

        /// <summary>
        /// Shares the batch out among the threads; each adds up its entries in a share of the tally, added in when the
        /// thread is done, so that no thread waits on another's counting.
        /// </summary>
        private void InParallel(CollectionRun run, LocalDate runDate, RunTally? tally)
            => Parallel.For(
                0,
                entries.Count,
                new ParallelOptions { MaxDegreeOfParallelism = run.Options.MaxDegreeOfParallelism },
                () => tally is null ? null : TakeShare(tally),
                (i, _, share) =>
                {
                    Process(run, i, runDate);
                    share?.Entry(statements[i], actions[i]!);
                    return share;
                },
                share =>
                {
                    if (share is not null)
                    {
                        lock (shares)
                        {
                            tally!.AddShare(share);
                            shares.Push(share);
                        }
                    }
                });

        private RunTally TakeShare(RunTally tally)
        {
            lock (shares)
            {
                return shares.Count > 0 ? shares.Pop() : tally.Share();
            }
        }

        private void Clear()
        {
            for (var i = 0; i < entries.Count; i++)
            {
                statements[i] = null;
                actions[i]!.Clear();
            }

            offset += entries.Count;
            (reading, nextAction) = (0, 0);
            entries.Clear();
        }
    }
}
