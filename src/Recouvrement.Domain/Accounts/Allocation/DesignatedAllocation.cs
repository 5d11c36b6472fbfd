using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>
/// Settles first what the debtor designated (C. civ. art. 1342-10: the debtor chooses), in the order given — an
/// invoice id designates all its instalments, oldest due first — then the rest by a fallback strategy.
/// </summary>
internal sealed class DesignatedAllocation(IPaymentAllocationStrategy fallback) : IPaymentAllocationStrategy
{
    private const string Reason = "designated by the debtor (C. civ. 1342-10)";

    public string Name => $"As designated by the debtor, then {fallback.Name}";

    public IReadOnlyList<AllocationLine> Allocate(Money amount, LocalDate paymentDate, IReadOnlyList<OpenItem> openItems, IReadOnlyList<string> designatedIds)
    {
        if (designatedIds.Count == 0)
        {
            return fallback.Allocate(amount, paymentDate, openItems, designatedIds);
        }

        var lines = new List<AllocationLine>();
        var used = new bool[openItems.Count];
        var left = amount.Amount;
        foreach (var id in designatedIds)
        {
            var order = AllocationOrder.Sorted(
                openItems,
                i => string.Equals(i.Id, id, StringComparison.Ordinal) || string.Equals(i.InvoiceId, id, StringComparison.Ordinal),
                (a, b) => a.DueDate.CompareTo(b.DueDate),
                out var count);
            var fresh = order.Take(count).Where(i => !used[i]).ToArray();
            foreach (var index in fresh)
            {
                used[index] = true;
            }

            left = AllocationOrder.Fill(openItems, fresh, fresh.Length, left, null, _ => Reason, lines);
        }

        if (left > 0m)
        {
            var rest = openItems.Where((_, i) => !used[i]).ToArray();
            lines.AddRange(fallback.Allocate(new Money(left, amount.Currency), paymentDate, rest, []));
        }

        return lines;
    }
}
