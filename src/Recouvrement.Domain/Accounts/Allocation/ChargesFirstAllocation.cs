using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>
/// Settles charges (interest and fees) before principal (C. civ. art. 1343-1: a partial payment goes to interest
/// first), each group in the order of an inner strategy.
/// </summary>
internal sealed class ChargesFirstAllocation(IPaymentAllocationStrategy inner) : IPaymentAllocationStrategy
{
    public string Name => $"Charges before principal (C. civ. art. 1343-1), then {inner.Name}";

    public IReadOnlyList<AllocationLine> Allocate(Money amount, LocalDate paymentDate, IReadOnlyList<OpenItem> openItems, IReadOnlyList<string> designatedIds)
    {
        var charges = openItems.Where(i => i.Kind.IsCharge).ToArray();
        if (charges.Length == 0)
        {
            return inner.Allocate(amount, paymentDate, openItems, designatedIds);
        }

        var lines = inner.Allocate(amount, paymentDate, charges, designatedIds)
            .Select(l => l with { Reason = "charge before principal (C. civ. 1343-1), " + l.Reason })
            .ToList();
        var left = amount.Amount;
        foreach (var line in lines)
        {
            left -= line.Amount.Amount;
        }

        if (left > 0m)
        {
            lines.AddRange(inner.Allocate(new Money(left, amount.Currency), paymentDate, openItems.Where(i => !i.Kind.IsCharge).ToArray(), designatedIds));
        }

        return lines;
    }
}
