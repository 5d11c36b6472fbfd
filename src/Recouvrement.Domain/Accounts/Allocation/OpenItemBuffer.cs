using System;

namespace Recouvrement.Accounts;

/// <summary>
/// The items with an amount left to pay while a statement replays its movements, in the account's order, kept up to
/// date as movements settle them rather than rebuilt for each payment, and reused for the next statement. The
/// library's strategies read its span during the call (they keep nothing they are given); a host's strategy gets a
/// copy it may keep.
/// </summary>
internal sealed class OpenItemBuffer
{
    private readonly OpenItem[] items;
    private readonly int[] itemOf;
    private readonly int[] entryOf;
    private int first;
    private int end;
    private int settled;

    /// <summary>Initializes an empty list for an account of <paramref name="capacity"/> items.</summary>
    internal OpenItemBuffer(int capacity)
    {
        items = new OpenItem[capacity];
        itemOf = new int[capacity];
        entryOf = new int[capacity];
        entryOf.AsSpan().Fill(-1);
    }

    internal int Count => end - first;

    internal ReadOnlySpan<OpenItem> Span => new(items, first, Count);

    /// <summary>Lists the account's item number <paramref name="item"/> last: items are listed in the account's order.</summary>
    internal void Add(int item, OpenItem open)
    {
        itemOf[end] = item;
        entryOf[item] = end;
        items[end++] = open;
    }

    /// <summary>Records what is left of item <paramref name="item"/>, in minor units; an item settled in full leaves at the next <see cref="Compact"/>.</summary>
    internal void Update(int item, long units)
    {
        var entry = entryOf[item];
        if (entry >= 0)
        {
            items[entry] = items[entry] with { Open = Money.FromMinorUnits(units, items[entry].Open.Currency) };
            settled += units == 0 ? 1 : 0;
        }
    }

    /// <summary>Drops the items settled in full, keeping the order of the others.</summary>
    internal void Compact()
    {
        if (settled == 0)
        {
            return;
        }

        // The oldest items are usually settled first: the list then starts later instead of moving what follows.
        while (first < end && items[first].Open.IsZero)
        {
            entryOf[itemOf[first++]] = -1;
        }

        var kept = first;
        for (var entry = first; entry < end; entry++)
        {
            var item = itemOf[entry];
            if (items[entry].Open.IsZero)
            {
                entryOf[item] = -1;
            }
            else
            {
                if (kept != entry)
                {
                    items[kept] = items[entry];
                    itemOf[kept] = item;
                    entryOf[item] = kept;
                }

                kept++;
            }
        }

        end = kept;
        settled = 0;
    }

    /// <summary>Empties the list for another account.</summary>
    internal void Clear()
    {
        for (var entry = first; entry < end; entry++)
        {
            entryOf[itemOf[entry]] = -1;
        }

        Array.Clear(items, 0, end);
        first = end = settled = 0;
    }

    /// <summary>The account's item number of a listed id, found by reference: strategies return the ids they were given.</summary>
    internal bool TryFind(string id, out int item)
    {
        for (var entry = first; entry < end; entry++)
        {
            if (ReferenceEquals(items[entry].Id, id))
            {
                item = itemOf[entry];
                return true;
            }
        }

        item = -1;
        return false;
    }
}
