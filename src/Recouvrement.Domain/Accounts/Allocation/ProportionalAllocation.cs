using System;
using System.Collections.Generic;
using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>Shares the payment among all open items in proportion to their open amounts.</summary>
internal sealed class ProportionalAllocation : BuiltInAllocation
{
    public override string Name => "Pro rata of the open amounts";

    internal override void Append(Money amount, LocalDate paymentDate, ReadOnlySpan<OpenItem> items, IReadOnlyList<string> designatedIds, List<AllocationLine> lines)
    {
        // One key for all: a single group that shares pro rata.
        var keys = items.Length <= AllocationOrder.StackItems ? stackalloc long[items.Length] : new long[items.Length];
        keys.Clear();
        var order = items.Length <= AllocationOrder.StackItems ? stackalloc int[items.Length] : new int[items.Length];
        var count = AllocationOrder.Sort(keys, default, order);
        AllocationOrder.Fill(items, order.Slice(0, count), keys, shareTies: true, amount.Amount, static (_, _) => "pro rata of the open amounts", lines);
    }
}
