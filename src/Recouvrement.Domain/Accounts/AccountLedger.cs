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

    /// <summary>What a movement does to the items it settles.</summary>
    private enum Effect
    {
        Credit,
        Payment,
        WriteOff,
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
                    // A credit note reduces what falls due last.
                    Record(note, date, $"Credit note against invoice {invoiceId}, last due first", Take(ledger.itemsOfInvoice[invoiceId], lastFirst: true, note.Amount.Amount, date, Effect.Credit, "credited, last due first"));
                    break;
                case CreditNote note:
                    Allocate(note, date, [], Effect.Credit);
                    break;
                case Deposit { InvoiceId: { } invoiceId } deposit:
                    Record(deposit, date, $"Deposit for invoice {invoiceId}", Take(ledger.itemsOfInvoice[invoiceId], lastFirst: false, deposit.Amount.Amount, date, Effect.Payment, "deposit for this invoice"));
                    break;
                case Deposit deposit:
                    Allocate(deposit, date, [], Effect.Payment);
                    break;
                case Payment payment:
                    Allocate(payment, date, payment.DesignatedIds, Effect.Payment);
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

        private void Allocate(AccountEntry source, LocalDate date, IReadOnlyList<string> designated, Effect effect)
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
                Settle(index, line.Amount.Amount, date, effect);
            }

            if (total > source.Amount.Amount)
            {
                throw new InvalidOperationException($"Allocation strategy '{strategy.Name}' allocated {total} of {source.Id}, which is {source.Amount}.");
            }

            Record(source, date, strategy.Name, lines);
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

        private void Settle(int index, decimal amount, LocalDate date, Effect effect)
        {
            ref var state = ref states[index];
            switch (effect)
            {
                case Effect.Credit:
                    state.Credited += amount;
                    break;
                case Effect.Payment:
                    state.Paid += amount;
                    break;
                default:
                    state.WrittenOff += amount;
                    break;
            }

            state.Open -= amount;
            if (state.Open == 0m && state.SettledOn is null)
            {
                state.SettledOn = date;
            }
        }

        /// <summary>Takes up to <paramref name="amount"/> from the items in turn; the lines say what each gave.</summary>
        private List<AllocationLine> Take(int[] targets, bool lastFirst, decimal amount, LocalDate date, Effect effect, string reason)
        {
            var lines = new List<AllocationLine>();
            for (var k = 0; k < targets.Length && amount > 0m; k++)
            {
                var index = targets[lastFirst ? targets.Length - 1 - k : k];
                var take = Math.Min(amount, Open(index));
                if (take > 0m)
                {
                    Settle(index, take, date, effect);
                    lines.Add(new AllocationLine(ledger.items[index].Id, new Money(take, currency), reason));
                    amount -= take;
                }
            }

            return lines;
        }

        private static decimal Applied(IReadOnlyList<AllocationLine> lines)
        {
            var applied = 0m;
            foreach (var line in lines)
            {
                applied += line.Amount.Amount;
            }

            return applied;
        }

        private void Record(AccountEntry source, LocalDate date, string rule, IReadOnlyList<AllocationLine> lines)
        {
            var left = source.Amount.Amount - Applied(lines);
            credit += left;
            allocations.Add(new PaymentAllocation(source.Id, date, source.Amount, rule, lines, new Money(left, currency)));
        }

        private void WriteOff(WriteOff writeOff, LocalDate date)
        {
            // An invoice loses what falls due last; a charge or an instalment is written off on its own.
            var targets = ledger.itemsOfInvoice.TryGetValue(writeOff.ItemId, out var ofInvoice) ? ofInvoice : [ledger.itemIndexById[writeOff.ItemId]];
            var applied = Applied(Take(targets, lastFirst: true, writeOff.Amount.Amount, date, Effect.WriteOff, "written off"));
            if (applied < writeOff.Amount.Amount)
            {
                (notes ??= []).Add(
                    $"Write-off {writeOff.Id} of {writeOff.Amount} on {Iso.Date(date)}: "
                    + $"only {new Money(applied, currency)} was open on {writeOff.ItemId}; the rest was not applied.");
            }
        }
    }
}
