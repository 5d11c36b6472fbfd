using Npgsql;

namespace Recouvrement.Worker.Tests;

/// <summary>The worker creates its schema on start, migrates an older one once, and refuses a newer one.</summary>
[Collection(PostgresTests.Name)]
public sealed class SchemaTests(PostgresServer server)
{
    [PostgresFact]
    public async Task An_empty_database_is_created_once_even_by_instances_starting_together()
    {
        await using var worker = new WorkerHarness(await server.CreateDatabaseAsync());

        var found = await Task.WhenAll(worker.MigrateAsync(), worker.MigrateAsync(), worker.MigrateAsync());
        var later = await worker.MigrateAsync();

        Assert.Equal([0, 1, 1], found.Order());
        Assert.Equal(1, later);
        await using var connection = await worker.Database.OpenConnectionAsync();
        Assert.Equal([1], await Sql.Column<int>(connection, "SELECT version FROM recouvrement.schema_version"));
    }

    [PostgresFact]
    public async Task A_schema_newer_than_the_worker_is_refused_with_both_versions()
    {
        await using var worker = new WorkerHarness(await server.CreateDatabaseAsync());
        await worker.MigrateAsync();
        await using (var connection = await worker.Database.OpenConnectionAsync())
        {
            await using var newer = new NpgsqlCommand("INSERT INTO recouvrement.schema_version (version) VALUES (7)", connection);
            await newer.ExecuteNonQueryAsync();
        }

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(worker.MigrateAsync);

        Assert.Contains("schema version 7", refused.Message, StringComparison.Ordinal);
        Assert.Contains("reads version 1", refused.Message, StringComparison.Ordinal);
    }
}
