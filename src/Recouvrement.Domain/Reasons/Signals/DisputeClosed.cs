using System.Globalization;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>A dispute was settled or withdrawn: from this date it no longer explains the unpaid amount.</summary>
public sealed record DisputeClosed : ReasonSignal
{
    /// <summary>Initializes a new instance of the <see cref="DisputeClosed"/> record.</summary>
    /// <param name="date">The day it was closed.</param>
    /// <param name="disputeId">The id of the <see cref="DisputeOpened"/> it closes.</param>
    public DisputeClosed(LocalDate date, string disputeId)
        : base(date)
    {
        DisputeId = disputeId;
    }

    /// <summary>Gets the id of the <see cref="DisputeOpened"/> it closes.</summary>
    public string DisputeId { get; init; }

    /// <inheritdoc/>
    public override string Describe(CultureInfo? culture)
        => Wording.For(culture).Pick($"dispute {DisputeId} closed", $"litige {DisputeId} clos");
}
