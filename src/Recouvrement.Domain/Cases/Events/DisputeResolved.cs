using System.Globalization;
using NodaTime;

namespace Recouvrement.Cases;

/// <summary>A dispute was resolved: the item is dunned again for what is still open (a credit note goes to the account).</summary>
public sealed record DisputeResolved : CaseEvent
{
    /// <summary>Initializes a new instance of the <see cref="DisputeResolved"/> record.</summary>
    /// <param name="date">The day it was resolved.</param>
    /// <param name="itemId">The item that was disputed.</param>
    public DisputeResolved(LocalDate date, string itemId)
        : base(date)
    {
        ItemId = itemId;
    }

    /// <summary>Gets the item that was disputed.</summary>
    public string ItemId { get; init; }

    /// <summary>
    /// Gets a value indicating whether the debtor was right (the dispute upheld, usually with a credit note): what the item
    /// accrued until the resolution is dropped (<see cref="PenaltyPostingPolicy.WaiveWhenDisputeUpheld"/>). False when the
    /// dispute was rejected: the penalties held meanwhile are posted.
    /// </summary>
    public bool Upheld { get; init; }

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => IsFrench(culture)
            ? $"litige sur {ItemId} résolu" + (Upheld ? " en faveur du débiteur" : string.Empty)
            : $"dispute on {ItemId} resolved" + (Upheld ? " in the debtor's favour" : string.Empty);
}
