using System;
using System.Collections.Generic;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>
/// Settles first what the debtor designated (C. civ. art. 1342-10: the debtor chooses), in the order given — an
/// invoice id designates all its instalments, oldest due first — then the rest by a fallback strategy.
/// </summary>
internal sealed class DesignatedAllocation(IPaymentAllocationStrategy fallback) : BuiltInAllocation
{
    private const string Reason = "designated by the debtor (C. civ. 1342-10)";

    public override string Name { get; } = $"As designated by the debtor, then {fallback.Name}";

    internal override void Append(Money amount, LocalDate paymentDate, ReadOnlySpan<OpenItem> items, IReadOnlyList<string> designatedIds, List<AllocationLine> lines)
    {
        if (designatedIds.Count == 0)
        {
            Append(fallback, amount, paymentDate, items, designatedIds, lines);
            return;
        }

        var onStack = items.Length <= AllocationOrder.StackItems;
        var keys = onStack ? stackalloc long[items.Length] : new long[items.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = DayNumber.Of(items[i].DueDate);
        }

        var used = onStack ? stackalloc bool[items.Length] : new bool[items.Length];
        var include = onStack ? stackalloc bool[items.Length] : new bool[items.Length];
        var order = onStack ? stackalloc int[items.Length] : new int[items.Length];
        used.Clear();
        var left = amount.Amount;
        foreach (var id in designatedIds)
        {
            for (var i = 0; i < include.Length; i++)
            {
                var item = items[i];
                include[i] = !used[i] && (string.Equals(item.Id, id, StringComparison.Ordinal) || string.Equals(item.InvoiceId, id, StringComparison.Ordinal));
                used[i] |= include[i];
            }

            var count = AllocationOrder.Sort(keys, include, order);
            left = AllocationOrder.Fill(items, order.Slice(0, count), keys, shareTies: false, left, static (_, _) => Reason, lines);
        }

        if (left > 0m)
        {
            Append(fallback, new Money(left, amount.Currency), paymentDate, AllocationOrder.Where(items, used, false), [], lines);
        }
    }
}
