using System.Collections.Generic;
using static Recouvrement.Accounts.AccountLedger;

namespace Recouvrement.Accounts;

/// <summary>
/// The open items of a statement being replayed: the ledger's items in its due order, each with what the replay left
/// open. The replay opens an item when it is issued and closes it when it is settled in full.
/// </summary>
internal sealed class LedgerOpenItems(Tables tables) : OpenItemSet(tables.Charges, tables.Principal)
{
    private AccountLedger ledger = null!;
    private ItemTemplate[] items = [];
    private ItemState[] states = [];

    /// <summary>Reads <paramref name="ledger"/>'s items, the tables' states and the ledger's due order.</summary>
    internal void Start(AccountLedger ledger)
    {
        (this.ledger, items, states) = (ledger, ledger.Items, tables.States);
        Order(ledger.ItemAtDueRank, ledger.DueRankOfItem);
    }

    /// <summary>Forgets the ledger, so that no caller data waits in the pool.</summary>
    internal void Clear()
    {
        (ledger, items, states) = (null!, [], []);
        Order([], []);
        Group.Clear();
    }

    internal override OpenItem this[int item]
    {
        get
        {
            var template = items[item];
            return new OpenItem(template.Id, template.InvoiceId, template.Kind, template.IssueDate, template.DueDate, Money.FromMinorUnits(states[item].Open, ledger.Currency));
        }
    }

    internal override bool DueTogether(int item, int other) => items[item].DueDay == items[other].DueDay;

    protected override ChargeKind KindOf(int item) => items[item].Kind;

    protected override void AppendNamed(string id, List<int> named) => ledger.AppendNamed(id, named);
}
