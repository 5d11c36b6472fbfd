using Npgsql;

namespace Recouvrement.Worker.Tests;

/// <summary>What the tests read back from the database.</summary>
internal static class Sql
{
    /// <summary>The first column of every row of <paramref name="sql"/>.</summary>
    internal static async Task<List<T>> Column<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }
}
