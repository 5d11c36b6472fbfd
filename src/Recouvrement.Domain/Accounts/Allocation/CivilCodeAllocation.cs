using System;
using System.Collections.Generic;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>
/// The French default when the debtor designates nothing (C. civ. art. 1342-10): due debts before debts not yet due;
/// among them the oldest first; debts equally old share pro rata.
/// </summary>
/// <remarks>
/// The article ranks "the debt the debtor had most interest in paying" before age; that interest is not known from an
/// account, so equal interest is assumed. A host that knows better designates, or plugs in its own strategy.
/// </remarks>
internal sealed class CivilCodeAllocation : BuiltInAllocation
{
    private const string DueReason = "due, oldest first (C. civ. 1342-10)";
    private const string NotDueReason = "not yet due, oldest first (C. civ. 1342-10)";
    // Not-due keys are day numbers (within ±4 million) lifted far above every due key.
    private const long NotDue = 1L << 40;
    private const long DueKeysBelow = NotDue / 2;

    public override string Name => "French civil code default (C. civ. art. 1342-10)";

    internal override void Append(Money amount, LocalDate paymentDate, ReadOnlySpan<OpenItem> items, IReadOnlyList<string> designatedIds, List<AllocationLine> lines)
    {
        // Due debts rank before debts not yet due, then by due date; equal keys are equally old.
        var paid = DayNumber.Of(paymentDate);
        var keys = items.Length <= AllocationOrder.StackItems ? stackalloc long[items.Length] : new long[items.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var due = DayNumber.Of(items[i].DueDate);
            keys[i] = (due <= paid ? 0L : NotDue) + due;
        }

        var order = items.Length <= AllocationOrder.StackItems ? stackalloc int[items.Length] : new int[items.Length];
        var count = AllocationOrder.Sort(keys, default, order);
        AllocationOrder.Fill(items, order.Slice(0, count), keys, shareTies: true, amount.Amount, static (_, key) => key < DueKeysBelow ? DueReason : NotDueReason, lines);
    }
}
