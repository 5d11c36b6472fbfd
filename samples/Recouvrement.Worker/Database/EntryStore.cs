using System.Globalization;
using System.Text.Json;
using NodaTime;
using Npgsql;
using Recouvrement.Cases;
using Recouvrement.Scheduling;
using Recouvrement.Worker.Ledger;

namespace Recouvrement.Worker.Database;

/// <summary>
/// Stores what one customer's run gave, in one transaction with the mark that the customer was processed that day: the
/// actions, the case events, the cases as they now stand, the charges posted. Each action's <see cref="RunAction.Key"/>
/// is its primary key, so an action can be stored once only; the mark makes a restart pass the customer over.
/// </summary>
internal sealed class EntryStore(string tenant, LocalDate date, string worker, JsonSerializerOptions json)
{
    private const string Mark = "INSERT INTO recouvrement.processed_entries (tenant_id, run_date, customer_no, worker, actions) VALUES ($1, $2, $3, $4, $5)";

    /// <summary>Stores the customer's actions and update; false when another instance processed the customer first.</summary>
    internal async Task<bool> StoreAsync(NpgsqlConnection connection, string customerNo, IReadOnlyList<RunAction> actions, EntryUpdate update, CancellationToken cancellationToken)
    {
        // One statement a table, its rows as arrays: the same five statements for every customer, prepared once a connection.
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(BatchCommand.Of(Mark, tenant, date, customerNo, worker, actions.Count));
        batch.BatchCommands.Add(BatchCommand.Of(
            """
            INSERT INTO recouvrement.actions (tenant_id, run_date, customer_no, action_key, kind, case_id, item_id, due_on, amount, currency, description)
            SELECT $1, $2, $3, * FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::date[], $9::numeric[], $10::text[], $11::text[])
            """,
            tenant, date, customerNo,
            Array(actions, a => a.Key), Array(actions, a => a.Kind.Name), Array(actions, a => a.Case?.Id), Array(actions, a => a.ItemId),
            Array(actions, a => a.DueOn), Array(actions, a => a.Amount.Amount), Array(actions, a => a.Amount.Currency.Code),
            Array(actions, a => a.Describe(CultureInfo.InvariantCulture))));
        if (update.Events.Count > 0)
        {
            var events = update.Events;
            batch.BatchCommands.Add(BatchCommand.Of(
                """
                INSERT INTO recouvrement.case_events (tenant_id, customer_no, case_id, reference, ordinal, event_date, kind, body)
                SELECT $1, $2, * FROM unnest($3::text[], $4::text[], $5::smallint[], $6::date[], $7::text[], $8::jsonb[])
                """,
                tenant, customerNo,
                Array(events, e => e.CaseId), Array(events, e => e.Event.Reference), events.Select((_, i) => (short)Ordinal(events, i)).ToArray(),
                Array(events, e => e.Event.Date), Array(events, e => e.Event.GetType().Name), Array(events, e => JsonSerializer.Serialize(e.Event, json))));
        }

        if (update.Cases.Count > 0)
        {
            var cases = update.Cases;
            batch.BatchCommands.Add(BatchCommand.Of(
                """
                INSERT INTO recouvrement.cases (tenant_id, customer_no, updated_on, case_id, state, body)
                SELECT $1, $2, $3, * FROM unnest($4::text[], $5::text[], $6::jsonb[])
                ON CONFLICT (tenant_id, case_id) DO UPDATE SET state = excluded.state, updated_on = excluded.updated_on, body = excluded.body
                """,
                tenant, customerNo, date, Array(cases, c => c.Id), Array(cases, c => c.State.Name), Array(cases, c => JsonSerializer.Serialize(c, json))));
        }

        if (update.Charges.Count > 0)
        {
            var charges = update.Charges;
            batch.BatchCommands.Add(BatchCommand.Of(
                """
                INSERT INTO recouvrement.charges (tenant_id, customer_no, charge_id, invoice_no, posted_on, due_on, kind, amount, currency)
                SELECT $1, $2, * FROM unnest($3::text[], $4::text[], $5::date[], $6::date[], $7::text[], $8::numeric[], $9::text[])
                """,
                tenant, customerNo,
                Array(charges, c => c.Id), Array(charges, c => c.InvoiceId), Array(charges, c => c.Date), Array(charges, c => c.DueDate),
                Array(charges, c => c.Kind.Name), Array(charges, c => c.Charged.Amount), Array(charges, c => c.Charged.Currency.Code)));
        }

        return await ExecuteMarkedAsync(batch, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records why a customer could not be run, marked processed; false when another instance processed it first.</summary>
    internal async Task<bool> RejectAsync(NpgsqlConnection connection, string customerNo, IReadOnlyList<RowProblem> problems, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(BatchCommand.Of(Mark, tenant, date, customerNo, worker, 0));
        AddProblems(batch, problems.Select(p => (customerNo, p)));
        return await ExecuteMarkedAsync(batch, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records rows that belong to no customer; recording them again the same day changes nothing.</summary>
    internal async Task OrphansAsync(NpgsqlConnection connection, IReadOnlyList<(string CustomerNo, RowProblem Problem)> orphans, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        AddProblems(batch, orphans);
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Marks processed the customers whose run asked for nothing. Their marks are written together, after them: lost in a
    /// crash, they only make a restart run those customers again, which again asks for nothing.
    /// </summary>
    internal async Task MarkQuietAsync(NpgsqlConnection connection, IReadOnlyList<string> customerNos, CancellationToken cancellationToken)
    {
        if (customerNos.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(
            "INSERT INTO recouvrement.processed_entries (tenant_id, run_date, customer_no, worker, actions) SELECT $1, $2, unnest($3::text[]), $4, 0 ON CONFLICT DO NOTHING",
            connection)
        {
            Parameters = { new() { Value = tenant }, new() { Value = date }, new() { Value = customerNos.ToArray() }, new() { Value = worker } },
        };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private void AddProblems(NpgsqlBatch batch, IEnumerable<(string CustomerNo, RowProblem Problem)> problems)
    {
        foreach (var (customerNo, problem) in problems)
        {
            batch.BatchCommands.Add(BatchCommand.Of(
                "INSERT INTO recouvrement.problems (tenant_id, run_date, source, row_key, message, customer_no) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
                tenant, date, problem.Table, problem.Key, problem.Message, customerNo));
        }
    }

    /// <summary>
    /// Runs a batch that starts with the customer's mark. Without an explicit transaction PostgreSQL runs a batch as one
    /// implicit transaction: when the mark exists already, nothing of the batch is stored.
    /// </summary>
    private static async Task<bool> ExecuteMarkedAsync(NpgsqlBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "processed_entries_pkey")
        {
            return false;
        }
    }

    /// <summary>The position of event <paramref name="index"/> among the events of the same action (one action may record two).</summary>
    private static int Ordinal(IReadOnlyList<RecordedEvent> events, int index)
    {
        var ordinal = 0;
        for (var i = 0; i < index; i++)
        {
            ordinal += events[i].Event.Reference == events[index].Event.Reference ? 1 : 0;
        }

        return ordinal;
    }

    private static TValue[] Array<TItem, TValue>(IReadOnlyList<TItem> items, Func<TItem, TValue> value)
    {
        var values = new TValue[items.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = value(items[i]);
        }

        return values;
    }
}
