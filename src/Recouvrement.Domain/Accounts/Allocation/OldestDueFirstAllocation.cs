using System;
using System.Collections.Generic;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>Settles the item with the oldest due date first (the usual ERP rule, FIFO).</summary>
internal sealed class OldestDueFirstAllocation : BuiltInAllocation
{
    public override string Name => "Oldest due date first";

    internal override void Append(Money amount, LocalDate paymentDate, ReadOnlySpan<OpenItem> items, IReadOnlyList<string> designatedIds, List<AllocationLine> lines)
    {
        var keys = items.Length <= AllocationOrder.StackItems ? stackalloc long[items.Length] : new long[items.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = DayNumber.Of(items[i].DueDate);
        }

        var order = items.Length <= AllocationOrder.StackItems ? stackalloc int[items.Length] : new int[items.Length];
        var count = AllocationOrder.Sort(keys, default, order);
        AllocationOrder.Fill(items, order.Slice(0, count), keys, shareTies: false, amount.Amount, static (_, _) => "oldest due date first", lines);
    }
}
