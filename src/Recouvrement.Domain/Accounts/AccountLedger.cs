using System;
using System.Collections.Generic;
using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>
/// The account's entries laid out for replay: the receivable items they create, and the movements (payments,
/// deposits, credit notes, write-offs) in the order they apply. Built once per account; each statement replays it.
/// </summary>
/// <remarks>
/// Amounts are counted in whole minor units (<see cref="long"/>): entries are validated whole and their total to fit,
/// and integer arithmetic is several times faster than <see cref="decimal"/> on a path run for every statement.
/// </remarks>
internal sealed class AccountLedger
{
    private readonly Currency currency;
    private readonly ItemTemplate[] items;

    // The items each entry created, by its position among the checked entries: an invoice by instalments creates
    // several, a movement or an entry in another currency none.
    private readonly ItemRange[] itemsAt;
    private readonly CheckedEntries entries;
    private readonly Movement[] movements;

    /// <summary>Lays out the entries of <paramref name="currency"/> among <paramref name="valid"/> in canonical order.</summary>
    internal AccountLedger(CheckedEntries valid, Currency currency)
    {
        this.currency = currency;
        entries = valid;
        var all = valid.Entries;

        // This currency's entries as sort keys, items counted so every table is allocated once, at its size.
        var keys = new long[all.Length];
        int count = 0, itemCount = 0, holders = 0;
        for (var i = 0; i < all.Length; i++)
        {
            var entry = all[i];
            if (entry.Amount.Currency.Equals(currency))
            {
                keys[count++] = EntryOrder.Key(DayNumber.Of(entry.Date), entry, i);
                if (entry is Invoice or Charge)
                {
                    holders++;
                    itemCount += entry is Invoice invoice ? Math.Max(1, invoice.Instalments.Count) : 1;
                }
            }
        }

        EntryOrder.Sort(keys, count, all);
        Entries = new AccountEntry[count];
        items = new ItemTemplate[itemCount];
        itemsAt = new ItemRange[all.Length];
        movements = new Movement[count - holders];
        int next = 0, move = 0;
        for (var k = 0; k < count; k++)
        {
            var (position, day) = (EntryOrder.Position(keys[k]), EntryOrder.Day(keys[k]));
            var entry = Entries[k] = all[position];
            var start = next;
            switch (entry)
            {
                case Invoice invoice when invoice.Instalments.Count == 0:
                    items[next++] = new ItemTemplate(invoice.Id, invoice.Id, ChargeKind.Principal, invoice.IssueDate, day, invoice.DueDate, valid.Units[position]);
                    break;
                case Invoice invoice:
                    for (var n = 0; n < invoice.Instalments.Count; n++)
                    {
                        var instalment = invoice.Instalments[n];
                        items[next++] = new ItemTemplate(ItemIds.Instalment(invoice.Id, n + 1), invoice.Id, ChargeKind.Principal, invoice.IssueDate, day, instalment.DueDate, instalment.Amount.WholeMinorUnits);
                    }

                    break;
                case Charge charge:
                    items[next++] = new ItemTemplate(charge.Id, charge.InvoiceId ?? charge.Id, charge.Kind, charge.Date, day, charge.DueDate, valid.Units[position]);
                    break;
                default:
                    movements[move++] = new Movement(entry, entry.Date, day, valid.Units[position]);
                    continue;
            }

            itemsAt[position] = new ItemRange(start, next - start);
        }

        if (!SetTargets(movements))
        {
            movements = Reordered(movements);
        }
    }

    /// <summary>Gets this currency's entries in canonical order.</summary>
    internal AccountEntry[] Entries { get; }

    internal AccountStatement Statement(Debtor debtor, IPaymentAllocationStrategy strategy, LocalDate asOf)
    {
        var replay = new Replay(this, strategy);
        var asOfDay = DayNumber.Of(asOf);
        for (var i = 0; i < movements.Length && movements[i].Day <= asOfDay; i++)
        {
            replay.IssueUpTo(movements[i].Day);
            replay.Apply(in movements[i]);
        }

        replay.IssueUpTo(asOfDay);
        return replay.ToStatement(debtor, asOf);
    }

    /// <summary>The movements in canonical order again, once a deposit paid before its invoice moved to the invoice's issue date.</summary>
    private static Movement[] Reordered(Movement[] movements)
    {
        var keys = new long[movements.Length];
        var moved = new AccountEntry[movements.Length];
        for (var m = 0; m < movements.Length; m++)
        {
            keys[m] = EntryOrder.Key(movements[m].Day, movements[m].Entry, m);
            moved[m] = movements[m].Entry;
        }

        EntryOrder.Sort(keys, keys.Length, moved);
        return Array.ConvertAll(keys, key => movements[EntryOrder.Position(key)]);
    }

