using NodaTime;
using Npgsql;
using Recouvrement.Scheduling;
using Recouvrement.Worker.Demo;

namespace Recouvrement.Worker.Tests;

/// <summary>
/// Sixty days of a 1,000-account portfolio on a real PostgreSQL, payments and new invoices arriving every day, with
/// crashes injected between two customers: the database ends holding exactly what the same days run in memory give.
/// </summary>
[Collection(PostgresTests.Name)]
public sealed class SixtyDaysTests(PostgresServer server)
{
    private const int Accounts = 1_000;
    private const int Days = 60;
    private static readonly LocalDate Start = new(2026, 1, 5);

    [PostgresFact]
    public async Task Sixty_days_with_crashes_store_every_action_charge_and_event_once()
    {
        await using var worker = new WorkerHarness(await server.CreateDatabaseAsync());
        await worker.MigrateAsync();
        var ledger = DemoLedger.Generate(Accounts, seed: 7, Start.PlusDays(-180), Start.PlusDays(Days), worker.Json);
        var reference = new ReferenceRun(worker.Get<CollectionRun>(), worker.Json, ledger.Customers);
        await worker.InsertAsync(ledger with { Invoices = [], Payments = [], Signals = [] });

        var crashes = new Dictionary<int, int> { [3] = 1, [17] = 250, [41] = 500 };
        var arrived = Start.PlusDays(-180);
        for (var day = 0; day < Days; day++)
        {
            // What the ERP received since the last run: invoices issued, payments received, disputes and declines.
            var date = Start.PlusDays(day);
            var rows = ledger.Arriving(arrived, date);
            arrived = date;
            await worker.InsertAsync(rows);
            reference.Arrive(rows);
            reference.Run(date);

            if (crashes.TryGetValue(day, out var after))
            {
                await worker.CrashAsync(date, after);
            }

            await worker.RunAsync(date);
        }

        await using var connection = await worker.Database.OpenConnectionAsync();
        Assert.Equal(Enumerable.Repeat((long)Accounts, Days), await Sql.Column<long>(connection, "SELECT count(*) FROM recouvrement.processed_entries GROUP BY run_date ORDER BY run_date"));
        Assert.Equal(Days, (await Sql.Column<long>(connection, "SELECT count(*) FROM recouvrement.runs WHERE finished_at IS NOT NULL")).Single());

        var keys = await Sql.Column<string>(connection, "SELECT action_key FROM recouvrement.actions");
        Assert.True(reference.ActionKeys.SetEquals(keys), Difference("actions", reference.ActionKeys, keys));
        var events = await Sql.Column<string>(connection, "SELECT case_id || '|' || reference || '|' || ordinal FROM recouvrement.case_events");
        Assert.True(reference.Events.SetEquals(events), Difference("events", reference.Events, events));

        var charges = await Sql.Column<string>(connection, "SELECT charge_id || '=' || amount::text FROM recouvrement.charges");
        var expected = reference.Charges.Select(c => $"{c.Key}={c.Value.Amount}").ToHashSet(StringComparer.Ordinal);
        Assert.True(expected.SetEquals(charges), Difference("charges", expected, charges));

        // Every case holds its events once, in the state the uninterrupted run left it.
        var cases = await Sql.Column<string>(connection, "SELECT case_id || '|' || state || '|' || jsonb_array_length(body->'events') FROM recouvrement.cases");
        var expectedCases = reference.Cases.Values.Select(c => $"{c.Id}|{c.State.Name}|{c.Events.Count}").ToHashSet(StringComparer.Ordinal);
        Assert.True(expectedCases.SetEquals(cases), Difference("cases", expectedCases, cases));

        // The simulation is worth its time only if it exercises the run: steps, charges and held cases all happen.
        Assert.True(reference.ActionKeys.Count > 20 * Accounts, $"{reference.ActionKeys.Count} actions");
        Assert.True(events.Count > Accounts && charges.Count > Accounts, $"{events.Count} events, {charges.Count} charges");
    }

    [PostgresFact]
    public async Task A_finished_day_run_again_stores_nothing_and_the_next_day_goes_on()
    {
        await using var worker = new WorkerHarness(await server.CreateDatabaseAsync());
        await worker.MigrateAsync();
        var ledger = DemoLedger.Generate(200, seed: 3, Start.PlusDays(-120), Start, worker.Json);
        await worker.InsertAsync(ledger);

        var first = await worker.RunAsync(Start);
        var again = await worker.RunAsync(Start);
        var next = await worker.RunAsync(Start.PlusDays(1));

        Assert.Equal(200, first.Entries);
        Assert.True(first.Actions > 0);
        Assert.Equal((0L, 0L), (again.Entries, again.Actions));
        Assert.Equal(200, next.Entries);
    }

    private static string Difference(string what, HashSet<string> expected, List<string> stored)
    {
        var missing = expected.Except(stored).Take(5).ToList();
        var extra = stored.Except(expected).Take(5).ToList();
        return $"{what}: {stored.Count} stored ({stored.Distinct().Count()} distinct), {expected.Count} expected; missing {string.Join(", ", missing)}; unexpected {string.Join(", ", extra)}";
    }
}
