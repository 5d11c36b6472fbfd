using System.Collections.Generic;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Escalation;
using Recouvrement.Internal;
using Recouvrement.Reasons;

namespace Recouvrement.Cases;

/// <summary>What the rules derive from the case and the statement, once: the amounts pursued, the items disputed, the last step, our contacts.</summary>
public sealed partial class CaseDecisionContext
{
    /// <summary>Gets the overdue amount the ladder pursues: open, overdue, covered by the case and not disputed.</summary>
    public Money Pursued
    {
        get
        {
            CountItems();
            return Money.FromMinorUnits(overdue, Statement.Currency);
        }
    }

    internal CaseHistory History => Case.History;

    internal CaseEvent[] Events => Case.EventArray;

    /// <summary>Gets the open amount the ladder pursues, overdue or not (what a pre-due reminder is about).</summary>
    internal Money PursuedOpen
    {
        get
        {
            CountItems();
            return Money.FromMinorUnits(open, Statement.Currency);
        }
    }

    /// <summary>Gets the oldest due date of the pursued items; <see cref="LocalDate.MaxIsoValue"/> when there is none.</summary>
    internal LocalDate Reference
    {
        get
        {
            CountItems();
            return reference;
        }
    }

    /// <summary>Gets how many open items the ladder pursues.</summary>
    internal int PursuedCount
    {
        get
        {
            CountItems();
            return pursuedCount;
        }
    }

    /// <summary>Gets how many open items of the case are disputed.</summary>
    internal int DisputedCount
    {
        get
        {
            CountItems();
            return disputedCount;
        }
    }

    /// <summary>
    /// Gets the insolvency proceedings the case records or, when it records none, those of a published notice that
    /// decided the classification: the notice is treated as the case's own.
    /// </summary>
    internal InsolvencyOpened? Insolvency
    {
        get
        {
            if (!insolvencyRead)
            {
                (insolvency, insolvencyRead) = (History.Insolvency ?? Published(), true);
            }

            return insolvency;
        }
    }

    /// <summary>Gets the ladder's step the case took last, when the ladder still has it.</summary>
    internal EscalationStep? LastLadderStep => LastIndex < 0 ? null : Ladder.Steps[LastIndex];

    /// <summary>Gets the last step's index in the ladder, looked up once; -1 before any step or when a ladder change removed it.</summary>
    internal int LastIndex => lastIndex != NotLookedUp ? lastIndex : lastIndex = History.LastStep is { } last ? IndexOf(last.StepName) : -1;

    /// <summary>Whether an item is disputed, in the case or by the signals.</summary>
    internal bool IsDisputed(ItemBalance item) => IsDisputedInCase(item) || IsDisputedBySignals(item);

    internal bool IsDisputedInCase(ItemBalance item)
    {
        var disputes = History.Disputes;
        for (var i = 0; i < disputes.Count; i++)
        {
            if (disputes[i] == item.Id || disputes[i] == item.InvoiceId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A dispute known from the signals: its items, or every item when it is about the whole account.</summary>
    internal bool IsDisputedBySignals(ItemBalance item)
    {
        if (Classification is { Treatment.Pause: DunningPause.ConcernedItems, PausedItemIds: var paused })
        {
            for (var i = 0; i < paused.Count; i++)
            {
                if (paused[i] == item.Id || paused[i] == item.InvoiceId)
                {
                    return true;
                }
            }

            return paused.Count == 0;
        }

        return false;
    }

    /// <summary>The open items the case covers: the disputed ones, or the pursued ones (overdue only, or all).</summary>
    internal ValueList<string> Ids(int count, bool disputedOnly, bool overdueOnly)
    {
        var n = 0;
        foreach (var item in Statement.ItemArray)
        {
            n += n < count && IsListed(item, disputedOnly, overdueOnly) ? 1 : 0;
        }

        var ids = n == 0 ? [] : new string[n];
        n = 0;
        foreach (var item in Statement.ItemArray)
        {
            if (n < ids.Length && IsListed(item, disputedOnly, overdueOnly))
            {
                ids[n++] = item.Id;
            }
        }

        return ValueList.Adopt(ids);
    }

    private bool IsListed(ItemBalance item, bool disputedOnly, bool overdueOnly)
        => item.Open.IsPositive && Case.Covers(item.InvoiceId) && IsDisputed(item) == disputedOnly && (item.IsOverdue || !overdueOnly);

    /// <summary>Whether we contacted the debtor on or after a day.</summary>
    internal bool ContactedSince(LocalDate date)
    {
        foreach (var e in Events)
        {
            if (e.Date >= date && IsOutboundContact(e))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsOutboundContact(CaseEvent e)
        => e is ContactLogged { Inbound: false } || (e is StepTaken or ReasonActedOn && e.Channel?.Reaches is not null);

    /// <summary>The first channel of <paramref name="channels"/> that reaches the debtor.</summary>
    internal StepChannel? FirstUsable(IReadOnlyList<StepChannel> channels)
    {
        foreach (var channel in channels)
        {
            if (channel.Reaches is { } needed && Statement.Debtor.CanBeReachedBy(needed))
            {
                return channel;
            }
        }

        return null;
    }

    /// <summary>Sums what the ladder pursues and counts the disputed items, once.</summary>
    private void CountItems()
    {
        if (pursuedCount >= 0)
        {
            return;
        }

        (overdue, open, reference, pursuedCount) = (0L, 0L, LocalDate.MaxIsoValue, 0);
        foreach (var item in Statement.ItemArray)
        {
            if (!item.Open.IsPositive || !Case.Covers(item.InvoiceId))
            {
                continue;
            }

            if (IsDisputed(item))
            {
                disputedCount++;
                continue;
            }

            pursuedCount++;
            open += item.OpenUnits;
            overdue += item.IsOverdue ? item.OpenUnits : 0L;
            reference = item.DueDate < reference ? item.DueDate : reference;
        }
    }

    /// <summary>The latest insolvency notice behind the classification's deciding reason, as proceedings opened on its date.</summary>
    private InsolvencyOpened? Published()
    {
        if (Classification?.Primary is not { } primary || primary.Reason != UnpaidReason.FormalProceedings)
        {
            return null;
        }

        InsolvencyNotice? latest = null;
        foreach (var signal in primary.Evidence)
        {
            latest = signal is InsolvencyNotice notice && (latest is null || notice.Date >= latest.Date) ? notice : latest;
        }

        return latest is null ? null : new InsolvencyOpened(latest.Date, latest);
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < Ladder.Steps.Count; i++)
        {
            if (Ladder.Steps[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
