using System.Collections.Generic;
using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>Shares the payment among all open items in proportion to their open amounts.</summary>
internal sealed class ProportionalAllocation : IPaymentAllocationStrategy
{
    public string Name => "Pro rata of the open amounts";

    public IReadOnlyList<AllocationLine> Allocate(Money amount, LocalDate paymentDate, IReadOnlyList<OpenItem> openItems, IReadOnlyList<string> designatedIds)
    {
        var lines = new List<AllocationLine>();
        var order = AllocationOrder.Sorted(openItems, _ => true, (_, _) => 0, out var count);
        AllocationOrder.Fill(openItems, order, count, amount.Amount, (_, _) => true, _ => "pro rata of the open amounts", lines);
        return lines;
    }
}
