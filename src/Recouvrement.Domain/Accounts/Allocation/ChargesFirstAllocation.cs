using System.Collections.Generic;
using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>
/// Settles charges (interest and fees) before principal (C. civ. art. 1343-1: a partial payment goes to interest
/// first), each group in the order of an inner strategy.
/// </summary>
internal sealed class ChargesFirstAllocation(IPaymentAllocationStrategy inner) : IPaymentAllocationStrategy
{
    private const string Prefix = "charge before principal (C. civ. 1343-1), ";

    public string Name { get; } = $"Charges before principal (C. civ. art. 1343-1), then {inner.Name}";

    /// <summary>Gets the strategy that orders each group.</summary>
    internal IPaymentAllocationStrategy Inner => inner;

    public IReadOnlyList<AllocationLine> Allocate(Money amount, LocalDate paymentDate, IReadOnlyList<OpenItem> openItems, IReadOnlyList<string> designatedIds)
    {
        var items = AllocationOrder.Items(openItems);
        var charges = items.Length <= AllocationOrder.StackItems ? stackalloc bool[items.Length] : new bool[items.Length];
        var anyCharge = false;
        for (var i = 0; i < items.Length; i++)
        {
            charges[i] = items[i].Kind.IsCharge;
            anyCharge |= charges[i];
        }

        if (!anyCharge)
        {
            return inner.Allocate(amount, paymentDate, openItems, designatedIds);
        }

        var lines = new List<AllocationLine>();
        var left = amount.Amount;
        foreach (var line in inner.Allocate(amount, paymentDate, AllocationOrder.Where(items, charges, true), designatedIds))
        {
            lines.Add(line with { Reason = Prefix + line.Reason });
            left -= line.Amount.Amount;
        }

        if (left > 0m)
        {
            lines.AddRange(inner.Allocate(new Money(left, amount.Currency), paymentDate, AllocationOrder.Where(items, charges, false), designatedIds));
        }

        return lines;
    }
}
