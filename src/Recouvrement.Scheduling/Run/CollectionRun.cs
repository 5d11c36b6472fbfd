using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Ardalis.Result;
using NodaTime;
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
}