    /// <summary>
    /// Sets what each movement settles, now every item is laid out; a deposit paid before its invoice applies when the
    /// invoice is issued. Returns whether the movements are still in order, that is, whether no deposit waits.
    /// </summary>
    private bool SetTargets(Movement[] laidOut)
    {
        var inOrder = true;
        for (var m = 0; m < laidOut.Length; m++)
        {
            ref var movement = ref laidOut[m];
            switch (movement.Entry)
            {
                case CreditNote { InvoiceId: { } invoiceId }:
                    movement.Targets = itemsAt[entries.PositionById[invoiceId]];
                    movement.Rule = "Credit note against invoice " + invoiceId + ", last due first";
                    break;
                case Deposit { InvoiceId: { } invoiceId }:
                    movement.Targets = itemsAt[entries.PositionById[invoiceId]];
                    movement.Rule = "Deposit for invoice " + invoiceId;
                    ref readonly var invoice = ref items[movement.Targets.Start];
                    if (invoice.IssueDay > movement.Day)
                    {
                        (movement.Date, movement.Day, inOrder) = (invoice.IssueDate, invoice.IssueDay, false);
                    }

                    break;
                case WriteOff writeOff:
                    movement.Targets = RangeOf(writeOff.ItemId);
                    break;
            }
        }

        return inOrder;
    }

    /// <summary>The item of an id: an invoice without instalments, a charge, or an instalment <c>INV/n</c>.</summary>
    private bool TryFindItem(string id, out int index)
    {
        index = -1;
        if (entries.PositionById.TryGetValue(id, out var position))
        {
            // An invoice by instalments is not an item itself; an entry in another currency has none here.
            var range = itemsAt[position];
            if (range.Count > 0 && string.Equals(items[range.Start].Id, id, StringComparison.Ordinal))
            {
                index = range.Start;
            }
        }
        else if (ItemIds.TrySplitInstalment(id, out var invoiceId, out var number) && entries.PositionById.TryGetValue(invoiceId, out position)
            && entries.Entries[position] is Invoice invoice && number <= invoice.Instalments.Count && itemsAt[position].Count > 0)
        {
            index = itemsAt[position].Start + number - 1;
        }

        return index >= 0;
    }

    /// <summary>The items an invoice or a charge created, or the one item of an instalment id.</summary>
    private ItemRange RangeOf(string id)
        => entries.PositionById.TryGetValue(id, out var position) && itemsAt[position].Count > 0 ? itemsAt[position]
            : TryFindItem(id, out var index) ? new ItemRange(index, 1) : throw new KeyNotFoundException(id);

    private readonly record struct ItemRange(int Start, int Count);

    private readonly record struct ItemTemplate(string Id, string InvoiceId, ChargeKind Kind, LocalDate IssueDate, int IssueDay, LocalDate DueDate, long Units)
    {
        // Day numbers, computed once per account: a statement then compares and subtracts integers.
        internal int DueDay { get; } = DayNumber.Of(DueDate);
    }

    /// <summary>A payment, deposit, credit note or write-off, laid out for replay.</summary>
    /// <param name="Entry">The entry.</param>
    /// <param name="Date">The date it applies: a deposit paid before its invoice waits for it.</param>
    /// <param name="Day">That date as a day number: a statement compares integers, not dates.</param>
    /// <param name="Units">The amount in minor units.</param>
    private record struct Movement(AccountEntry Entry, LocalDate Date, int Day, long Units)
    {
        /// <summary>Gets or sets the items a credit note, deposit or write-off names; none for what a strategy allocates.</summary>
        internal ItemRange Targets { get; set; }

        /// <summary>Gets or sets the rule a credit note or deposit against an invoice follows, written once per account.</summary>
        internal string? Rule { get; set; }
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
        internal long Open;
        internal long Credited;
        internal long Paid;
        internal long WrittenOff;
        internal LocalDate? SettledOn;
    }

    /// <summary>A statement's working tables, which the thread reuses for its next statement.</summary>
    private sealed class Tables
    {
        [ThreadStatic]
        private static Tables? owned;

        private Tables(int capacity)
        {
            States = new ItemState[capacity];
            Open = new OpenItemBuffer(capacity);
        }

