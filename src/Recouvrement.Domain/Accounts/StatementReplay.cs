using System;
using System.Collections.Generic;
using NodaTime;
using Recouvrement.Debtors;
using Recouvrement.Internal;
using static Recouvrement.Accounts.AccountLedger;

namespace Recouvrement.Accounts;

/// <summary>
/// The replay of an account's movements up to a date, into a statement: items issued as their dates pass, each movement
/// settling them by its rule or the allocation strategy, each item's state kept in tables the thread reuses.
/// </summary>
internal struct StatementReplay
{
    private readonly AccountLedger ledger;
    private readonly IPaymentAllocationStrategy strategy;
    private readonly Currency currency;
    private readonly List<PaymentAllocation> allocations;

    // Each item's state, the open items and the lines of an allocation, in tables the thread reuses from one
    // statement to the next.
    private readonly Tables tables;
    private List<string>? notes;
    private long credit;
    private int issued;

    internal StatementReplay(AccountLedger ledger, IPaymentAllocationStrategy strategy)
    {
        (this.ledger, this.strategy, currency) = (ledger, strategy, ledger.Currency);
        allocations = new(ledger.MovementCount);
        tables = Tables.Rent(ledger);
    }

    internal void IssueUpTo(int day)
    {
        for (; issued < ledger.Items.Length && ledger.Items[issued].IssueDay <= day; issued++)
        {
            if (tables.States[issued].Open > 0)
            {
                tables.Open.Add(issued);
            }
        }
    }

    internal void Apply(in Movement movement)
    {
        switch (movement.Entry)
        {
            case CreditNote { InvoiceId: not null }:
                // A credit note reduces what falls due last.
                Record(movement, movement.Rule!, ApplyToNamedItems(movement, lastFirst: true, Effect.Credit, "credited, last due first", out var notCredited), notCredited);
                break;
            case CreditNote:
                Allocate(movement, [], Effect.Credit);
                break;
            case Deposit { InvoiceId: not null }:
                Record(movement, movement.Rule!, ApplyToNamedItems(movement, lastFirst: false, Effect.Payment, "deposit for this invoice", out var notDeposited), notDeposited);
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
            var item = ledger.Items[i];
            ref readonly var state = ref tables.States[i];
            var daysPastDue = state.Open > 0 && asOfDay > item.DueDay ? asOfDay - item.DueDay : 0;
            balances[i] = new ItemBalance(item, currency, (state.Credited, state.Paid, state.WrittenOff, state.Open), state.SettledOn, daysPastDue);
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

        var totals = new StatementTotals(invoiced, charged, credited, paid, writtenOff, overdue, notYetDue, credit);
        tables.Return();
        return new AccountStatement(debtor, asOf, currency, balances, allocations, notes, totals);
    }

    private void Allocate(in Movement movement, IReadOnlyList<string> designated, Effect effect)
    {
        var (source, date) = (movement.Entry, movement.Date);

        // A copy of the lines: the allocation keeps it, and arrays iterate several times faster than interfaces.
        tables.Lines.Clear();
        if (tables.Open.Count > 0)
        {
            BuiltInAllocation.Append(strategy, source.Amount, date, tables.Open, ItemKinds.All, designated, tables.Lines);
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
        if (line.ItemId is not null && ledger.TryFindItem(line.ItemId, out var index) && index < issued
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
        if (state.Open == 0)
        {
            state.SettledOn ??= date;
            tables.Open.Remove(index);
        }
    }

    /// <summary>Takes the movement's amount from the items it names, in turn; the lines say what each gave, <paramref name="left"/> what none took.</summary>
    private AllocationLine[] ApplyToNamedItems(in Movement movement, bool lastFirst, Effect effect, string reason, out long left)
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
                lines.Add(new AllocationLine(ledger.Items[index].Id, Money.FromMinorUnits(take, currency), reason));
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
        ApplyToNamedItems(movement, lastFirst: true, Effect.WriteOff, "written off", out var left);
        if (left > 0)
        {
            // What a write-off could not take is no credit to the debtor: it is reported instead.
            (notes ??= []).Add(
                $"Write-off {writeOff.Id} of {writeOff.Amount} on {Iso.Date(movement.Date)}: "
                + $"only {Money.FromMinorUnits(movement.Units - left, currency)} was open on {writeOff.ItemId}; the rest was not applied.");
        }
    }
}
