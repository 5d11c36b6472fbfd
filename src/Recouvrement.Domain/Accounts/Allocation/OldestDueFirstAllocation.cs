using System.Collections.Generic;
using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>Settles the item with the oldest due date first (the usual ERP rule, FIFO).</summary>
internal sealed class OldestDueFirstAllocation : IPaymentAllocationStrategy
{
    public string Name => "Oldest due date first";

    public IReadOnlyList<AllocationLine> Allocate(Money amount, LocalDate paymentDate, IReadOnlyList<OpenItem> openItems, IReadOnlyList<string> designatedIds)
    {
        var lines = new List<AllocationLine>();
        var order = AllocationOrder.Sorted(openItems, _ => true, (a, b) => a.DueDate.CompareTo(b.DueDate), out var count);
        AllocationOrder.Fill(openItems, order, count, amount.Amount, null, _ => "oldest due date first", lines);
        return lines;
    }
}
