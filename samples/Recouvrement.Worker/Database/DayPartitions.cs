using NodaTime;
using Npgsql;

namespace Recouvrement.Worker.Database;

/// <summary>
/// One tenant's run of one day, shared by every worker instance through PostgreSQL: the first to come splits the
/// customers into ranges, each instance claims a range with <c>FOR UPDATE SKIP LOCKED</c> and holds the row lock while it
/// works; when an instance dies its connection closes, the lock goes, and another instance takes the range over.
/// </summary>
internal sealed class DayPartitions(NpgsqlDataSource database, string tenant, LocalDate date, string worker)
{
    /// <summary>Whether every partition of the day is finished.</summary>
    internal async Task<bool> IsFinishedAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT finished_at IS NOT NULL FROM recouvrement.runs WHERE tenant_id = $1 AND run_date = $2");
        command.Parameters.Add(new() { Value = tenant });
        command.Parameters.Add(new() { Value = date });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }

    /// <summary>Splits the day into ranges of <paramref name="size"/> customers, unless an instance did already.</summary>
    /// <returns>The number of partitions of the day.</returns>
    internal async Task<int> PlanAsync(int size, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // A second instance waits here for the first one's plan, then finds it made.
        await using var start = new NpgsqlCommand("INSERT INTO recouvrement.runs (tenant_id, run_date, partitions, started_at) VALUES ($1, $2, 0, now()) ON CONFLICT DO NOTHING", connection)
        {
            Parameters = { new() { Value = tenant }, new() { Value = date } },
        };
        if (await start.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            await using var planned = new NpgsqlCommand("SELECT partitions FROM recouvrement.runs WHERE tenant_id = $1 AND run_date = $2", connection)
            {
                Parameters = { new() { Value = tenant }, new() { Value = date } },
            };
            return (int)(await planned.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        var bounds = new List<string>();
        await using (var read = new NpgsqlCommand("""
            SELECT customer_no FROM (
                SELECT customer_no, row_number() OVER (ORDER BY customer_no) AS n FROM erp.customers WHERE tenant_id = $1) c
            WHERE (n - 1) % $2 = 0 ORDER BY customer_no
            """, connection) { Parameters = { new() { Value = tenant }, new() { Value = (long)size } } })
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                bounds.Add(reader.GetString(0));
            }
        }

        var count = Math.Max(1, bounds.Count);
        await using var plan = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new("""
                    INSERT INTO recouvrement.run_partitions (tenant_id, run_date, partition, first_customer, next_customer)
                    SELECT $1, $2, p - 1, CASE WHEN p > 1 THEN $3[p] END, $3[p + 1] FROM generate_series(1, $4) AS p
                    """) { Parameters = { new() { Value = tenant }, new() { Value = date }, new() { Value = bounds.ToArray() }, new() { Value = count } } },
                new("UPDATE recouvrement.runs SET partitions = $3 WHERE tenant_id = $1 AND run_date = $2")
                {
                    Parameters = { new() { Value = tenant }, new() { Value = date }, new() { Value = count } },
                },
            },
        };
        await plan.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>Claims an unfinished partition no other instance holds, or none when there is no such partition now.</summary>
    internal async Task<PartitionClaim?> ClaimAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var claim = new NpgsqlCommand("""
                SELECT partition, first_customer, next_customer FROM recouvrement.run_partitions
                WHERE tenant_id = $1 AND run_date = $2 AND finished_at IS NULL
                ORDER BY partition LIMIT 1 FOR UPDATE SKIP LOCKED
                """, connection, transaction) { Parameters = { new() { Value = tenant }, new() { Value = date } } };
            await using (var reader = await claim.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var range = new CustomerRange(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
                    return new PartitionClaim(connection, transaction, range, tenant, date, worker);
                }
            }

            await transaction.DisposeAsync().ConfigureAwait(false);
            await connection.DisposeAsync().ConfigureAwait(false);
            return null;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Whether every partition is finished; the first instance to see it marks the day's run finished.</summary>
    internal async Task<bool> FinishAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            WITH open AS (SELECT count(*) AS n FROM recouvrement.run_partitions WHERE tenant_id = $1 AND run_date = $2 AND finished_at IS NULL),
                 done AS (UPDATE recouvrement.runs SET finished_at = now()
                          WHERE tenant_id = $1 AND run_date = $2 AND finished_at IS NULL AND (SELECT n FROM open) = 0)
            SELECT n = 0 FROM open
            """);
        command.Parameters.Add(new() { Value = tenant });
        command.Parameters.Add(new() { Value = date });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }
}
