using Npgsql;

namespace Recouvrement.Worker.Database;

/// <summary>A partition of a day's run: the customers numbered from <paramref name="First"/> (none: from the start) up to, not including, <paramref name="Next"/> (none: to the end).</summary>
internal sealed record CustomerRange(int Partition, string? First, string? Next)
{
    /// <summary>The SQL condition on <c>customer_no</c>, with the bounds as <c>$2</c> and <c>$3</c>.</summary>
    internal const string Condition = "($2::text IS NULL OR customer_no >= $2) AND ($3::text IS NULL OR customer_no < $3)";

    /// <summary>A command on the range: <c>$1</c> the tenant, <c>$2</c> and <c>$3</c> the bounds, then <paramref name="more"/>.</summary>
    internal NpgsqlBatchCommand Command(string sql, string tenant, params object[] more)
        => BatchCommand.Of(sql, [tenant, Bound(First), Bound(Next), .. more]);

    /// <summary>A bound typed as text even when absent, so that <c>$2::text IS NULL</c> reads.</summary>
    private static NpgsqlParameter Bound(string? customer)
        => new() { Value = (object?)customer ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text };
}
