using System;
using System.Collections.Generic;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>Which items an allocation rule is given: the charges, the principal, or both.</summary>
[Flags]
internal enum ItemKinds
{
    None = 0,
    Principal = 1,
    Charges = 2,
    All = Principal | Charges,
}

/// <summary>
/// The open items the library's allocation rules read. Each item has a place in the account's order (the order a host's
/// strategy receives them in) and a rank in the due order (due date, then the account's order); the rules walk the due
/// order from its start, so a payment reads the items it settles and not every item still open.
/// </summary>
/// <remarks>
/// A rule removes what it settles in full before handing the rest to another rule, which then never sees it; the items
/// stay as they were otherwise (the caller applies the lines). Charges and principal are kept apart, so a rule that
/// settles charges first walks the charges only.
/// </remarks>
internal abstract class OpenItemSet
{
    private readonly OrdinalSet charges;
    private readonly OrdinalSet principal;
    private readonly List<int> found = [];
    private int[] itemAtRank = [];
    private int[] rankOfItem = [];

    /// <summary>Initializes the set; <see cref="Order"/> gives the items' due order, and they join with <see cref="Add"/>.</summary>
    /// <param name="charges">An empty set sized for the ranks, to hold the charges.</param>
    /// <param name="principal">An empty set sized for the ranks, to hold the principal.</param>
    protected OpenItemSet(OrdinalSet charges, OrdinalSet principal) => (this.charges, this.principal) = (charges, principal);

    /// <summary>Gets a working list for the items a rule settles together, reused from one payment to the next.</summary>
    internal List<OpenItem> Group { get; } = [];

    /// <summary>Gets a list for the items a designation names (see <see cref="Named"/>), reused from one payment to the next.</summary>
    internal List<int> Designated { get; } = [];

    /// <summary>Gets how many items are open.</summary>
    internal int Count => charges.Count + principal.Count;

    /// <summary>Gets the open item at place <paramref name="item"/> in the account's order.</summary>
    internal abstract OpenItem this[int item] { get; }

    /// <summary>Returns whether an item of <paramref name="kinds"/> is open.</summary>
    internal bool Any(ItemKinds kinds) => First(kinds) >= 0;

    /// <summary>Returns the open item of <paramref name="kinds"/> due first, or -1.</summary>
    internal int First(ItemKinds kinds) => AtRank(NextRank(0, kinds));

    /// <summary>Returns the open item of <paramref name="kinds"/> due after <paramref name="item"/>, or -1.</summary>
    internal int After(int item, ItemKinds kinds) => AtRank(NextRank(rankOfItem[item] + 1, kinds));

    /// <summary>Returns whether <paramref name="item"/> falls due on the same day as <paramref name="other"/>.</summary>
    internal abstract bool DueTogether(int item, int other);

    /// <summary>Opens <paramref name="item"/>.</summary>
    internal void Add(int item) => Of(KindOf(item)).Add(rankOfItem[item]);

    /// <summary>Closes <paramref name="item"/>: the walks no longer see it.</summary>
    internal void Remove(int item) => Of(KindOf(item)).Remove(rankOfItem[item]);

    /// <summary>Fills <paramref name="items"/> with the open items of <paramref name="kinds"/> that <paramref name="id"/> names, in due order.</summary>
    /// <param name="id">An item's id, or an invoice's id, which names its instalments and its charges.</param>
    /// <param name="kinds">The kinds of item looked at.</param>
    /// <param name="items">Where the items go; cleared first.</param>
    internal void Named(string id, ItemKinds kinds, List<int> items)
    {
        found.Clear();
        AppendNamed(id, found);
        items.Clear();
        foreach (var item in found)
        {
            var set = Of(KindOf(item));
            if ((kinds & (set == charges ? ItemKinds.Charges : ItemKinds.Principal)) != 0 && set.Contains(rankOfItem[item]))
            {
                items.Add(rankOfItem[item]);
            }
        }

        SortByRankThenRead(items);
    }

    /// <summary>Returns the open items of <paramref name="kinds"/> in the account's order, in a new array a host may keep.</summary>
    internal OpenItem[] ToArray(ItemKinds kinds)
    {
        InAccountOrder(kinds, found);
        var copy = new OpenItem[found.Count];
        for (var k = 0; k < copy.Length; k++)
        {
            copy[k] = this[found[k]];
        }

        return copy;
    }

    /// <summary>Fills <paramref name="items"/> with the open items of <paramref name="kinds"/>, in the account's order.</summary>
    internal void InAccountOrder(ItemKinds kinds, List<int> items)
    {
        items.Clear();
        for (var item = First(kinds); item >= 0; item = After(item, kinds))
        {
            items.Add(item);
        }

        items.Sort();
    }

    /// <summary>Sets the items' due order: the item at each rank (due date, then the account's order), and each item's rank.</summary>
    protected void Order(int[] itemAtRank, int[] rankOfItem) => (this.itemAtRank, this.rankOfItem) = (itemAtRank, rankOfItem);

    /// <summary>Returns the kind of <paramref name="item"/>.</summary>
    protected abstract ChargeKind KindOf(int item);

    /// <summary>Appends every item that <paramref name="id"/> names, open or not: the item of that id, the items of that invoice.</summary>
    protected abstract void AppendNamed(string id, List<int> items);

    private void SortByRankThenRead(List<int> ranks)
    {
        ranks.Sort();
        for (var k = 0; k < ranks.Count; k++)
        {
            ranks[k] = itemAtRank[ranks[k]];
        }
    }

    private OrdinalSet Of(ChargeKind kind) => kind.IsCharge ? charges : principal;

    private int NextRank(int rank, ItemKinds kinds)
    {
        var charge = (kinds & ItemKinds.Charges) != 0 ? charges.Next(rank) : -1;
        var owed = (kinds & ItemKinds.Principal) != 0 ? principal.Next(rank) : -1;
        return charge < 0 ? owed : owed < 0 ? charge : Math.Min(charge, owed);
    }

    private int AtRank(int rank) => rank < 0 ? -1 : itemAtRank[rank];
}
