using System.Text.Json;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Scheduling;
using Recouvrement.Worker.Demo;
using Recouvrement.Worker.Ledger;

namespace Recouvrement.Worker.Tests;

/// <summary>
/// The same days run in memory, without a database, a crash or a second instance: what the worker must have stored,
/// no more and no less.
/// </summary>
internal sealed class ReferenceRun(CollectionRun run, JsonSerializerOptions json, IReadOnlyList<CustomerRow> customers)
{
    private readonly Dictionary<string, CustomerLedger> ledgers = customers.ToDictionary(c => c.CustomerNo, c => new CustomerLedger(c), StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<CollectionCase>> cases = new(StringComparer.Ordinal);

    internal HashSet<string> ActionKeys { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> Events { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, Money> Charges { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, CollectionCase> Cases => cases.Values.SelectMany(c => c).ToDictionary(c => c.Id, StringComparer.Ordinal);

    /// <summary>Rows the ERP received.</summary>
    internal void Arrive(DemoLedger rows)
    {
        foreach (var invoice in rows.Invoices)
        {
            ledgers[invoice.CustomerNo].InvoiceRows.Add(invoice);
        }

        foreach (var payment in rows.Payments)
        {
            ledgers[payment.CustomerNo].PaymentRows.Add(payment);
        }

        foreach (var signal in rows.Signals)
        {
            ledgers[signal.Row.CustomerNo].SignalRows.Add(signal.Row);
        }
    }

    /// <summary>Runs the day over every customer, as the worker does, and keeps what it stores.</summary>
    internal void Run(LocalDate date)
    {
        foreach (var (customer, ledger) in ledgers)
        {
            var (read, problems) = ledger.ToEntry(json);
            Assert.True(read is not null, string.Join("; ", problems));
            var entry = read with { Cases = cases.GetValueOrDefault(customer, []) };
            var actions = run.Execute([entry], date).ToList();
            if (actions.Count == 0)
            {
                continue;
            }

            var update = entry.Apply(actions);
            Assert.True(update.IsSuccess, string.Join("; ", update.ValidationErrors.Select(e => e.ErrorMessage)));
            ActionKeys.UnionWith(actions.Select(a => a.Key));
            var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (caseId, recorded) in update.Value.Events)
            {
                var ordinal = ordinals[recorded.Reference!] = ordinals.GetValueOrDefault(recorded.Reference!, -1) + 1;
                Events.Add($"{caseId}|{recorded.Reference}|{ordinal}");
            }

            foreach (var charge in update.Value.Charges)
            {
                Charges.Add(charge.Id, charge.Charged);
                ledger.PostedCharges.Add(charge);
            }

            cases[customer] = update.Value.Entry.Cases;
        }
    }
}
