using Npgsql;
using NodaTime;
using Recouvrement.Worker.Ledger;

namespace Recouvrement.Worker.Database;

/// <summary>
/// Reads one row's columns, turning a value that cannot be read — a null where one is needed, a date beyond what
/// NodaTime holds, an amount beyond a decimal — into a problem named by the table and the row's key instead of an exception.
/// </summary>
internal sealed class RowReader(NpgsqlDataReader reader, string table, string key)
{
    internal string Key { get; } = key;

    internal List<RowProblem> Problems { get; } = [];

    internal string? Text(int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    internal string? Required(int column) => Present(column) ? reader.GetString(column) : null;

    internal LocalDate? Date(int column) => Read<LocalDate>(column, () => reader.GetFieldValue<LocalDate>(column));

    internal decimal? Amount(int column) => Read<decimal>(column, () => reader.GetDecimal(column));

    private T? Read<T>(int column, Func<T> read)
        where T : struct
    {
        if (!Present(column))
        {
            return null;
        }

        try
        {
            return read();
        }
        catch (Exception e) when (e is InvalidCastException or OverflowException or ArgumentOutOfRangeException)
        {
            Problems.Add(new RowProblem(table, Key, $"{reader.GetName(column)} cannot be read: {e.Message}"));
            return null;
        }
    }

    private bool Present(int column)
    {
        if (!reader.IsDBNull(column))
        {
            return true;
        }

        Problems.Add(new RowProblem(table, Key, $"{reader.GetName(column)} is null"));
        return false;
    }
}
