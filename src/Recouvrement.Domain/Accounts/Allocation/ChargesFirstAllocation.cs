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

    internal override void Append(Money amount, LocalDate paymentDate, OpenItemSet items, ItemKinds kinds, IReadOnlyList<string> designatedIds, List<AllocationLine> lines)
    {
        var charges = kinds & ItemKinds.Charges;
        if (!items.Any(charges))
        {
            Append(inner, amount, paymentDate, items, kinds, designatedIds, lines);
            return;
        }

        var first = lines.Count;
        Append(inner, amount, paymentDate, items, charges, designatedIds, lines);
        var left = amount.Amount;
        for (var k = first; k < lines.Count; k++)
        {
            lines[k] = lines[k] with { Reason = Prefix + lines[k].Reason };
            left -= lines[k].Amount.Amount;
        }

        if (left > 0m)
        {
            Append(inner, new Money(left, amount.Currency), paymentDate, items, kinds & ItemKinds.Principal, designatedIds, lines);
        }
    }
}
