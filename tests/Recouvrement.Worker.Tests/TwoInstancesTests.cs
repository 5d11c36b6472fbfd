using System.Diagnostics;
using NodaTime;
using Npgsql;
using Recouvrement.Scheduling;
using Recouvrement.Worker.Demo;

namespace Recouvrement.Worker.Tests;

/// <summary>
/// Two worker processes on one database share a day through PostgreSQL alone; one is killed mid-run and the other
/// finishes its part: every customer is processed exactly once and every action is stored once.
/// </summary>
[Collection(PostgresTests.Name)]
public sealed class TwoInstancesTests(PostgresServer server)
{
    private const int Accounts = 2_000;
    private static readonly LocalDate Day = new(2026, 2, 2);

    [PostgresFact]
    public async Task Two_instances_share_the_day_without_processing_a_customer_twice()
    {
        var (connectionString, reference) = await Prepare();
        using var a = WorkerProcess.Once(connectionString, "A", Day);
        using var b = WorkerProcess.Once(connectionString, "B", Day);

        await a.SucceedsAsync();
        await b.SucceedsAsync();
        await AssertExactlyOnce(connectionString, reference, ["A", "B"]);
    }

    [PostgresFact]
    public async Task An_instance_killed_mid_run_leaves_its_partition_to_the_other()
    {
        var (connectionString, reference) = await Prepare();
        using var a = WorkerProcess.Once(connectionString, "A", Day);
        using var b = WorkerProcess.Once(connectionString, "B", Day);

        // Killed while it holds a partition it has stored customers of, perhaps inside a customer's transaction.
        await WaitUntil(async () => await InUnfinishedPartitions(connectionString, "A") > 0, a);
        a.Kill();

        await b.SucceedsAsync();
        await AssertExactlyOnce(connectionString, reference, ["A", "B"]);

        // B took over the partition A died in: it finished a partition A had begun.
        Assert.True(await InPartitionsFinishedBy(connectionString, customersOf: "A", finishedBy: "B") > 0);
    }

    private async Task<(string ConnectionString, ReferenceRun Reference)> Prepare()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var worker = new WorkerHarness(connectionString);
        await worker.MigrateAsync();
        var ledger = DemoLedger.Generate(Accounts, seed: 11, Day.PlusDays(-200), Day, worker.Json);
        await worker.InsertAsync(ledger);
        var reference = new ReferenceRun(worker.Get<CollectionRun>(), worker.Json, ledger.Customers);
        reference.Arrive(ledger);
        reference.Run(Day);
        return (connectionString, reference);
    }

    private static async Task AssertExactlyOnce(string connectionString, ReferenceRun reference, string[] workers)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        Assert.Equal(Accounts, (await Sql.Column<long>(connection, "SELECT count(*) FROM recouvrement.processed_entries")).Single());
        Assert.True((await Sql.Column<bool>(connection, "SELECT finished_at IS NOT NULL FROM recouvrement.runs")).Single());

        // Both took part: the day was shared, not run by whichever came first.
        var by = await Sql.Column<string>(connection, "SELECT DISTINCT worker FROM recouvrement.processed_entries ORDER BY 1");
        Assert.Equal(workers, by);

        var keys = await Sql.Column<string>(connection, "SELECT action_key FROM recouvrement.actions");
        Assert.Equal(reference.ActionKeys.Count, keys.Count);
        Assert.True(reference.ActionKeys.SetEquals(keys));
        var events = await Sql.Column<string>(connection, "SELECT case_id || '|' || reference || '|' || ordinal FROM recouvrement.case_events");
        Assert.True(reference.Events.SetEquals(events));
        Assert.Equal(reference.Charges.Count, (await Sql.Column<long>(connection, "SELECT count(*) FROM recouvrement.charges")).Single());
    }

    /// <summary>How many customers <paramref name="worker"/> stored in partitions not finished yet.</summary>
    private static Task<long> InUnfinishedPartitions(string connectionString, string worker)
        => CountInPartitions(connectionString, "p.finished_at IS NULL AND e.worker = $1", worker);

    /// <summary>How many customers one instance stored in partitions another instance finished.</summary>
    private static Task<long> InPartitionsFinishedBy(string connectionString, string customersOf, string finishedBy)
        => CountInPartitions(connectionString, "e.worker = $1 AND p.worker = $2", customersOf, finishedBy);

    private static async Task<long> CountInPartitions(string connectionString, string condition, params string[] workers)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"""
            SELECT count(*) FROM recouvrement.processed_entries e
            JOIN recouvrement.run_partitions p ON p.tenant_id = e.tenant_id AND p.run_date = e.run_date
                AND (p.first_customer IS NULL OR e.customer_no >= p.first_customer) AND (p.next_customer IS NULL OR e.customer_no < p.next_customer)
            WHERE {condition}
            """,
            connection);
        foreach (var worker in workers)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = worker });
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task WaitUntil(Func<Task<bool>> condition, WorkerProcess process)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2) && !process.HasExited, $"the worker never got there: {process.Output}");
            await Task.Delay(20);
        }
    }
}
