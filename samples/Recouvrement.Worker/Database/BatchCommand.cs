using Npgsql;

namespace Recouvrement.Worker.Database;

/// <summary>One statement of a batch, its values as <c>$1</c>, <c>$2</c>…</summary>
internal static class BatchCommand
{
    /// <summary>The statement with its values: a null is SQL NULL, a parameter given as such (typed, JSON) is kept.</summary>
    internal static NpgsqlBatchCommand Of(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }
}
