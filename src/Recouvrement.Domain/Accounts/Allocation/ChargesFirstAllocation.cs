using System;
using System.Collections.Generic;
using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>
/// Settles charges (interest and fees) before principal (C. civ. art. 1343-1: a partial payment goes to interest
/// first), each group in the order of an inner strategy.
/// </summary>
internal sealed class ChargesFirstAllocation(IPaymentAllocationStrategy inner) : BuiltInAllocation
{
    private const string Prefix = "charge before principal (C. civ. 1343-1), ";

    public override string Name { get; } = $"Charges before principal (C. civ. art. 1343-1), then {inner.Name}";

    internal override void Append(Money amount, LocalDate paymentDate, ReadOnlySpan<OpenItem> items, IReadOnlyList<string> designatedIds, List<AllocationLine> lines)
    {
        var charges = items.Length <= AllocationOrder.StackItems ? stackalloc bool[items.Length] : new bool[items.Length];
        var anyCharge = false;
        for (var i = 0; i < items.Length; i++)
        {
            charges[i] = items[i].Kind.IsCharge;
            anyCharge |= charges[i];
        }

        if (!anyCharge)
        {
            Append(inner, amount, paymentDate, items, designatedIds, lines);
            return;
        }

        var first = lines.Count;
        Append(inner, amount, paymentDate, AllocationOrder.Where(items, charges, true), designatedIds, lines);
        var left = amount.Amount;
        for (var k = first; k < lines.Count; k++)
        {
            lines[k] = lines[k] with { Reason = Prefix + lines[k].Reason };
            left -= lines[k].Amount.Amount;
        }

        if (left > 0m)
        {
            Append(inner, new Money(left, amount.Currency), paymentDate, AllocationOrder.Where(items, charges, false), designatedIds, lines);
        }
    }
}
