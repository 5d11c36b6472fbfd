using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>
/// Settles first what the debtor designated (C. civ. art. 1342-10: the debtor chooses), in the order given — an
/// invoice id designates all its instalments, oldest due first — then the rest by a fallback strategy.
/// </summary>
internal sealed class DesignatedAllocation(IPaymentAllocationStrategy fallback) : IPaymentAllocationStrategy
{
    private const string Reason = "designated by the debtor (C. civ. 1342-10)";

    public string Name { get; } = $"As designated by the debtor, then {fallback.Name}";

    public IReadOnlyList<AllocationLine> Allocate(Money amount, LocalDate paymentDate, IReadOnlyList<OpenItem> openItems, IReadOnlyList<string> designatedIds)
    {
        var items = AllocationOrder.AsArray(openItems);
        if (designatedIds.Count == 0)
        {
            return fallback.Allocate(amount, paymentDate, items, designatedIds);
        }

        var keys = new long[items.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = DateKey.Of(items[i].DueDate);
        }

        var lines = new List<AllocationLine>(items.Length);
        var used = new bool[items.Length];
        var left = amount.Amount;
        foreach (var id in designatedIds)
        {
            var include = new bool[items.Length];
            for (var i = 0; i < include.Length; i++)
            {
                var item = items[i];
                include[i] = !used[i] && (string.Equals(item.Id, id, StringComparison.Ordinal) || string.Equals(item.InvoiceId, id, StringComparison.Ordinal));
                used[i] |= include[i];
            }

            var order = AllocationOrder.Sorted(keys, include, out var count);
            left = AllocationOrder.Fill(items, order, count, keys, shareTies: false, left, static (_, _) => Reason, lines);
        }

        if (left > 0m)
        {
            var rest = items.Where((_, i) => !used[i]).ToArray();
            lines.AddRange(fallback.Allocate(new Money(left, amount.Currency), paymentDate, rest, []));
        }

        return lines;
    }
}
