using System;
using System.Collections.Generic;
using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>
/// The library's strategies. They read the open items as an <see cref="OpenItemSet"/> walked in due order and append
/// their lines to a list the caller owns, keeping neither: a statement offers them its open items, kept up to date from
/// one payment to the next, so a payment reads what it settles rather than every open item. A host's strategy they call
/// is handed a copy of the items it may keep.
/// </summary>
internal abstract class BuiltInAllocation : IPaymentAllocationStrategy
{
    public abstract string Name { get; }

    public IReadOnlyList<AllocationLine> Allocate(Money amount, LocalDate paymentDate, IReadOnlyList<OpenItem> openItems, IReadOnlyList<string> designatedIds)
    {
        var lines = new List<AllocationLine>();
        Append(amount, paymentDate, OpenItemList.Of(openItems as OpenItem[] ?? [.. openItems]), ItemKinds.All, designatedIds, lines);
        return lines;
    }

    /// <summary>Appends the lines of <paramref name="strategy"/>, the library's or a host's, to <paramref name="lines"/>.</summary>
    /// <exception cref="InvalidOperationException">A host's strategy returned no list.</exception>
    internal static void Append(IPaymentAllocationStrategy strategy, Money amount, LocalDate paymentDate, OpenItemSet items, ItemKinds kinds, IReadOnlyList<string> designatedIds, List<AllocationLine> lines)
    {
        if (strategy is BuiltInAllocation own)
        {
            own.Append(amount, paymentDate, items, kinds, designatedIds, lines);
            return;
        }

        lines.AddRange(strategy.Allocate(amount, paymentDate, items.ToArray(kinds), designatedIds)
            ?? throw new InvalidOperationException($"Allocation strategy '{strategy.Name}' returned no lines (null)."));
    }

    /// <summary>Appends the lines that allocate <paramref name="amount"/> over the open <paramref name="items"/> of <paramref name="kinds"/>, in the order the items are settled.</summary>
    internal abstract void Append(Money amount, LocalDate paymentDate, OpenItemSet items, ItemKinds kinds, IReadOnlyList<string> designatedIds, List<AllocationLine> lines);
}
