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
        var items = AllocationOrder.AsArray(openItems);
        var keys = new long[items.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = DateKey.Of(items[i].DueDate);
        }

        var lines = new List<AllocationLine>(items.Length);
        var order = AllocationOrder.Sorted(keys, null, out var count);
        AllocationOrder.Fill(items, order, count, keys, shareTies: false, amount.Amount, static (_, _) => "oldest due date first", lines);
        return lines;
    }
}
