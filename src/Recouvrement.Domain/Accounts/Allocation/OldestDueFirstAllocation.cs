using System.Collections.Generic;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>Settles the item with the oldest due date first (the usual ERP rule, FIFO).</summary>
internal sealed class OldestDueFirstAllocation : IPaymentAllocationStrategy
{
    public string Name => "Oldest due date first";

    public IReadOnlyList<AllocationLine> Allocate(Money amount, LocalDate paymentDate, IReadOnlyList<OpenItem> openItems, IReadOnlyList<string> designatedIds)
    {
        var items = AllocationOrder.Items(openItems);
        var keys = items.Length <= AllocationOrder.StackItems ? stackalloc long[items.Length] : new long[items.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = DateKey.Of(items[i].DueDate);
        }

        var order = items.Length <= AllocationOrder.StackItems ? stackalloc int[items.Length] : new int[items.Length];
        var count = AllocationOrder.Sort(keys, default, order);
        var lines = new List<AllocationLine>(count);
        AllocationOrder.Fill(items, order.Slice(0, count), keys, shareTies: false, amount.Amount, static (_, _) => "oldest due date first", lines);
        return lines;
    }
}
