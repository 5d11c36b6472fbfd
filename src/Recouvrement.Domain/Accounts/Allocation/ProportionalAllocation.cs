using System.Collections.Generic;
using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>Shares the payment among all open items in proportion to their open amounts.</summary>
internal sealed class ProportionalAllocation : IPaymentAllocationStrategy
{
    public string Name => "Pro rata of the open amounts";

    public IReadOnlyList<AllocationLine> Allocate(Money amount, LocalDate paymentDate, IReadOnlyList<OpenItem> openItems, IReadOnlyList<string> designatedIds)
    {
        var items = AllocationOrder.AsArray(openItems);
        // One key for all: a single group that shares pro rata.
        var keys = new long[items.Length];
        var lines = new List<AllocationLine>(items.Length);
        var order = AllocationOrder.Sorted(keys, null, out var count);
        AllocationOrder.Fill(items, order, count, keys, shareTies: true, amount.Amount, static (_, _) => "pro rata of the open amounts", lines);
        return lines;
    }
}
