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

    // Invoices and charges by id, with the items each created: an invoice by instalments creates several.
    private readonly Dictionary<string, ItemRange> itemsByHolder;
    private readonly AccountEntry[] movements;

    // The date each movement applies, and as a day number: a statement compares integers, not dates.
    private readonly LocalDate[] movementDates;
    private readonly int[] movementDays;

    internal AccountLedger(AccountEntry[] entries, Currency currency)
    {
        this.currency = currency;

        // Counted first so every table is allocated once, at its size.
        int itemCount = 0, holders = 0;
        foreach (var entry in entries)
        {
            if (entry is Invoice or Charge)
            {
                holders++;
                itemCount += entry is Invoice invoice ? Math.Max(1, invoice.Instalments.Count) : 1;
            }
        }

        items = new ItemTemplate[itemCount];
        var moves = new AccountEntry[entries.Length - holders];
        itemsByHolder = new Dictionary<string, ItemRange>(holders, StringComparer.Ordinal);
        int next = 0, move = 0;
        foreach (var entry in entries)
        {
            var start = next;
            switch (entry)
            {
                case Invoice invoice when invoice.Instalments.Count == 0:
                    items[next++] = new ItemTemplate(invoice.Id, invoice.Id, ChargeKind.Principal, invoice.IssueDate, invoice.DueDate, invoice.Total.WholeMinorUnits);
                    break;
                case Invoice invoice:
                    for (var n = 0; n < invoice.Instalments.Count; n++)
                    {
                        var instalment = invoice.Instalments[n];
                        items[next++] = new ItemTemplate(ItemIds.Instalment(invoice.Id, n + 1), invoice.Id, ChargeKind.Principal, invoice.IssueDate, instalment.DueDate, instalment.Amount.WholeMinorUnits);
                    }

                    break;
                case Charge charge:
                    items[next++] = new ItemTemplate(charge.Id, charge.InvoiceId ?? charge.Id, charge.Kind, charge.Date, charge.DueDate, charge.Amount.WholeMinorUnits);
                    break;
                default:
                    moves[move++] = entry;
                    continue;
            }

            itemsByHolder.Add(entry.Id, new ItemRange(start, next - start));
        }

        // Entries come in canonical order; only a deposit waiting for its invoice moves.
        movements = Array.TrueForAll(moves, m => EffectiveDate(m) == m.Date) ? moves : EntryOrder.Sort(moves, EffectiveDate);
        movementDates = new LocalDate[movements.Length];
        movementDays = new int[movements.Length];
        for (var i = 0; i < movements.Length; i++)
        {
            movementDates[i] = EffectiveDate(movements[i]);
            movementDays[i] = DayNumber.Of(movementDates[i]);
        }
    }

    internal AccountStatement Statement(Debtor debtor, IPaymentAllocationStrategy strategy, LocalDate asOf)
    {
        var replay = new Replay(this, strategy);
        var asOfDay = DayNumber.Of(asOf);
        for (var i = 0; i < movements.Length && movementDays[i] <= asOfDay; i++)
        {
            replay.IssueUpTo(movementDays[i]);
            replay.Apply(movements[i], movementDates[i]);
        }

        replay.IssueUpTo(asOfDay);
        return replay.ToStatement(debtor, asOf);
    }

    private LocalDate EffectiveDate(AccountEntry entry)
        => entry is Deposit { InvoiceId: { } invoiceId } deposit && itemsByHolder.TryGetValue(invoiceId, out var targets)
            ? LocalDate.Max(deposit.Date, items[targets.Start].IssueDate)
            : entry.Date;

    /// <summary>The item of an id: an invoice without instalments, a charge, or an instalment <c>INV/n</c>.</summary>
    private bool TryFindItem(string id, out int index)
    {
        if (itemsByHolder.TryGetValue(id, out var range))
        {
            index = range.Start;
            return string.Equals(items[index].Id, id, StringComparison.Ordinal);
        }

        index = -1;
        if (ItemIds.TrySplitInstalment(id, out var invoiceId, out var number) && itemsByHolder.TryGetValue(invoiceId, out var instalments)
            && number <= instalments.Count)
        {
            index = instalments.Start + number - 1;
        }

        return index >= 0;
    }

    /// <summary>The items an invoice or a charge created, or the one item of an instalment id.</summary>
    private ItemRange RangeOf(string id)
        => itemsByHolder.TryGetValue(id, out var range) ? range : TryFindItem(id, out var index) ? new ItemRange(index, 1) : throw new KeyNotFoundException(id);

    private readonly record struct ItemRange(int Start, int Count);

    private readonly record struct ItemTemplate(string Id, string InvoiceId, ChargeKind Kind, LocalDate IssueDate, LocalDate DueDate, long Units)
    {
        // Day numbers, computed once per account: a statement then compares and subtracts integers.
        internal int IssueDay { get; } = DayNumber.Of(IssueDate);

        internal int DueDay { get; } = DayNumber.Of(DueDate);
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

        internal void Apply(AccountEntry entry, LocalDate date)
        {
            switch (entry)
            {
                case CreditNote { InvoiceId: { } invoiceId } note:
                    // A credit note reduces what falls due last.
                    Record(note, date, "Credit note against invoice " + invoiceId + ", last due first", Take(note, date, ledger.itemsByHolder[invoiceId], lastFirst: true, Effect.Credit, "credited, last due first", out var notCredited), notCredited);
                    break;
                case CreditNote note:
                    Allocate(note, date, [], Effect.Credit);
                    break;
                case Deposit { InvoiceId: { } invoiceId } deposit:
                    Record(deposit, date, "Deposit for invoice " + invoiceId, Take(deposit, date, ledger.itemsByHolder[invoiceId], lastFirst: false, Effect.Payment, "deposit for this invoice", out var notDeposited), notDeposited);
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

        private void Allocate(AccountEntry source, LocalDate date, IReadOnlyList<string> designated, Effect effect)
        {
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
            var amount = source.Amount.WholeMinorUnits;
            var applied = 0L;
            foreach (var line in lines)
            {
                var (index, units) = CheckLine(line);
                applied += units;
                if (applied > amount)
                {
                    throw new InvalidOperationException($"Allocation strategy '{strategy.Name}' allocated more than {source.Id}, which is {source.Amount}.");
                }

                Settle(index, units, date, effect);
            }

            Record(source, date, strategy.Name, lines, amount - applied);
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

        /// <summary>Takes the source's amount from the items in turn; the lines say what each gave, <paramref name="left"/> what none took.</summary>
        private AllocationLine[] Take(AccountEntry source, LocalDate date, ItemRange targets, bool lastFirst, Effect effect, string reason, out long left)
        {
            var lines = new List<AllocationLine>(targets.Count);
            left = source.Amount.WholeMinorUnits;
            for (var k = 0; k < targets.Count && left > 0; k++)
            {
                var index = targets.Start + (lastFirst ? targets.Count - 1 - k : k);
                var take = Math.Min(left, tables.States[index].Open);
                if (take > 0)
                {
                    Settle(index, take, date, effect);
                    lines.Add(new AllocationLine(ledger.items[index].Id, Money.FromMinorUnits(take, currency), reason));
                    left -= take;
                }
            }

            return [.. lines];
        }

        private void Record(AccountEntry source, LocalDate date, string rule, AllocationLine[] lines, long left)
        {
            credit += left;
            allocations.Add(new PaymentAllocation(source.Id, date, source.Amount, rule, lines, Money.FromMinorUnits(left, currency)));
        }

        private void WriteOff(WriteOff writeOff, LocalDate date)
        {
            // An invoice loses what falls due last; a charge or an instalment is written off on its own.
            Take(writeOff, date, ledger.RangeOf(writeOff.ItemId), lastFirst: true, Effect.WriteOff, "written off", out var left);
            if (left > 0)
            {
                // What a write-off could not take is no credit to the debtor: it is reported instead.
                (notes ??= []).Add(
                    $"Write-off {writeOff.Id} of {writeOff.Amount} on {Iso.Date(date)}: "
                    + $"only {Money.FromMinorUnits(writeOff.Amount.WholeMinorUnits - left, currency)} was open on {writeOff.ItemId}; the rest was not applied.");
            }
        }
    }
}
