using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>
/// The account's entries laid out for replay: the receivable items they create, and the movements (payments,
/// deposits, credit notes, write-offs) in the order they apply. Built once per account; each statement replays it.
/// </summary>
internal sealed class AccountLedger
{
    private readonly ItemTemplate[] items;
    private readonly Dictionary<string, int> itemIndexById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> itemsOfInvoice = new(StringComparer.Ordinal);
    private readonly AccountEntry[] movements;

    internal AccountLedger(IReadOnlyList<AccountEntry> entries)
    {
        var templates = new List<ItemTemplate>();
        foreach (var entry in entries)
        {
            switch (entry)
            {
                case Invoice invoice when invoice.Instalments.Count == 0:
                    AddItems(invoice.Id, [new ItemTemplate(invoice.Id, invoice.Id, ChargeKind.Principal, invoice.IssueDate, invoice.DueDate, invoice.Total.Amount)], templates);
                    break;
                case Invoice invoice:
                    AddItems(
                        invoice.Id,
                        invoice.Instalments
                            .Select((inst, n) => new ItemTemplate(InstalmentId(invoice.Id, n + 1), invoice.Id, ChargeKind.Principal, invoice.IssueDate, inst.DueDate, inst.Amount.Amount))
                            .ToArray(),
                        templates);
                    break;
                case Charge charge:
                    AddItems(charge.Id, [new ItemTemplate(charge.Id, charge.InvoiceId ?? charge.Id, charge.Kind, charge.Date, charge.DueDate, charge.Amount.Amount)], templates);
                    break;
            }
        }

        items = templates.ToArray();
        movements = EntryOrder.Sort(entries.Where(e => e is not (Invoice or Charge)).ToArray(), EffectiveDate);
    }

    internal static string InstalmentId(string invoiceId, int number) => invoiceId + "/" + number.ToString(CultureInfo.InvariantCulture);

    internal AccountStatement Statement(Debtor debtor, Currency currency, IPaymentAllocationStrategy strategy, LocalDate asOf)
    {
        var replay = new Replay(this, currency, strategy);
        foreach (var entry in movements)
        {
            var effective = EffectiveDate(entry);
            if (effective > asOf)
            {
                break;
            }

            replay.IssueUpTo(effective);
            replay.Apply(entry, effective);
        }

        replay.IssueUpTo(asOf);
        return replay.ToStatement(debtor, asOf);
    }

    private LocalDate EffectiveDate(AccountEntry entry)
        => entry is Deposit { InvoiceId: { } invoiceId } deposit && itemsOfInvoice.TryGetValue(invoiceId, out var targets)
            ? LocalDate.Max(deposit.Date, items[targets[0]].IssueDate)
            : entry.Date;

    private void AddItems(string ownerId, ItemTemplate[] created, List<ItemTemplate> templates)
    {
        var indexes = new int[created.Length];
        for (var i = 0; i < created.Length; i++)
        {
            indexes[i] = templates.Count;
            itemIndexById[created[i].Id] = templates.Count;
            templates.Add(created[i]);
        }

        itemsOfInvoice[ownerId] = indexes;
    }

    private static readonly LocalDate Epoch = new(2000, 1, 1);

    private readonly record struct ItemTemplate(string Id, string InvoiceId, ChargeKind Kind, LocalDate IssueDate, LocalDate DueDate, decimal Amount)
    {
        // Days from a fixed epoch, computed once per account: a statement then subtracts integers.
        internal int DueDay { get; } = Period.DaysBetween(Epoch, DueDate);
    }

    private struct ItemState
    {
        // Kept up to date rather than derived: it is read for every item at every payment.
        internal decimal Open;
        internal decimal Credited;
        internal decimal Paid;
        internal decimal WrittenOff;
        internal LocalDate? SettledOn;
    }

    /// <summary>One replay of the movements up to a statement date.</summary>
    private sealed class Replay(AccountLedger ledger, Currency currency, IPaymentAllocationStrategy strategy)
    {
        private readonly ItemState[] states = Initial(ledger.items);
        private readonly List<PaymentAllocation> allocations = [];
        private List<string>? notes;
        private decimal credit;
        private int issued;

        internal void IssueUpTo(LocalDate date)
        {
            while (issued < ledger.items.Length && ledger.items[issued].IssueDate <= date)
            {
                issued++;
            }
        }

        internal void Apply(AccountEntry entry, LocalDate date)
        {
            switch (entry)
            {
                case CreditNote { InvoiceId: { } invoiceId } note:
                    Record(note, date, $"Credit note against invoice {invoiceId}, last due first", TakeOff(invoiceId, note.Amount.Amount, date, credit: true), credit: true);
                    break;
                case CreditNote note:
                    Allocate(note, date, [], credit: true);
                    break;
                case Deposit { InvoiceId: { } invoiceId } deposit:
                    Record(deposit, date, $"Deposit for invoice {invoiceId}", FillOldestFirst(invoiceId, deposit.Amount.Amount, date), credit: false);
                    break;
                case Deposit deposit:
                    Allocate(deposit, date, [], credit: false);
                    break;
                case Payment payment:
                    Allocate(payment, date, payment.DesignatedIds, credit: false);
                    break;
                case WriteOff writeOff:
                    WriteOff(writeOff, date);
                    break;
            }
        }

