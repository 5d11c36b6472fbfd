using NodaTime;
using Npgsql;
using Recouvrement.Accounts;
using Recouvrement.Worker.Ledger;

namespace Recouvrement.Worker.Database;

/// <summary>
/// Reads a partition in one round trip: its customers with their invoices, payments and signals from the ERP's tables,
/// the charges and cases the worker stored, and which customers this day's run processed already.
/// </summary>
internal static class PartitionReader
{
    private const string Range = CustomerRange.Condition;

    /// <summary>
    /// The customers of the range not yet processed on <paramref name="date"/>, in customer order, and the rows of the
    /// range whose customer is not in <c>erp.customers</c>.
    /// </summary>
    internal static async Task<(List<CustomerLedger> Ledgers, List<(string CustomerNo, RowProblem Problem)> Orphans)> ReadAsync(NpgsqlConnection connection, string tenant, LocalDate date, CustomerRange range, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                range.Command($"SELECT customer_no FROM recouvrement.processed_entries WHERE tenant_id = $1 AND run_date = $4 AND {Range}", tenant, date),
                range.Command($"SELECT customer_no, name, kind, country, email, phone FROM erp.customers WHERE tenant_id = $1 AND {Range} ORDER BY customer_no", tenant),
                range.Command($"SELECT customer_no, invoice_no, invoice_date, due_date, amount, currency FROM erp.invoices WHERE tenant_id = $1 AND {Range} ORDER BY customer_no, invoice_date, invoice_no", tenant),
                range.Command($"SELECT customer_no, payment_no, received_on, amount, currency, method, invoice_no FROM erp.payments WHERE tenant_id = $1 AND {Range} ORDER BY customer_no, received_on, payment_no", tenant),
                range.Command($"SELECT customer_no, signal_no, signal::text FROM erp.signals WHERE tenant_id = $1 AND {Range} ORDER BY customer_no, signal_no", tenant),
                range.Command($"SELECT customer_no, charge_id, posted_on, due_on, amount, currency, kind, invoice_no FROM recouvrement.charges WHERE tenant_id = $1 AND {Range} ORDER BY customer_no, posted_on, charge_id", tenant),
                range.Command($"SELECT customer_no, case_id, body::text FROM recouvrement.cases WHERE tenant_id = $1 AND {Range} ORDER BY customer_no, case_id", tenant),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);

        var processed = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            processed.Add(reader.GetString(0));
        }

        var ledgers = new List<CustomerLedger>();
        var orphans = new List<(string CustomerNo, RowProblem Problem)>();
        var byNo = new Dictionary<string, CustomerLedger>(StringComparer.Ordinal);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var no = reader.GetString(0);
            var row = new RowReader(reader, CustomerLedger.Customers, no);
            var ledger = new CustomerLedger(new CustomerRow(no, row.Text(1) ?? no, row.Text(2) ?? string.Empty, row.Text(3) ?? string.Empty, row.Text(4), row.Text(5)));
            ledger.ReadProblems.AddRange(row.Problems);
            byNo[no] = ledger;
            if (!processed.Contains(no))
            {
                ledgers.Add(ledger);
            }
        }

        await Rows(reader, byNo, orphans, CustomerLedger.Invoices, (row, ledger) =>
        {
            if (row.Date(2) is { } issued && row.Date(3) is { } due && row.Amount(4) is { } amount && row.Required(5) is { } currency)
            {
                ledger.InvoiceRows.Add(new InvoiceRow(row.Key, ledger.Customer.CustomerNo, issued, due, amount, currency));
            }
        }, cancellationToken).ConfigureAwait(false);
        await Rows(reader, byNo, orphans, CustomerLedger.Payments, (row, ledger) =>
        {
            if (row.Date(2) is { } received && row.Amount(3) is { } amount && row.Required(4) is { } currency)
            {
                ledger.PaymentRows.Add(new PaymentRow(row.Key, ledger.Customer.CustomerNo, received, amount, currency, row.Text(5), row.Text(6)));
            }
        }, cancellationToken).ConfigureAwait(false);
        await Rows(reader, byNo, orphans, CustomerLedger.Signals, (row, ledger) =>
        {
            if (row.Required(2) is { } json)
            {
                ledger.SignalRows.Add(new SignalRow(row.Key, ledger.Customer.CustomerNo, json));
            }
        }, cancellationToken).ConfigureAwait(false);
        await Rows(reader, byNo, orphans, CustomerLedger.Charges, (row, ledger) =>
        {
            if (row.Date(2) is { } posted && row.Date(3) is { } due && row.Amount(4) is { } amount && row.Required(5) is { } currency && row.Required(6) is { } kind)
            {
                // The worker wrote these rows itself: a currency or kind it cannot read again means a damaged table.
                if (!CurrencyRegistry.Default.TryFind(currency, out var found) || !ChargeKind.TryFromName(kind, out var chargeKind))
                {
                    row.Problems.Add(new RowProblem(CustomerLedger.Charges, row.Key, $"'{amount} {currency}' of kind '{kind}' is not a charge this worker writes"));
                    return;
                }

                ledger.PostedCharges.Add(new Charge(row.Key, posted, due, new Money(amount, found), chargeKind) { InvoiceId = row.Text(7) });
            }
        }, cancellationToken).ConfigureAwait(false);
        await Rows(reader, byNo, orphans, CustomerLedger.Cases, (row, ledger) =>
        {
            if (row.Required(2) is { } json)
            {
                ledger.StoredCases.Add((row.Key, json));
            }
        }, cancellationToken).ConfigureAwait(false);

        return (ledgers, orphans);
    }

    /// <summary>Reads the next result set, row by row, into each row's customer; a row of an unknown customer is an orphan.</summary>
    private static async Task Rows(NpgsqlDataReader reader, Dictionary<string, CustomerLedger> byNo, List<(string, RowProblem)> orphans, string table, Action<RowReader, CustomerLedger> add, CancellationToken cancellationToken)
    {
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!byNo.TryGetValue(reader.GetString(0), out var ledger))
            {
                orphans.Add((reader.GetString(0), new RowProblem(table, reader.GetString(1), $"its customer {reader.GetString(0)} is not in {CustomerLedger.Customers}")));
                continue;
            }

            var row = new RowReader(reader, table, reader.GetString(1));
            add(row, ledger);
            ledger.ReadProblems.AddRange(row.Problems);
        }
    }
}