        /// <summary>Gets each item's state, in the account's order.</summary>
        internal ItemState[] States { get; }

        /// <summary>Gets the items with an amount left to pay.</summary>
        internal OpenItemBuffer Open { get; }

        /// <summary>Gets the lines of the allocation being made, copied out when it is recorded.</summary>
        internal List<AllocationLine> Lines { get; } = [];

        /// <summary>Takes the thread's tables (new ones when a strategy draws up a statement during one), set for <paramref name="items"/>.</summary>
        internal static Tables Take(ItemTemplate[] items)
        {
            var tables = owned is { } own && own.States.Length >= items.Length ? own : new Tables(items.Length);
            owned = null;
            for (var i = 0; i < items.Length; i++)
            {
                tables.States[i] = new ItemState { Open = items[i].Units };
            }

            return tables;
        }

        /// <summary>Gives the tables back to the thread, holding no item of this account any more.</summary>
        internal void Return()
        {
            Open.Clear();
            Lines.Clear();
            owned = this;
        }
    }

    /// <summary>One replay of the movements up to a statement date.</summary>
    private sealed class Replay(AccountLedger ledger, IPaymentAllocationStrategy strategy)
    {
        private readonly Currency currency = ledger.currency;
        private readonly List<PaymentAllocation> allocations = new(ledger.movements.Length);

        // Each item's state, the open items and the lines of an allocation, in tables the thread reuses from one
        // statement to the next.
        private readonly Tables tables = Tables.Take(ledger.items);
        private List<string>? notes;
        private long credit;
        private int issued;
        private int listed;

        internal void IssueUpTo(int day)
        {
            while (issued < ledger.items.Length && ledger.items[issued].IssueDay <= day)
            {
                issued++;
            }
        }

        internal void Apply(in Movement movement)
        {
            switch (movement.Entry)
            {
                case CreditNote { InvoiceId: not null }:
                    // A credit note reduces what falls due last.
                    Record(movement, movement.Rule!, Take(movement, lastFirst: true, Effect.Credit, "credited, last due first", out var notCredited), notCredited);
                    break;
                case CreditNote:
                    Allocate(movement, [], Effect.Credit);
                    break;
                case Deposit { InvoiceId: not null }:
                    Record(movement, movement.Rule!, Take(movement, lastFirst: false, Effect.Payment, "deposit for this invoice", out var notDeposited), notDeposited);
                    break;
                case Deposit:
                    Allocate(movement, [], Effect.Payment);
                    break;
                case Payment payment:
                    Allocate(movement, payment.DesignatedIds, Effect.Payment);
                    break;
                case WriteOff writeOff:
                    WriteOff(movement, writeOff);
                    break;
            }
        }

        internal AccountStatement ToStatement(Debtor debtor, LocalDate asOf)
        {
            var balances = new ItemBalance[issued];
            var asOfDay = DayNumber.Of(asOf);
            long invoiced = 0, charged = 0, credited = 0, paid = 0, writtenOff = 0, overdue = 0, notYetDue = 0;
            for (var i = 0; i < issued; i++)
            {
                var item = ledger.items[i];
                ref readonly var state = ref tables.States[i];
                var daysPastDue = state.Open > 0 && asOfDay > item.DueDay ? asOfDay - item.DueDay : 0;
                balances[i] = new ItemBalance(
                    item.Id,
                    item.InvoiceId,
                    item.Kind,
                    item.IssueDate,
                    item.DueDate,
                    currency,
                    (item.Units, state.Credited, state.Paid, state.WrittenOff, state.Open),
                    state.SettledOn,
                    daysPastDue);
                if (item.Kind.IsCharge)
                {
                    charged += item.Units;
                }
                else
                {
                    invoiced += item.Units;
                }

                credited += state.Credited;
                paid += state.Paid;
                writtenOff += state.WrittenOff;
                if (daysPastDue > 0)
                {
                    overdue += state.Open;
                }
                else
                {
                    notYetDue += state.Open;
                }
            }

            var totals = new StatementTotals(
                Money.FromMinorUnits(invoiced, currency),
                Money.FromMinorUnits(charged, currency),
                Money.FromMinorUnits(credited, currency),
                Money.FromMinorUnits(paid, currency),
                Money.FromMinorUnits(writtenOff, currency),
                Money.FromMinorUnits(overdue, currency),
                Money.FromMinorUnits(notYetDue, currency));
            tables.Return();
            return new AccountStatement(debtor, asOf, currency, balances, allocations, Money.FromMinorUnits(credit, currency), notes, totals);
        }