        internal AccountStatement ToStatement(Debtor debtor, LocalDate asOf)
        {
            var balances = new ItemBalance[issued];
            var asOfDay = Period.DaysBetween(Epoch, asOf);
            for (var i = 0; i < issued; i++)
            {
                var item = ledger.items[i];
                ref var state = ref states[i];
                var open = Open(i);
                balances[i] = new ItemBalance(
                    item.Id,
                    item.InvoiceId,
                    item.Kind,
                    item.IssueDate,
                    item.DueDate,
                    new Money(item.Amount, currency),
                    new Money(state.Credited, currency),
                    new Money(state.Paid, currency),
                    new Money(state.WrittenOff, currency),
                    state.SettledOn,
                    open > 0m && asOfDay > item.DueDay ? asOfDay - item.DueDay : 0);
            }

            return new AccountStatement(debtor, asOf, currency, balances, allocations, new Money(credit, currency), (IReadOnlyList<string>?)notes ?? []);
        }

        private static ItemState[] Initial(ItemTemplate[] items)
        {
            var states = new ItemState[items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                states[i].Open = items[i].Amount;
            }

            return states;
        }

        private decimal Open(int index) => states[index].Open;

        private void Allocate(AccountEntry source, LocalDate date, IReadOnlyList<string> designated, bool credit)
        {
            var count = 0;
            for (var i = 0; i < issued; i++)
            {
                count += Open(i) > 0m ? 1 : 0;
            }

            var open = new OpenItem[count];
            for (int i = 0, k = 0; i < issued; i++)
            {
                var left = Open(i);
                if (left > 0m)
                {
                    var item = ledger.items[i];
                    open[k++] = new OpenItem(item.Id, item.InvoiceId, item.Kind, item.IssueDate, item.DueDate, new Money(left, currency));
                }
            }

            var lines = count == 0 ? [] : strategy.Allocate(source.Amount, date, open, designated);
            var total = 0m;
            foreach (var line in lines)
            {
                var index = CheckLine(line);
                total += line.Amount.Amount;
                Settle(index, line.Amount.Amount, date, credit);
            }

            if (total > source.Amount.Amount)
            {
                throw new InvalidOperationException($"Allocation strategy '{strategy.Name}' allocated {total} of {source.Id}, which is {source.Amount}.");
            }

            allocations.Add(new PaymentAllocation(source.Id, date, source.Amount, strategy.Name, lines, new Money(source.Amount.Amount - total, currency)));
            this.credit += source.Amount.Amount - total;
        }

        private int CheckLine(AllocationLine line)
        {
            // Every issued item with an open amount was offered, so this is exactly "an offered item, within its open amount".
            if (line.ItemId is null || !ledger.itemIndexById.TryGetValue(line.ItemId, out var index) || index >= issued
                || !line.Amount.Currency.Equals(currency) || !line.Amount.IsPositive || line.Amount.Amount > Open(index))
            {
                throw new InvalidOperationException(
                    $"Allocation strategy '{strategy.Name}' returned an impossible line: {line.Amount} to '{line.ItemId}'.");
            }

            return index;
        }

        private void Settle(int index, decimal amount, LocalDate date, bool credit)
        {
            ref var state = ref states[index];
            if (credit)
            {
                state.Credited += amount;
            }
            else
            {
                state.Paid += amount;
            }

            state.Open -= amount;
            if (state.Open == 0m && state.SettledOn is null)
            {
                state.SettledOn = date;
            }
        }

        private List<AllocationLine> TakeOff(string invoiceId, decimal amount, LocalDate date, bool credit)
        {
            // A credit note reduces what falls due last.
            var lines = new List<AllocationLine>();
            var targets = ledger.itemsOfInvoice[invoiceId];
            for (var k = targets.Length - 1; k >= 0 && amount > 0m; k--)
            {
                var take = Math.Min(amount, Open(targets[k]));
                if (take > 0m)
                {
                    Settle(targets[k], take, date, credit);
                    lines.Add(new AllocationLine(ledger.items[targets[k]].Id, new Money(take, currency), "credited, last due first"));
                    amount -= take;
                }
            }

            return lines;
        }

        private List<AllocationLine> FillOldestFirst(string invoiceId, decimal amount, LocalDate date)
        {
            var lines = new List<AllocationLine>();
            foreach (var index in ledger.itemsOfInvoice[invoiceId])
            {
                var take = Math.Min(amount, Open(index));
                if (take > 0m)
                {
                    Settle(index, take, date, credit: false);
                    lines.Add(new AllocationLine(ledger.items[index].Id, new Money(take, currency), "deposit for this invoice"));
                    amount -= take;
                }
            }

            return lines;
        }

        private void Record(AccountEntry source, LocalDate date, string rule, List<AllocationLine> lines, bool credit)
        {
            var applied = 0m;
            foreach (var line in lines)
            {
                applied += line.Amount.Amount;
            }

            var left = source.Amount.Amount - applied;
            this.credit += left;
            allocations.Add(new PaymentAllocation(source.Id, date, source.Amount, rule, lines, new Money(left, currency)));
        }

        private void WriteOff(WriteOff writeOff, LocalDate date)
        {
            var targets = ledger.itemsOfInvoice.TryGetValue(writeOff.ItemId, out var ofInvoice)
                ? Enumerable.Reverse(ofInvoice).ToArray()
                : [ledger.itemIndexById[writeOff.ItemId]];
            var amount = writeOff.Amount.Amount;
            foreach (var index in targets)
            {
                var take = Math.Min(amount, Open(index));
                if (take > 0m)
                {
                    ref var state = ref states[index];
                    state.WrittenOff += take;
                    state.Open -= take;
                    if (state.Open == 0m && state.SettledOn is null)
                    {
                        state.SettledOn = date;
                    }

                    amount -= take;
                }
            }

            if (amount > 0m)
            {
                (notes ??= []).Add(
                    $"Write-off {writeOff.Id} of {writeOff.Amount} on {Iso.Date(date)}: "
                    + $"only {new Money(writeOff.Amount.Amount - amount, currency)} was open on {writeOff.ItemId}; the rest was not applied.");
            }
        }
    }
}
