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
    private const string Prefix = "charge before principal (C. civ. 1343-1), ";

    public string Name { get; } = $"Charges before principal (C. civ. art. 1343-1), then {inner.Name}";

    public IReadOnlyList<AllocationLine> Allocate(Money amount, LocalDate paymentDate, IReadOnlyList<OpenItem> openItems, IReadOnlyList<string> designatedIds)
    {
        var items = AllocationOrder.AsArray(openItems);
        var anyCharge = false;
        for (var i = 0; i < items.Length && !anyCharge; i++)
        {
            anyCharge = items[i].Kind.IsCharge;
        }

        if (!anyCharge)
        {
            return inner.Allocate(amount, paymentDate, items, designatedIds);
        }

        var lines = inner.Allocate(amount, paymentDate, items.Where(i => i.Kind.IsCharge).ToArray(), designatedIds)
            .Select(l => l with { Reason = Prefix + l.Reason })
            .ToList();
        var left = amount.Amount - lines.Sum(l => l.Amount.Amount);
        if (left > 0m)
        {
            lines.AddRange(inner.Allocate(new Money(left, amount.Currency), paymentDate, items.Where(i => !i.Kind.IsCharge).ToArray(), designatedIds));
        }

        return lines;
    }
}