        private void Allocate(in Movement movement, IReadOnlyList<string> designated, Effect effect)
        {
            var (source, date) = (movement.Entry, movement.Date);
            tables.Open.Compact();
            for (; listed < issued; listed++)
            {
                if (tables.States[listed].Open > 0)
                {
                    var item = ledger.items[listed];
                    tables.Open.Add(listed, new OpenItem(item.Id, item.InvoiceId, item.Kind, item.IssueDate, item.DueDate, Money.FromMinorUnits(tables.States[listed].Open, currency)));
                }
            }

            // A copy of the lines: the allocation keeps it, and arrays iterate several times faster than interfaces.
            tables.Lines.Clear();
            if (tables.Open.Count > 0)
            {
                BuiltInAllocation.Append(strategy, source.Amount, date, tables.Open.Span, designated, tables.Lines);
            }

            var lines = tables.Lines.ToArray();
            var applied = 0L;
            foreach (var line in lines)
            {
                var (index, units) = CheckLine(line);
                applied += units;
                if (applied > movement.Units)
                {
                    throw new InvalidOperationException($"Allocation strategy '{strategy.Name}' allocated more than {source.Id}, which is {source.Amount}.");
                }

                Settle(index, units, date, effect);
            }

            Record(movement, strategy.Name, lines, movement.Units - applied);
        }

        private (int Index, long Units) CheckLine(AllocationLine line)
        {
            // Every issued item with an open amount was offered, so this is exactly "an offered item, within its open amount".
            if (line.ItemId is not null && (tables.Open.TryFind(line.ItemId, out var index) || ledger.TryFindItem(line.ItemId, out index)) && index < issued
                && line.Amount.Currency.Equals(currency) && line.Amount.TryWholeMinorUnits(out var units) && units > 0 && units <= tables.States[index].Open)
            {
                return (index, units);
            }

            throw new InvalidOperationException(
                $"Allocation strategy '{strategy.Name}' returned an impossible line: {line.Amount} to '{line.ItemId}'.");
        }

        private void Settle(int index, long units, LocalDate date, Effect effect)
        {
            ref var state = ref tables.States[index];
            switch (effect)
            {
                case Effect.Credit:
                    state.Credited += units;
                    break;
                case Effect.Payment:
                    state.Paid += units;
                    break;
                default:
                    state.WrittenOff += units;
                    break;
            }

            state.Open -= units;
            tables.Open.Update(index, state.Open);
            if (state.Open == 0 && state.SettledOn is null)
            {
                state.SettledOn = date;
            }
        }

        /// <summary>Takes the movement's amount from the items it names, in turn; the lines say what each gave, <paramref name="left"/> what none took.</summary>
        private AllocationLine[] Take(in Movement movement, bool lastFirst, Effect effect, string reason, out long left)
        {
            var (targets, lines) = (movement.Targets, tables.Lines);
            lines.Clear();
            left = movement.Units;
            for (var k = 0; k < targets.Count && left > 0; k++)
            {
                var index = targets.Start + (lastFirst ? targets.Count - 1 - k : k);
                var take = Math.Min(left, tables.States[index].Open);
                if (take > 0)
                {
                    Settle(index, take, movement.Date, effect);
                    lines.Add(new AllocationLine(ledger.items[index].Id, Money.FromMinorUnits(take, currency), reason));
                    left -= take;
                }
            }

            return lines.ToArray();
        }

        private void Record(in Movement movement, string rule, AllocationLine[] lines, long left)
        {
            credit += left;
            allocations.Add(new PaymentAllocation(movement.Entry.Id, movement.Date, movement.Entry.Amount, rule, lines, Money.FromMinorUnits(left, currency)));
        }

        private void WriteOff(in Movement movement, WriteOff writeOff)
        {
            // An invoice loses what falls due last; a charge or an instalment is written off on its own.
            Take(movement, lastFirst: true, Effect.WriteOff, "written off", out var left);
            if (left > 0)
            {
                // What a write-off could not take is no credit to the debtor: it is reported instead.
                (notes ??= []).Add(
                    $"Write-off {writeOff.Id} of {writeOff.Amount} on {Iso.Date(movement.Date)}: "
                    + $"only {Money.FromMinorUnits(movement.Units - left, currency)} was open on {writeOff.ItemId}; the rest was not applied.");
            }
        }
    }
}
