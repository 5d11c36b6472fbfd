using System;
using System.Collections.Generic;
using NodaTime;

namespace Recouvrement.Accounts;

/// <summary>
/// The library's strategies. They read the open items as a span and append their lines to a list the caller owns,
/// keeping neither: a statement offers them its working table of open items and collects their lines in a list it
/// reuses from one payment to the next. A host's strategy they call is handed a copy of the items it may keep.
/// </summary>
internal abstract class BuiltInAllocation : IPaymentAllocationStrategy
{
    public abstract string Name { get; }

    public IReadOnlyList<AllocationLine> Allocate(Money amount, LocalDate paymentDate, IReadOnlyList<OpenItem> openItems, IReadOnlyList<string> designatedIds)
    {
        var lines = new List<AllocationLine>();
        Append(amount, paymentDate, openItems as OpenItem[] ?? [.. openItems], designatedIds, lines);
        return lines;
    }

    /// <summary>Appends the lines of <paramref name="strategy"/>, the library's or a host's, to <paramref name="lines"/>.</summary>
    /// <exception cref="InvalidOperationException">A host's strategy returned no list.</exception>
    internal static void Append(IPaymentAllocationStrategy strategy, Money amount, LocalDate paymentDate, ReadOnlySpan<OpenItem> items, IReadOnlyList<string> designatedIds, List<AllocationLine> lines)
    {
        if (strategy is BuiltInAllocation own)
        {
            own.Append(amount, paymentDate, items, designatedIds, lines);
            return;
        }

        lines.AddRange(strategy.Allocate(amount, paymentDate, items.ToArray(), designatedIds)
            ?? throw new InvalidOperationException($"Allocation strategy '{strategy.Name}' returned no lines (null)."));
    }

    /// <summary>Appends the lines that allocate <paramref name="amount"/> over <paramref name="items"/>, in the order the items are settled.</summary>
    internal abstract void Append(Money amount, LocalDate paymentDate, ReadOnlySpan<OpenItem> items, IReadOnlyList<string> designatedIds, List<AllocationLine> lines);
}
