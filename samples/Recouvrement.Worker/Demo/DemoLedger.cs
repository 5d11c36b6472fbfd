using System.Text.Json;
using NodaTime;
using Recouvrement.Reasons;
using Recouvrement.Worker.Ledger;

namespace Recouvrement.Worker.Demo;

/// <summary>
/// A synthetic ERP ledger for trying the worker and for its tests: customers of every kind, invoices issued over a
/// period, paid on time, late, in part or never, and what was learnt of some debtors (a dispute, a card declined, a
/// promise broken, a hardship declared). Every row is dated, so a simulation can let rows arrive day by day. The same
/// seed gives the same ledger.
/// </summary>
internal sealed record DemoLedger(IReadOnlyList<CustomerRow> Customers, IReadOnlyList<InvoiceRow> Invoices, IReadOnlyList<PaymentRow> Payments, IReadOnlyList<DatedSignal> Signals)
{
    private static readonly string[] Countries = ["FR", "FR", "FR", "FR", "FR", "FR", "DE", "BE", "ES", "IT"];
    private static readonly string[] Kinds = ["Business", "Business", "Business", "Business", "Business", "Business", "Consumer", "Consumer", "Consumer", "PublicAuthority"];

    /// <summary>Generates <paramref name="accounts"/> customers' rows dated from <paramref name="from"/> up to, not including, <paramref name="until"/>.</summary>
    internal static DemoLedger Generate(int accounts, int seed, LocalDate from, LocalDate until, JsonSerializerOptions json)
    {
        var random = new Random(seed);
        var (customers, invoices, payments, signals) = (new List<CustomerRow>(), new List<InvoiceRow>(), new List<PaymentRow>(), new List<DatedSignal>());
        var days = Period.DaysBetween(from, until);
        for (var i = 0; i < accounts; i++)
        {
            var no = $"C{i + 1:D6}";
            var kind = Kinds[random.Next(Kinds.Length)];
            customers.Add(new CustomerRow(no, $"{(kind == "Consumer" ? "Customer" : "Company")} {i + 1}", kind, Countries[random.Next(Countries.Length)], $"{no.ToLowerInvariant()}@example.org", random.Next(3) == 0 ? null : "+33 1 00 00 00 00"));

            // About one invoice a month, each paid on time, late, in part or never.
            for (var n = 0; n < Math.Max(1, days / 30); n++)
            {
                var issued = from.PlusDays(random.Next(days));
                var amount = Math.Round((decimal)(kind == "Consumer" ? 20 + random.NextDouble() * 480 : 100 + random.NextDouble() * 9_900), 2);
                var invoice = new InvoiceRow($"{no}-F{n + 1:D3}", no, issued, issued.PlusDays(30), amount, "EUR");
                invoices.Add(invoice);
                var (paidOn, paid) = random.Next(20) switch
                {
                    < 10 => (invoice.DueDate.PlusDays(random.Next(-10, 5)), amount),
                    < 15 => (invoice.DueDate.PlusDays(random.Next(10, 90)), amount),
                    < 17 => (invoice.DueDate.PlusDays(random.Next(0, 60)), Math.Round(amount / 3, 2)),
                    _ => (until, 0m),
                };
                if (paid > 0 && paidOn < until)
                {
                    payments.Add(new PaymentRow($"{invoice.InvoiceNo}-P", no, paidOn, paid, "EUR", random.Next(4) == 0 ? "DirectDebit" : "BankTransfer", invoice.InvoiceNo));
                }

                if (random.Next(40) == 0 && invoice.DueDate.PlusDays(10) < until)
                {
                    var seen = invoice.DueDate.PlusDays(10);
                    signals.Add(new DatedSignal(seen, Signal(new DisputeOpened(seen, $"LIT-{invoice.InvoiceNo}", UnpaidReason.ProductDefect) { ItemIds = [invoice.InvoiceNo] }, invoice.InvoiceNo + "-D", no, json)));
                }
            }

            var learnt = from.PlusDays(random.Next(days));
            ReasonSignal? signal = random.Next(25) switch
            {
                0 => new CardDeclined(learnt, "ExpiredCard"),
                1 => new PromiseBroken(learnt),
                2 when kind == "Consumer" => new DeclaredReason(learnt, UnpaidReason.JobLoss),
                _ => null,
            };
            if (signal is not null)
            {
                signals.Add(new DatedSignal(learnt, Signal(signal, $"{no}-S", no, json)));
            }
        }

        return new DemoLedger(customers, invoices, payments, signals);
    }

    /// <summary>The rows dated from <paramref name="from"/> up to, not including, <paramref name="until"/>; no customers.</summary>
    internal DemoLedger Arriving(LocalDate from, LocalDate until)
        => new(
            [],
            [.. Invoices.Where(i => i.InvoiceDate >= from && i.InvoiceDate < until)],
            [.. Payments.Where(p => p.ReceivedOn >= from && p.ReceivedOn < until)],
            [.. Signals.Where(s => s.Seen >= from && s.Seen < until)]);

    private static SignalRow Signal(ReasonSignal signal, string no, string customer, JsonSerializerOptions json)
        => new(no, customer, JsonSerializer.Serialize(signal, json));
}

/// <summary>A signal and the day it was learnt, when a simulation lets it arrive.</summary>
internal sealed record DatedSignal(LocalDate Seen, SignalRow Row);
