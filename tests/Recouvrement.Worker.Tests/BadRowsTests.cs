using NodaTime;
using Npgsql;

namespace Recouvrement.Worker.Tests;

/// <summary>A row the worker cannot read becomes a problem naming its table and key; its customer waits, the others run.</summary>
[Collection(PostgresTests.Name)]
public sealed class BadRowsTests(PostgresServer server)
{
    private static readonly LocalDate Day = new(2026, 3, 2);

    [PostgresFact]
    public async Task Each_unreadable_row_is_named_and_the_rest_of_the_run_goes_on()
    {
        await using var worker = new WorkerHarness(await server.CreateDatabaseAsync());
        await worker.MigrateAsync();
        await using (var connection = await worker.Database.OpenConnectionAsync())
        {
            await using var insert = new NpgsqlCommand("""
                INSERT INTO erp.customers (tenant_id, customer_no, name, kind, country) VALUES
                    ('default', 'GOOD', 'Good Ltd', 'Business', 'FR'),
                    ('default', 'KIND', 'Odd kind', 'Martian', 'FR'),
                    ('default', 'CURR', 'Odd currency', 'Business', 'FR'),
                    ('default', 'METH', 'Odd method', 'Consumer', 'FR'),
                    ('default', 'YEAR', 'Far future', 'Business', 'FR'),
                    ('default', 'SIGN', 'Odd signal', 'Business', 'FR'),
                    ('default', 'DUE', 'Due before issued', 'Business', 'FR');
                INSERT INTO erp.invoices (tenant_id, invoice_no, customer_no, invoice_date, due_date, amount, currency) VALUES
                    ('default', 'F-GOOD', 'GOOD', '2025-12-01', '2025-12-31', 1200, 'EUR'),
                    ('default', 'F-KIND', 'KIND', '2025-12-01', '2025-12-31', 100, 'EUR'),
                    ('default', 'F-CURR', 'CURR', '2025-12-01', '2025-12-31', 100, 'ZZZ'),
                    ('default', 'F-METH', 'METH', '2025-12-01', '2025-12-31', 100, 'EUR'),
                    ('default', 'F-YEAR', 'YEAR', '12025-12-01', '12025-12-31', 100, 'EUR'),
                    ('default', 'F-SIGN', 'SIGN', '2025-12-01', '2025-12-31', 100, 'EUR'),
                    ('default', 'F-DUE', 'DUE', '2025-12-01', '2025-11-01', 100, 'EUR'),
                    ('default', 'F-ORPHAN', 'GONE', '2025-12-01', '2025-12-31', 100, 'EUR');
                INSERT INTO erp.payments (tenant_id, payment_no, customer_no, received_on, amount, currency, method) VALUES
                    ('default', 'P-METH', 'METH', '2026-01-10', 50, 'EUR', 'Seashells');
                INSERT INTO erp.signals (tenant_id, signal_no, customer_no, signal) VALUES
                    ('default', 'S-SIGN', 'SIGN', '{"type": "Telepathy"}');
                """, connection);
            await insert.ExecuteNonQueryAsync();
        }

        var tally = await worker.RunAsync(Day);
        var again = await worker.RunAsync(Day);

        await using var read = await worker.Database.OpenConnectionAsync();
        var problems = await Sql.Column<string>(read, "SELECT source || ' ' || row_key || ' (' || customer_no || ')' FROM recouvrement.problems ORDER BY 1");
        Assert.Equal(
        [
            "erp.customers KIND (KIND)",
            "erp.invoices F-CURR (CURR)",
            "erp.invoices F-DUE (DUE)",
            "erp.invoices F-ORPHAN (GONE)",
            "erp.invoices F-YEAR (YEAR)",
            "erp.payments P-METH (METH)",
            "erp.signals S-SIGN (SIGN)",
        ], problems.Distinct());

        // Each message says what is wrong with the value.
        var messages = string.Join("\n", await Sql.Column<string>(read, "SELECT message FROM recouvrement.problems"));
        Assert.Contains("'Martian'", messages, StringComparison.Ordinal);
        Assert.Contains("'ZZZ'", messages, StringComparison.Ordinal);
        Assert.Contains("'Seashells'", messages, StringComparison.Ordinal);
        Assert.Contains("invoice_date", messages, StringComparison.Ordinal);

        // The good customer was run; each rejected one is marked processed, so the day finishes and is not run twice.
        Assert.NotEmpty(await Sql.Column<string>(read, "SELECT action_key FROM recouvrement.actions WHERE customer_no = 'GOOD'"));
        Assert.Empty(await Sql.Column<string>(read, "SELECT action_key FROM recouvrement.actions WHERE customer_no <> 'GOOD'"));
        Assert.Equal(7, tally.Entries);
        Assert.True(tally.Problems >= 7, $"{tally.Problems} problems");
        Assert.Equal(0, again.Entries);
    }
}
