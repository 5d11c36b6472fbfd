using Npgsql;

namespace Recouvrement.Worker.Database;

/// <summary>Creates the worker's schema on start, migrates an older one, and refuses one newer than this worker.</summary>
internal static class Schema
{
    /// <summary>Brings the database to <see cref="Migrations.Current"/>, one instance at a time.</summary>
    /// <returns>The version found before, 0 for an empty database.</returns>
    /// <exception cref="InvalidOperationException">The database holds a newer version than this worker knows.</exception>
    internal static async Task<int> EnsureAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // Instances starting together wait for each other here, so a migration runs once.
        await Execute(connection, """
            SELECT pg_advisory_xact_lock(hashtext('recouvrement.schema'));
            CREATE SCHEMA IF NOT EXISTS recouvrement;
            CREATE TABLE IF NOT EXISTS recouvrement.schema_version (
                version    integer PRIMARY KEY,
                applied_at timestamptz NOT NULL DEFAULT now());
            """, cancellationToken).ConfigureAwait(false);

        await using var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM recouvrement.schema_version", connection);
        var found = (int)(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        if (found > Migrations.Current)
        {
            throw new InvalidOperationException(
                $"The database holds the worker's schema version {found}; this worker reads version {Migrations.Current}. Run a worker of the newer version, or restore the database.");
        }

        for (var version = found + 1; version <= Migrations.Current; version++)
        {
            await Execute(connection, Migrations.Scripts[version - 1], cancellationToken).ConfigureAwait(false);
            await using var record = new NpgsqlCommand("INSERT INTO recouvrement.schema_version (version) VALUES ($1)", connection) { Parameters = { new() { Value = version } } };
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return found;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
