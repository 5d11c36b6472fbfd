using NodaTime;
using Recouvrement.Worker.Demo;
using Recouvrement.Worker.Hosting;

namespace Recouvrement.Worker.Tests;

/// <summary>Every configured tenant runs over its own rows, under its own settings; rows of a tenant not configured are left alone.</summary>
[Collection(PostgresTests.Name)]
public sealed class TenantsTests(PostgresServer server)
{
    private static readonly LocalDate Day = new(2026, 3, 2);

    [PostgresFact]
    public async Task Each_tenant_runs_its_own_rows_under_its_own_settings()
    {
        await using var worker = new WorkerHarness(await server.CreateDatabaseAsync(), new Dictionary<string, string?>
        {
            // Acme posts interest from 1.00, Globex only once 50.00 have accrued.
            ["Recouvrement:Tenants:acme:Penalties:MinimumInterestPosting"] = "1",
            ["Recouvrement:Tenants:globex:Penalties:MinimumInterestPosting"] = "50",
        });
        await worker.MigrateAsync();
        var ledger = DemoLedger.Generate(150, seed: 5, Day.PlusDays(-200), Day, worker.Json);
        foreach (var tenant in new[] { "acme", "globex", "unknown" })
        {
            await worker.InsertAsync(ledger, tenant);
        }

        Assert.Equal(["acme", "globex"], worker.Get<WorkerTenants>().Names);
        var acme = await worker.RunAsync(Day, "acme");
        var globex = await worker.RunAsync(Day, "globex");

        await using var connection = await worker.Database.OpenConnectionAsync();
        Assert.Equal(
            ["acme 150", "globex 150"],
            await Sql.Column<string>(connection, "SELECT tenant_id || ' ' || count(*) FROM recouvrement.processed_entries GROUP BY tenant_id ORDER BY 1"));
        var postings = await Sql.Column<long>(connection, "SELECT count(*) FROM recouvrement.charges WHERE kind = 'Interest' GROUP BY tenant_id ORDER BY tenant_id");
        Assert.True(postings[0] > postings[1], $"acme posted {postings[0]} interest charges, globex {postings[1]}");
        Assert.Equal(150, acme.Entries);
        Assert.Equal(150, globex.Entries);
    }
}
