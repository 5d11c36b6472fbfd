using Npgsql;
using NpgsqlTypes;

namespace Recouvrement.Worker.Demo;

/// <summary>Writes a demo ledger into the <c>erp</c> tables, as an ERP would fill them, with PostgreSQL's binary COPY.</summary>
internal static class ErpTables
{
    /// <summary>Whether the tenant has any customer.</summary>
    internal static async Task<bool> HasCustomersAsync(NpgsqlDataSource database, string tenant, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT EXISTS (SELECT 1 FROM erp.customers WHERE tenant_id = $1)");
        command.Parameters.Add(new() { Value = tenant });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }

    /// <summary>Inserts every row of <paramref name="ledger"/> for <paramref name="tenant"/>, in one transaction.</summary>
    internal static async Task InsertAsync(NpgsqlDataSource database, string tenant, DemoLedger ledger, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        const NpgsqlDbType Text = NpgsqlDbType.Text, Date = NpgsqlDbType.Date, Numeric = NpgsqlDbType.Numeric;
        await CopyAsync(connection, "erp.customers (tenant_id, customer_no, name, kind, country, email, phone)", [Text, Text, Text, Text, Text, Text, Text],
            ledger.Customers.Select(c => new object?[] { tenant, c.CustomerNo, c.Name, c.Kind, c.Country, c.Email, c.Phone }), cancellationToken).ConfigureAwait(false);
        await CopyAsync(connection, "erp.invoices (tenant_id, invoice_no, customer_no, invoice_date, due_date, amount, currency)", [Text, Text, Text, Date, Date, Numeric, Text],
            ledger.Invoices.Select(i => new object?[] { tenant, i.InvoiceNo, i.CustomerNo, i.InvoiceDate, i.DueDate, i.Amount, i.Currency }), cancellationToken).ConfigureAwait(false);
        await CopyAsync(connection, "erp.payments (tenant_id, payment_no, customer_no, received_on, amount, currency, method, invoice_no)", [Text, Text, Text, Date, Numeric, Text, Text, Text],
            ledger.Payments.Select(p => new object?[] { tenant, p.PaymentNo, p.CustomerNo, p.ReceivedOn, p.Amount, p.Currency, p.Method, p.InvoiceNo }), cancellationToken).ConfigureAwait(false);
        await CopyAsync(connection, "erp.signals (tenant_id, signal_no, customer_no, signal)", [Text, Text, Text, NpgsqlDbType.Jsonb],
            ledger.Signals.Select(s => new object?[] { tenant, s.Row.SignalNo, s.Row.CustomerNo, s.Row.Json }), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string table, NpgsqlDbType[] types, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < row.Length; i++)
            {
                await (row[i] is { } value ? importer.WriteAsync(value, types[i], cancellationToken) : importer.WriteNullAsync(cancellationToken)).ConfigureAwait(false);
            }
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
