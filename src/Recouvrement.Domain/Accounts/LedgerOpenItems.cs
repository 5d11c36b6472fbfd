using System.Collections.Generic;
using static Recouvrement.Accounts.AccountLedger;

namespace Recouvrement.Accounts;

/// <summary>
/// The open items of a statement being replayed: the ledger's items in its due order, each with what the replay left
/// open. The replay opens an item when it is issued and closes it when it is settled in full.
/// </summary>
internal sealed class LedgerOpenItems(AccountLedger ledger, Tables tables)
    : OpenItemSet(ledger.ItemAtDueRank, ledger.DueRankOfItem, tables.Charges, tables.Principal)
{
    private readonly ItemTemplate[] items = ledger.Items;
    private readonly ItemState[] states = tables.States;

    internal override OpenItem this[int item]
    {
        get
        {
            ref readonly var template = ref items[item];
            return new OpenItem(template.Id, template.InvoiceId, template.Kind, template.IssueDate, template.DueDate, Money.FromMinorUnits(states[item].Open, ledger.Currency));
        }
    }

    internal override bool DueTogether(int item, int other) => items[item].DueDay == items[other].DueDay;

    protected override ChargeKind KindOf(int item) => items[item].Kind;

    protected override void AppendNamed(string id, List<int> named) => ledger.AppendNamed(id, named);
}
