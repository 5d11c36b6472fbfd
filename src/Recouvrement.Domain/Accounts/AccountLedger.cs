using System;
using System.Collections.Generic;
using System.Threading;
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

    // Each name an allocation can designate (an item's id, an invoice's id) with the items it names, built at the first
    // designation.
    private Dictionary<string, List<int>>? itemsByName;

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

        var dueKeys = new long[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            dueKeys[i] = DueOrder.Key(items[i].DueDay, i);
        }

        (ItemAtDueRank, DueRankOfItem) = DueOrder.Sort(dueKeys);
    }

    /// <summary>Gets this currency's entries in canonical order.</summary>
    internal AccountEntry[] Entries { get; }

    /// <summary>Gets the currency of every amount.</summary>
    internal Currency Currency => currency;

    /// <summary>Gets the items (invoices, instalments, charges) in issue order.</summary>
    internal ItemTemplate[] Items => items;

    /// <summary>Gets the items in due order: due date, then issue order.</summary>
    internal int[] ItemAtDueRank { get; }

    /// <summary>Gets each item's rank in <see cref="ItemAtDueRank"/>.</summary>
    internal int[] DueRankOfItem { get; }

    /// <summary>Gets the number of movements.</summary>
    internal int MovementCount => movements.Length;

    internal AccountStatement Statement(Debtor debtor, IPaymentAllocationStrategy strategy, LocalDate asOf)
    {
        var replay = new StatementReplay(this, strategy);
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
    /// Sets what each movement settles, now every item is laid out; a deposit paid, a credit note issued or a write-off
    /// made before its invoice (or charge) applies when the invoice is issued. Returns whether the movements are still
    /// in order, that is, whether none waits.
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
                    inOrder &= !WaitsForItsInvoice(ref movement);
                    break;
                case Deposit { InvoiceId: { } invoiceId }:
                    movement.Targets = itemsAt[entries.PositionById[invoiceId]];
                    movement.Rule = "Deposit for invoice " + invoiceId;
                    inOrder &= !WaitsForItsInvoice(ref movement);
                    break;
                case WriteOff writeOff:
                    movement.Targets = RangeOf(writeOff.ItemId);
                    inOrder &= !WaitsForItsInvoice(ref movement);
                    break;
            }
        }

        return inOrder;
    }

    /// <summary>
    /// Moves a deposit, a credit note or a write-off against an invoice (or charge) not issued yet on its date to the
    /// issue date: it cannot settle what does not exist, and until then it is no credit either. Returns whether it moved.
    /// </summary>
    private bool WaitsForItsInvoice(ref Movement movement)
    {
        var invoice = items[movement.Targets.Start];
        if (invoice.IssueDay <= movement.Day)
        {
            return false;
        }

        (movement.Date, movement.Day) = (invoice.IssueDate, invoice.IssueDay);
        return true;
    }

    /// <summary>The item of an id: an invoice without instalments, a charge, or an instalment <c>INV/n</c>.</summary>
    internal bool TryFindItem(string id, out int index)
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

    /// <summary>Appends the items <paramref name="name"/> names, in issue order: the item of that id, and the items of that invoice.</summary>
    internal void AppendNamed(string name, List<int> named)
    {
        var names = Volatile.Read(ref itemsByName);
        if (names is null)
        {
            names = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < items.Length; i++)
            {
                Name(names, items[i].Id, i);
                if (!string.Equals(items[i].InvoiceId, items[i].Id, StringComparison.Ordinal))
                {
                    Name(names, items[i].InvoiceId, i);
                }
            }

            // Two threads may both build the table: the same table, one kept.
            names = Interlocked.CompareExchange(ref itemsByName, names, null) ?? names;
        }

        if (names.TryGetValue(name, out var found))
        {
            named.AddRange(found);
        }

        static void Name(Dictionary<string, List<int>> names, string name, int item)
        {
            if (!names.TryGetValue(name, out var list))
            {
                names[name] = list = [];
            }

            list.Add(item);
        }
    }

    /// <summary>The items an invoice or a charge created, or the one item of an instalment id.</summary>
    private ItemRange RangeOf(string id)
        => entries.PositionById.TryGetValue(id, out var position) && itemsAt[position].Count > 0 ? itemsAt[position]
            : TryFindItem(id, out var index) ? new ItemRange(index, 1) : throw new KeyNotFoundException(id);

    internal readonly record struct ItemRange(int Start, int Count);

    /// <summary>
    /// An item as the account issues it, made once per account: every statement's <see cref="ItemBalance"/> of the item
    /// refers to it rather than copying its fields.
    /// </summary>
    internal sealed record ItemTemplate(string Id, string InvoiceId, ChargeKind Kind, LocalDate IssueDate, int IssueDay, LocalDate DueDate, long Units)
    {
        // Day numbers, computed once per account: a statement then compares and subtracts integers.
        internal int DueDay { get; } = DayNumber.Of(DueDate);
    }

    /// <summary>A payment, deposit, credit note or write-off, laid out for replay.</summary>
    /// <param name="Entry">The entry.</param>
    /// <param name="Date">The date it applies: a deposit, a credit note or a write-off dated before its invoice waits for it.</param>
    /// <param name="Day">That date as a day number: a statement compares integers, not dates.</param>
    /// <param name="Units">The amount in minor units.</param>
    internal record struct Movement(AccountEntry Entry, LocalDate Date, int Day, long Units)
    {
        /// <summary>Gets or sets the items a credit note, deposit or write-off names; none for what a strategy allocates.</summary>
        internal ItemRange Targets { get; set; }

        /// <summary>Gets or sets the rule a credit note or deposit against an invoice follows, written once per account.</summary>
        internal string? Rule { get; set; }
    }

    /// <summary>What a movement does to the items it settles.</summary>
    internal enum Effect
    {
        Credit,
        Payment,
        WriteOff,
    }

    internal struct ItemState
    {
        // Kept up to date rather than derived: it is read for every item a payment settles.
        internal long Open;
        internal long Credited;
        internal long Paid;
        internal long WrittenOff;
        internal LocalDate? SettledOn;
    }

    /// <summary>A statement's working tables, rented from <see cref="Scratch{T}"/>.</summary>
    internal sealed class Tables : IScratchTable
    {
        public Tables() => Open = new LedgerOpenItems(this);

        /// <summary>Gets each item's state, in the account's order.</summary>
        internal ItemState[] States { get; private set; } = [];

        /// <summary>Gets the open charges, by their rank in the due order.</summary>
        internal OrdinalSet Charges { get; } = new();

        /// <summary>Gets the open principal items, by their rank in the due order.</summary>
        internal OrdinalSet Principal { get; } = new();

        /// <summary>Gets the lines of the allocation being made, copied out when it is recorded.</summary>
        internal List<AllocationLine> Lines { get; } = [];

        /// <summary>Gets the open items, over the ledger the tables are rented for.</summary>
        internal LedgerOpenItems Open { get; }

        /// <summary>Rents the thread's tables, set for <paramref name="ledger"/>'s items.</summary>
        internal static Tables Rent(AccountLedger ledger)
        {
            var tables = Scratch<Tables>.Rent();
            var items = ledger.Items;
            if (tables.States.Length < items.Length)
            {
                tables.States = new ItemState[items.Length];
            }

            tables.Charges.Reset(items.Length);
            tables.Principal.Reset(items.Length);

            for (var i = 0; i < items.Length; i++)
            {
                tables.States[i] = new ItemState { Open = items[i].Units };
            }

            tables.Open.Start(ledger);
            return tables;
        }

        /// <summary>Gives the tables back to the thread.</summary>
        internal void Return() => Scratch<Tables>.Return(this);

        /// <inheritdoc/>
        public void Clear()
        {
            Open.Clear();
            Charges.Clear();
            Principal.Clear();
            Lines.Clear();
        }
    }
}
