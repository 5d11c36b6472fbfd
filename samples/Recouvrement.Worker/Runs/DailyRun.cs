using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using Npgsql;
using Recouvrement.Scheduling;
using Recouvrement.Worker.Database;
using Recouvrement.Worker.Hosting;
using Recouvrement.Worker.Ledger;
using Recouvrement.Worker.Telemetry;

namespace Recouvrement.Worker.Runs;

/// <summary>
/// One tenant's collection run of one day, on this instance: plan the day's partitions (or find them planned), claim
/// them one at a time until every one is finished — by this instance or another —, and for each customer of a claimed
/// partition run, apply and store in one transaction.
/// </summary>
internal sealed class DailyRun(NpgsqlDataSource database, WorkerTenants tenants, IServiceProvider services, IOptions<WorkerOptions> options, JsonSerializerOptions json, WorkerMetrics metrics, ILogger<DailyRun> logger)
{
    /// <summary>The outcome of a customer another instance had processed already.</summary>
    private const string Taken = "taken";

    private readonly WorkerOptions settings = options.Value;

    /// <summary>Runs the tenant's day to its end.</summary>
    /// <returns>What this instance did; nothing when the day was finished already.</returns>
    internal async Task<DayTally> RunAsync(string tenant, LocalDate date, CancellationToken cancellationToken)
    {
        var day = new DayPartitions(database, tenant, date, settings.Name);
        var tally = new DayTally();
        if (await day.IsFinishedAsync(cancellationToken).ConfigureAwait(false))
        {
            Log.DayDoneAlready(logger, tenant, date);
            return tally;
        }

        var clock = Stopwatch.StartNew();
        var partitions = await day.PlanAsync(settings.PartitionSize, cancellationToken).ConfigureAwait(false);
        Log.DayStarted(logger, tenant, date, partitions, settings.PartitionSize);
        var work = new PartitionWork(tenant, date, tenants.Run(services, tenant), new EntryStore(tenant, date, settings.Name, json), tally, settings.Parallelism);
        await Task.WhenAll(Enumerable.Range(0, settings.Parallelism).Select(_ => ClaimLoopAsync(day, work, cancellationToken))).ConfigureAwait(false);
        Log.DayFinished(logger, tenant, date, tally.Entries, tally.Actions, tally.Problems, clock.Elapsed);
        return tally;
    }

    private async Task ClaimLoopAsync(DayPartitions day, PartitionWork work, CancellationToken cancellationToken)
    {
        var waiting = false;
        while (true)
        {
            await using var claim = await day.ClaimAsync(cancellationToken).ConfigureAwait(false);
            if (claim is null)
            {
                // Nothing left to claim: the last of this instance's loops stays to see the day finished; the others end.
                if ((!waiting && Interlocked.Decrement(ref work.Loops) > 0) || await day.FinishAsync(cancellationToken).ConfigureAwait(false))
                {
                    return;
                }

                // Another instance holds the last partitions: wait, and take over any whose instance died.
                waiting = true;
                await Task.Delay(settings.ClaimRetry.ToTimeSpan(), cancellationToken).ConfigureAwait(false);
                continue;
            }

            var clock = Stopwatch.StartNew();
            var entries = await ProcessAsync(claim.Range, work, cancellationToken).ConfigureAwait(false);
            await claim.FinishAsync(entries, cancellationToken).ConfigureAwait(false);
            metrics.Partition(work.Tenant, clock.Elapsed);
            Log.PartitionFinished(logger, work.Tenant, claim.Range.Partition, work.Date, entries);
        }
    }

    /// <summary>Runs every customer of the range not processed yet; returns how many there were.</summary>
    private async Task<int> ProcessAsync(CustomerRange range, PartitionWork work, CancellationToken cancellationToken)
    {
        var (tenant, date, store) = (work.Tenant, work.Date, work.Store);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var (ledgers, orphans) = await PartitionReader.ReadAsync(connection, tenant, date, range, cancellationToken).ConfigureAwait(false);
        if (orphans.Count > 0)
        {
            await store.OrphansAsync(connection, orphans, cancellationToken).ConfigureAwait(false);
            foreach (var (customer, problem) in orphans)
            {
                Reported(tenant, customer, problem, work.Tally);
            }
        }

        var quiet = new List<string>();
        var one = new PortfolioEntry?[1];
        foreach (var ledger in ledgers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var customer = ledger.Customer.CustomerNo;
            var (entry, problems) = ledger.ToEntry(json);
            if (entry is null)
            {
                await RejectAsync(connection, customer, problems, work, cancellationToken).ConfigureAwait(false);
                continue;
            }

            one[0] = entry;
            var actions = work.Run.Execute(one, date).ToList();
            if (actions.Count == 0)
            {
                quiet.Add(customer);
                continue;
            }

            var applied = entry.Apply(actions);
            if (!applied.IsSuccess)
            {
                var refused = applied.ValidationErrors.Select(e => new RowProblem("recouvrement.actions", customer, e.ErrorMessage)).ToList();
                await RejectAsync(connection, customer, refused, work, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var stored = await store.StoreAsync(connection, customer, actions, applied.Value, cancellationToken).ConfigureAwait(false);
            Outcome(tenant, customer, stored ? "stored" : Taken);
            if (stored)
            {
                work.Tally.Add(actions.Count);
                foreach (var action in actions)
                {
                    metrics.Action(tenant, action.Kind.Name);
                }
            }
        }

        await store.MarkQuietAsync(connection, quiet, cancellationToken).ConfigureAwait(false);
        foreach (var customer in quiet)
        {
            Outcome(tenant, customer, "quiet");
        }

        work.Tally.Processed(ledgers.Count);
        return ledgers.Count;
    }

    /// <summary>Records why the customer was not run, and marks it processed.</summary>
    private async Task RejectAsync(NpgsqlConnection connection, string customer, IReadOnlyList<RowProblem> problems, PartitionWork work, CancellationToken cancellationToken)
    {
        if (!await work.Store.RejectAsync(connection, customer, problems, cancellationToken).ConfigureAwait(false))
        {
            Outcome(work.Tenant, customer, Taken);
            return;
        }

        Outcome(work.Tenant, customer, "rejected");
        foreach (var problem in problems)
        {
            Reported(work.Tenant, customer, problem, work.Tally);
        }
    }

    private void Outcome(string tenant, string customer, string outcome)
    {
        metrics.Entry(tenant, outcome);
        if (outcome == Taken)
        {
            Log.TakenElsewhere(logger, tenant, customer);
        }
    }

    private void Reported(string tenant, string customer, RowProblem problem, DayTally tally)
    {
        metrics.Problem(tenant, problem.Table);
        tally.Problem();
        Log.RowProblem(logger, tenant, problem.Table, problem.Key, problem.Message, customer);
    }

    /// <summary>What every partition of one tenant's day shares, and how many of this instance's loops still claim partitions.</summary>
    private sealed class PartitionWork(string tenant, LocalDate date, CollectionRun run, EntryStore store, DayTally tally, int loops)
    {
        internal int Loops = loops;

        internal string Tenant { get; } = tenant;

        internal LocalDate Date { get; } = date;

        internal CollectionRun Run { get; } = run;

        internal EntryStore Store { get; } = store;

        internal DayTally Tally { get; } = tally;
    }
}
