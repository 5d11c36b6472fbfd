using NodaTime;
using Npgsql;

namespace Recouvrement.Worker.Database;

/// <summary>
/// A partition this instance holds: the row stays locked by the open transaction until <see cref="FinishAsync"/> commits
/// it finished, or until disposal (or the process's death) lets another instance claim it.
/// </summary>
internal sealed class PartitionClaim(NpgsqlConnection connection, NpgsqlTransaction transaction, CustomerRange range, string tenant, LocalDate date, string worker) : IAsyncDisposable
{
    internal CustomerRange Range { get; } = range;

    /// <summary>Marks the partition finished by this instance, with the count of customers it processed.</summary>
    internal async Task FinishAsync(int entries, CancellationToken cancellationToken)
    {
        await using var finish = new NpgsqlCommand("""
            UPDATE recouvrement.run_partitions SET finished_at = now(), worker = $4, entries = $5
            WHERE tenant_id = $1 AND run_date = $2 AND partition = $3
            """, connection, transaction)
        {
            Parameters = { new() { Value = tenant }, new() { Value = date }, new() { Value = Range.Partition }, new() { Value = worker }, new() { Value = entries } },
        };
        await finish.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync().ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
    }
}
