using System.Collections.Generic;
using Recouvrement.Accounts;
using Recouvrement.Cases;

namespace Recouvrement.Scheduling;

/// <summary>
/// What applying a run's actions to a portfolio entry gives the host to store: the new case events and the charges to
/// post, and the entry as the next run reads it. Empty when the actions were applied already.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class EntryUpdate
{
    internal EntryUpdate(PortfolioEntry entry, IReadOnlyList<CollectionCase> cases, IReadOnlyList<RecordedEvent> events, IReadOnlyList<Charge> charges)
        => (Entry, Cases, Events, Charges) = (entry, cases, events, charges);

    /// <summary>Gets the entry with the charges on its account and the events on its cases: what the next run reads.</summary>
    public PortfolioEntry Entry { get; }

    /// <summary>Gets the cases that changed, with their new events; a case the run opened for the account is among them.</summary>
    public IReadOnlyList<CollectionCase> Cases { get; }

    /// <summary>Gets the new events, in the order recorded, each with its case.</summary>
    public IReadOnlyList<RecordedEvent> Events { get; }

    /// <summary>
    /// Gets the charges to post on the account: the fixed compensation, step fees and collection costs as <see cref="ChargeKind.Fee"/>,
    /// interest as <see cref="ChargeKind.Interest"/>, each against its invoice when it has one; the identifier of each
    /// is the <see cref="RunAction.Key"/> of its action.
    /// </summary>
    public IReadOnlyList<Charge> Charges { get; }

    /// <summary>Gets a value indicating whether there is nothing to store.</summary>
    public bool IsEmpty => Events.Count == 0 && Charges.Count == 0;
}
